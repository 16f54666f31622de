package org.okrsite.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Level;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Link;

/** Weekly updates: one page per week, "this week" for the company, and one timeline per unit. */
final class UpdatePages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final CheckInViews views;
  private final KpiViews kpis;

  UpdatePages(SiteIndex site, PageWriter writer, CheckInViews views, KpiViews kpis) {
    this.site = site;
    this.writer = writer;
    this.views = views;
    this.kpis = kpis;
  }

  void writeAll() {
    for (Cycle c : site.cyclesNewestFirst()) {
      List<LocalDate> weeks = weeks(c);
      index(c, weeks);
      for (int i = 0; i < weeks.size(); i++) {
        LocalDate prev = i > 0 ? weeks.get(i - 1) : null;
        LocalDate next = i + 1 < weeks.size() ? weeks.get(i + 1) : null;
        week(new Page(SitePaths.week(c.id(), Formats.weekId(weeks.get(i))), "Week of " + Formats.day(weeks.get(i)), "updates"),
            c, weeks.get(i), prev, next, null);
      }
      for (Unit u : site.units()) timeline(c, u);
    }
    thisWeek();
  }

  /** The Mondays of a cycle's weeks up to the as-of date, plus any week holding a check-in; oldest first. */
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

  /** Who is expected to check in: owners of live team and personal objectives, and anyone who did. */
  List<Owner> expected(Cycle c) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    for (Objective o : site.objectives(c)) {
      if (o.owner() != null && o.lifecycle() != Lifecycle.CANCELLED && o.lifecycle() != Lifecycle.DRAFT
          && (o.owner().level() == Level.TEAM || o.owner().level() == Level.PERSON)) owners.putIfAbsent(o.owner().key(), o.owner());
    }
    for (CheckIn ci : site.checkIns(c)) if (ci.owner() != null) owners.putIfAbsent(ci.owner().key(), ci.owner());
    return List.copyOf(owners.values());
  }

  private List<CheckIn> inWeek(Cycle c, LocalDate monday) {
    return site.checkIns(c).stream().filter(ci -> monday(ci.date()).equals(monday)).toList();
  }

  private void index(Cycle c, List<LocalDate> weeks) {
    Page page = new Page(SitePaths.updates(c.id()), "Weekly updates — " + c.name(), "updates");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    List<Owner> expected = expected(c);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = weeks.size() - 1; i >= 0; i--) {
      LocalDate w = weeks.get(i);
      long done = inWeek(c, w).stream().map(ci -> ci.owner().key()).distinct().count();
      rows.add(Vm.of("label", "Week of " + Formats.day(w), "start", writer.when(w), "weekId", Formats.weekId(w),
          "href", page.href(SitePaths.week(c.id(), Formats.weekId(w))), "done", done, "expected", expected.size()));
    }
    List<Link> timelines = site.units().stream().map(u -> Link.of(u.name(), page.href(SitePaths.timeline(c.id(), u.id())))).toList();
    writer.write(page, "updates", Vm.of("cycleName", c.name(), "weeks", rows, "timelines", timelines,
        "thisWeekHref", page.href(SitePaths.THIS_WEEK)));
  }

  private void week(Page page, Cycle c, LocalDate monday, LocalDate prev, LocalDate next, String notice) {
    page.crumb("Home", SitePaths.HOME);
    if (!page.path.equals(SitePaths.THIS_WEEK)) page.crumb(c.name(), SitePaths.cycle(c.id())).crumb("Weekly updates", SitePaths.updates(c.id()));
    LocalDate sunday = monday.plusDays(6);
    List<CheckIn> checkIns = inWeek(c, monday);
    List<Map<String, Object>> items = new ArrayList<>();
    for (CheckIn ci : checkIns) items.add(views.view(page, c, ci));
    List<Map<String, Object>> missing = new ArrayList<>();
    for (Owner o : expected(c)) {
      if (checkIns.stream().noneMatch(ci -> ci.owner().key().equals(o.key()))) {
        String path = site.ownerPath(c, o);
        missing.add(Vm.of("name", o.name(), "href", path == null ? null : page.href(path)));
      }
    }
    KpiDashboard now = kpis.latestOnOrBefore(sunday);
    writer.write(page, "week", Vm.of("title", page.title, "cycleName", c.name(), "notice", notice,
        "start", writer.when(monday), "end", writer.when(sunday),
        "kpiDate", now == null ? null : writer.when(now.date()), "kpis", kpis.weekRows(now),
        "checkIns", items, "missing", missing, "count", checkIns.size(), "expected", expected(c).size(),
        "prev", prev == null ? null : Link.of("Week of " + Formats.day(prev), page.href(SitePaths.week(c.id(), Formats.weekId(prev)))),
        "next", next == null ? null : Link.of("Week of " + Formats.day(next), page.href(SitePaths.week(c.id(), Formats.weekId(next)))),
        "updatesHref", page.href(SitePaths.updates(c.id()))));
  }

  /** The week holding the as-of date; before anyone has checked in, the latest week that has check-ins. */
  private void thisWeek() {
    Cycle c = site.current;
    LocalDate monday = monday(site.asOf());
    String notice = null;
    if (inWeek(c, monday).isEmpty()) {
      LocalDate latest = site.checkIns(c).stream().map(CheckIn::date).filter(d -> !d.isAfter(site.asOf()))
          .map(UpdatePages::monday).max(LocalDate::compareTo).orElse(null);
      if (latest != null) {
        notice = "No check-ins yet for the week of " + Formats.day(monday) + "; showing the week of " + Formats.day(latest) + ".";
        monday = latest;
      }
    }
    List<LocalDate> weeks = weeks(c);
    int i = weeks.indexOf(monday);
    LocalDate prev = i > 0 ? weeks.get(i - 1) : null;
    week(new Page(SitePaths.THIS_WEEK, "This week", "week"), c, monday, prev, null, notice);
  }

  /** A unit's check-ins and those of the units and people below it, newest first. */
  private void timeline(Cycle c, Unit u) {
    Page page = new Page(SitePaths.timeline(c.id(), u.id()), "Timeline — " + u.name() + " — " + c.name(), "updates");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id())).crumb("Weekly updates", SitePaths.updates(c.id()));
    List<String> unitIds = new ArrayList<>();
    collect(u, unitIds);
    List<CheckIn> mine = site.checkIns(c).stream().filter(ci -> belongs(ci.owner(), unitIds)).toList();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = mine.size() - 1; i >= 0; i--) items.add(views.view(page, c, mine.get(i)));
    writer.write(page, "timeline", Vm.of("name", u.name(), "cycleName", c.name(), "checkIns", items,
        "unitHref", page.href(SitePaths.unit(c.id(), u.id()))));
  }

  private void collect(Unit u, List<String> ids) {
    if (ids.contains(u.id()) || ids.size() > 500) return;
    ids.add(u.id());
    for (Unit child : site.model.organisation().children(u.id())) collect(child, ids);
  }

  private boolean belongs(Owner o, List<String> unitIds) {
    if (o == null) return false;
    if (o.level() == Level.PERSON) {
      return site.model.organisation().person(o.id()).map(p -> p.unitId() != null && unitIds.contains(p.unitId())).orElse(false);
    }
    return unitIds.contains(o.id());
  }
}
