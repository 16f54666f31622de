package org.okrsite.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.okrsite.model.Cadence;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Level;
import org.okrsite.model.Owner;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.When;
import org.okrsite.score.CheckInSchedule;
import org.okrsite.site.SitePaths;

/** Weekly updates: one page per week, "this week" for the company, and one timeline per unit. */
final class UpdatePages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final CheckInViews views;
  private final KpiViews kpis;
  private final CheckInSchedule schedule;

  UpdatePages(SiteIndex site, PageWriter writer, CheckInViews views, KpiViews kpis) {
    this.site = site;
    this.writer = writer;
    this.views = views;
    this.kpis = kpis;
    this.schedule = new CheckInSchedule(site.model, site.settings.cadence());
  }

  /**
   * The view of {@code updates.mustache}: a cycle's weeks, newest first, and the unit timelines.
   */
  record UpdatesView(
      String cycleName, List<WeekRow> weeks, List<Link> timelines, String thisWeekHref) {}

  /**
   * One week in the list: how many of the owners due (or who checked in) did; {@code notDue} how
   * many were not due that week, null when none.
   */
  record WeekRow(
      String label,
      When start,
      String weekId,
      String href,
      long done,
      int expected,
      String notDue) {}

  /**
   * The view of {@code week.mustache}: a week's KPI table ({@code kpiUndated} says when its
   * snapshot had no date and stands for the current one), its first page of check-ins, who was due
   * and did not check in, and who was not due ({@code notDueSummary}: "2 (biweekly or monthly)",
   * null when everyone was due).
   */
  record WeekView(
      String title,
      String cycleName,
      String notice,
      When start,
      When end,
      When kpiDate,
      String kpiUndated,
      List<KpiViews.KpiRow> kpis,
      List<CheckInViews.Item> checkIns,
      Pager pager,
      List<Missing> missing,
      List<NotDue> notDue,
      String notDueSummary,
      int count,
      int expected,
      Link prev,
      Link next,
      String updatesHref) {}

  /** An owner who was due and did not check in; {@code href} null when it has no page. */
  record Missing(String name, String href) {}

  /** An owner not due that week: their cadence and the day they are next due. */
  record NotDue(String name, String href, String cadence, When nextDue) {}

  /**
   * The view of {@code timeline.mustache}: a unit's check-ins ({@code unitHref}), or a week's later
   * pages ({@code weekHref}).
   */
  record TimelineView(
      String name,
      String cycleName,
      List<CheckInViews.Item> checkIns,
      String weekHref,
      String unitHref,
      Pager pager) {}

  /** Links to the neighbouring pages of a listing. */
  record Pager(
      int number,
      int count,
      int from,
      int to,
      int total,
      String newer,
      String older,
      String firstHref) {}

  void writeAll() {
    for (Cycle c : site.cyclesNewestFirst()) {
      List<LocalDate> weeks = weeks(c);
      index(c, weeks);
      shared = new SharedFragments(uses(c), SharedFragments.budget());
      java.util.stream.IntStream.range(0, weeks.size())
          .parallel()
          .forEach(
              i -> {
                LocalDate prev = i > 0 ? weeks.get(i - 1) : null;
                LocalDate next = i + 1 < weeks.size() ? weeks.get(i + 1) : null;
                week(
                    new Page(
                        SitePaths.week(c.id(), Formats.weekId(weeks.get(i))),
                        "Week of " + Formats.day(weeks.get(i)),
                        "updates"),
                    c,
                    weeks.get(i),
                    prev,
                    next,
                    null);
              });
      site.units().parallelStream().forEach(u -> timeline(c, u));
    }
    shared = new SharedFragments(Map.of(), 0);
    thisWeek();
  }

  /** The cycle's check-ins rendered in full, shared between their pages; set per cycle. */
  private volatile SharedFragments shared;

  /**
   * How many pages show each of the cycle's check-ins in full: its week's, and its units'
   * timelines.
   */
  private Map<CheckIn, Integer> uses(Cycle c) {
    Map<CheckIn, Integer> uses = new java.util.IdentityHashMap<>();
    for (CheckIn ci : site.checkIns(c)) if (ci.owner() != null) uses.merge(ci, 1, Integer::sum);
    for (List<CheckIn> unit : byUnit(c).values())
      for (CheckIn ci : unit) uses.merge(ci, 1, Integer::sum);
    return uses;
  }

  /**
   * The Mondays of a cycle's weeks up to the as-of date, plus any week holding a check-in; oldest
   * first.
   */
  List<LocalDate> weeks(Cycle c) {
    TreeSet<LocalDate> mondays = new TreeSet<>();
    LocalDate last = c.end().isBefore(site.asOf()) ? c.end() : site.asOf();
    for (LocalDate d = monday(c.start()); !d.isAfter(last); d = d.plusWeeks(1)) mondays.add(d);
    for (CheckIn ci : site.checkIns(c)) mondays.add(monday(ci.date()));
    return List.copyOf(mondays);
  }

  static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Check-ins by week (Monday) per cycle, built once: every week page asks. */
  private final Map<String, Map<LocalDate, List<CheckIn>>> byWeek =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, List<Owner>> expectedByCycle =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Who was due in each week, by cycle id and Monday: the index and the week page both ask. */
  private final Map<String, CheckInSchedule.Week> dueByWeek =
      new java.util.concurrent.ConcurrentHashMap<>();

  private List<CheckIn> inWeek(Cycle c, LocalDate monday) {
    return byWeek
        .computeIfAbsent(
            c.id(),
            id -> {
              Map<LocalDate, List<CheckIn>> weeks = new java.util.HashMap<>();
              for (CheckIn ci : site.checkIns(c))
                weeks.computeIfAbsent(monday(ci.date()), k -> new ArrayList<>()).add(ci);
              return weeks;
            })
        .getOrDefault(monday, List.of());
  }

  private List<Owner> expectedOnce(Cycle c) {
    return expectedByCycle.computeIfAbsent(c.id(), id -> schedule.expected(c));
  }

  /** Who checked in, who was due and did not, and who was not due, in a week of a cycle. */
  private CheckInSchedule.Week due(Cycle c, LocalDate monday) {
    return dueByWeek.computeIfAbsent(
        c.id() + "|" + monday, k -> schedule.week(c, expectedOnce(c), monday, monday.plusDays(6)));
  }

  private void index(Cycle c, List<LocalDate> weeks) {
    Page page = new Page(SitePaths.updates(c.id()), "Weekly updates — " + c.name(), "updates");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    List<WeekRow> rows = new ArrayList<>();
    for (int i = weeks.size() - 1; i >= 0; i--) {
      LocalDate w = weeks.get(i);
      CheckInSchedule.Week due = due(c, w);
      int done = due.checkedIn().size();
      rows.add(
          new WeekRow(
              "Week of " + Formats.day(w),
              writer.when(w),
              Formats.weekId(w),
              page.href(SitePaths.week(c.id(), Formats.weekId(w))),
              done,
              done + due.due().size(),
              due.notDue().isEmpty() ? null : Integer.toString(due.notDue().size())));
    }
    List<Link> timelines =
        site.units().stream()
            .map(u -> Link.of(u.name(), page.href(SitePaths.timeline(c.id(), u.id()))))
            .toList();
    writer.write(
        page,
        "updates",
        new UpdatesView(c.name(), rows, timelines, page.href(SitePaths.THIS_WEEK)));
  }

  /**
   * A week's check-ins, {@link #PAGE_SIZE} to a page: the first at the week's path (or {@code
   * this-week.html}), with KPIs and who did not check in; the others at {@link SitePaths#paged} of
   * the week's path, which this week's page links to as well.
   */
  private void week(
      Page page, Cycle c, LocalDate monday, LocalDate prev, LocalDate next, String notice) {
    List<CheckIn> all = inWeek(c, monday);
    String weekPath = SitePaths.week(c.id(), Formats.weekId(monday));
    int pages = pageCount(all.size());
    boolean thisWeek = page.path.equals(SitePaths.THIS_WEEK);
    weekPage(page, c, monday, prev, next, notice, all, pages, weekPath);
    if (thisWeek) return; // its later pages are the week's own
    for (int n = 2; n <= pages; n++) {
      Page more = new Page(SitePaths.paged(weekPath, n), page.title + " — page " + n, page.section);
      more.crumb("Home", SitePaths.HOME)
          .crumb(c.name(), SitePaths.cycle(c.id()))
          .crumb("Weekly updates", SitePaths.updates(c.id()))
          .crumb(page.title, weekPath);
      List<CheckInViews.Item> items = new ArrayList<>();
      for (CheckIn ci : slice(all, n)) items.add(views.shared(more, c, ci, shared));
      writer.write(
          more,
          "timeline",
          new TimelineView(
              page.title,
              c.name(),
              items,
              more.href(weekPath),
              null,
              pager(more, weekPath, n, pages, all.size())));
    }
  }

  private void weekPage(
      Page page,
      Cycle c,
      LocalDate monday,
      LocalDate prev,
      LocalDate next,
      String notice,
      List<CheckIn> all,
      int pages,
      String weekPath) {
    page.crumb("Home", SitePaths.HOME);
    if (!page.path.equals(SitePaths.THIS_WEEK))
      page.crumb(c.name(), SitePaths.cycle(c.id()))
          .crumb("Weekly updates", SitePaths.updates(c.id()));
    LocalDate sunday = monday.plusDays(6);
    List<CheckIn> checkIns = all;
    List<CheckInViews.Item> items = new ArrayList<>();
    for (CheckIn ci : slice(all, 1)) items.add(views.shared(page, c, ci, shared));
    Pager pager = pager(page, weekPath, 1, pages, all.size());
    CheckInSchedule.Week due = due(c, monday);
    List<Missing> missing = new ArrayList<>();
    for (CheckInSchedule.Entry e : due.due())
      missing.add(new Missing(e.owner().name(), href(page, c, e)));
    List<NotDue> notDue = new ArrayList<>();
    for (CheckInSchedule.Entry e : due.notDue())
      notDue.add(
          new NotDue(
              e.owner().name(), href(page, c, e), e.cadence().key(), writer.when(e.dueDate())));
    KpiDashboard now = kpis.latestOnOrBefore(sunday);
    writer.write(
        page,
        "week",
        new WeekView(
            page.title,
            c.name(),
            notice,
            writer.when(monday),
            writer.when(sunday),
            now == null ? null : writer.when(now.date()),
            kpis.undatedNote(now),
            kpis.weekRows(now),
            items,
            pager,
            missing,
            notDue,
            notDueSummary(due.notDue()),
            checkIns.size(),
            due.checkedIn().size() + due.due().size(),
            prev == null
                ? null
                : Link.of(
                    "Week of " + Formats.day(prev),
                    page.href(SitePaths.week(c.id(), Formats.weekId(prev)))),
            next == null
                ? null
                : Link.of(
                    "Week of " + Formats.day(next),
                    page.href(SitePaths.week(c.id(), Formats.weekId(next)))),
            page.href(SitePaths.updates(c.id()))));
  }

  private String href(Page page, Cycle c, CheckInSchedule.Entry e) {
    String path = site.ownerPath(c, e.owner());
    return path == null ? null : page.href(path);
  }

  /** "3 (biweekly or monthly)": how many were not due, and their cadences; null when none. */
  static String notDueSummary(List<CheckInSchedule.Entry> notDue) {
    if (notDue.isEmpty()) return null;
    java.util.EnumSet<Cadence> cadences = java.util.EnumSet.noneOf(Cadence.class);
    for (CheckInSchedule.Entry e : notDue) cadences.add(e.cadence());
    List<String> words = cadences.stream().map(Cadence::key).toList();
    return notDue.size() + " (" + String.join(" or ", words) + ")";
  }

  /**
   * The week holding the as-of date; before anyone has checked in, the latest week that has
   * check-ins.
   */
  private void thisWeek() {
    Cycle c = site.current;
    LocalDate monday = monday(site.asOf());
    String notice = null;
    if (inWeek(c, monday).isEmpty()) {
      LocalDate latest =
          site.checkIns(c).stream()
              .map(CheckIn::date)
              .filter(d -> !d.isAfter(site.asOf()))
              .map(UpdatePages::monday)
              .max(LocalDate::compareTo)
              .orElse(null);
      if (latest != null) {
        notice =
            "No check-ins yet for the week of "
                + Formats.day(monday)
                + "; showing the week of "
                + Formats.day(latest)
                + ".";
        monday = latest;
      }
    }
    List<LocalDate> weeks = weeks(c);
    int i = weeks.indexOf(monday);
    LocalDate prev = i > 0 ? weeks.get(i - 1) : null;
    week(new Page(SitePaths.THIS_WEEK, "This week", "week"), c, monday, prev, null, notice);
  }

  /**
   * Check-ins per page of a timeline or a week: pages stay quick to open in a large organisation.
   */
  static final int PAGE_SIZE = 100;

  /**
   * A unit's check-ins and those of the units and people below it, newest first, {@link #PAGE_SIZE}
   * to a page ({@link SitePaths#paged}).
   */
  private void timeline(Cycle c, Unit u) {
    List<CheckIn> mine = new ArrayList<>(byUnit(c).getOrDefault(u.id(), List.of()));
    java.util.Collections.reverse(mine);
    String first = SitePaths.timeline(c.id(), u.id());
    int pages = pageCount(mine.size());
    for (int n = 1; n <= pages; n++) {
      String title = "Timeline — " + u.name() + " — " + c.name() + (n > 1 ? " — page " + n : "");
      Page page = new Page(SitePaths.paged(first, n), title, "updates");
      page.crumb("Home", SitePaths.HOME)
          .crumb(c.name(), SitePaths.cycle(c.id()))
          .crumb("Weekly updates", SitePaths.updates(c.id()));
      List<CheckInViews.Item> items = new ArrayList<>();
      for (CheckIn ci : slice(mine, n)) items.add(views.shared(page, c, ci, shared));
      writer.write(
          page,
          "timeline",
          new TimelineView(
              u.name(),
              c.name(),
              items,
              null,
              page.href(SitePaths.unit(c.id(), u.id())),
              pager(page, first, n, pages, mine.size())));
    }
  }

  static int pageCount(int items) {
    return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  static <T> List<T> slice(List<T> all, int n) {
    int from = Math.min(all.size(), (n - 1) * PAGE_SIZE);
    return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
  }

  /** Links to the neighbouring pages of a listing, or null when it fits on one page. */
  private static Pager pager(Page page, String first, int n, int pages, int total) {
    if (pages <= 1) return null;
    int from = (n - 1) * PAGE_SIZE + 1;
    return new Pager(
        n,
        pages,
        from,
        Math.min(total, from + PAGE_SIZE - 1),
        total,
        n > 1 ? page.href(SitePaths.paged(first, n - 1)) : null,
        n < pages ? page.href(SitePaths.paged(first, n + 1)) : null,
        n > 1 ? page.href(first) : null);
  }

  private final Map<String, Map<String, List<CheckIn>>> byUnit =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A cycle's check-ins by unit id: each in its owner's unit (a person's: the person's unit) and
   * every unit above it, in check-in order. One pass: check-ins × depth, not units × check-ins.
   */
  private Map<String, List<CheckIn>> byUnit(Cycle c) {
    return byUnit.computeIfAbsent(
        c.id(),
        id -> {
          Map<String, List<CheckIn>> out = new java.util.HashMap<>();
          for (CheckIn ci : site.checkIns(c)) {
            Owner o = ci.owner();
            if (o == null) continue;
            String start =
                o.level() == Level.PERSON
                    ? site.model.organisation().person(o.id()).map(p -> p.unitId()).orElse(null)
                    : o.id();
            for (Unit u : site.model.organisation().unitAndAncestors(start)) {
              out.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(ci);
            }
          }
          return out;
        });
  }
}
