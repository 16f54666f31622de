package org.okrsite.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Level;
import org.okrsite.model.Objective;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.When;
import org.okrsite.score.KrScore;
import org.okrsite.site.SitePaths;

/**
 * A monthly report per department (seed 002): leaders read one page on the department's strategic
 * objectives — how their key results moved during the month, the team objectives that support them,
 * and the blockers teams raised — instead of every team's page.
 */
final class ReportPages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;

  ReportPages(SiteIndex site, PageWriter writer, Cards cards) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
  }

  /** The view of {@code reports.mustache}: each department's monthly reports. */
  record ReportsView(String cycleName, List<Department> departments) {}

  /** A department and links to its months' reports. */
  record Department(String anchor, String name, List<Link> months, String href) {}

  /**
   * The view of {@code report.mustache}: a department's month — its objectives, how their key
   * results moved, the team objectives that support them and the blockers raised.
   */
  record ReportView(
      String name,
      String month,
      String cycleName,
      When from,
      When to,
      List<ObjectiveCard> strategic,
      List<ObjectiveCard> supporting,
      List<Move> movement,
      List<Blocker> blockers,
      int checkIns,
      String unitHref) {}

  /** A key result's value and confidence at the start and end of the month. */
  record Move(
      Link kr,
      String metric,
      String objective,
      String start,
      String end,
      String confStart,
      String confEnd,
      String delta,
      String direction) {}

  /** A blocker a team raised in a check-in of the month. */
  record Blocker(When date, String owner, String text, String need, String from) {}

  void writeAll() {
    for (Cycle c : site.cyclesNewestFirst()) {
      List<Department> depts = new ArrayList<>();
      Page index = new Page(SitePaths.reports(c.id()), "Monthly reports — " + c.name(), "reports");
      // departments in parallel (pages are written from any thread), listed in their order
      depts.addAll(
          departments().parallelStream()
              .map(
                  d -> {
                    List<Link> months = new ArrayList<>();
                    for (YearMonth m : months(c)) {
                      String path = SitePaths.report(c.id(), d.id(), m.toString());
                      report(c, d, m, path);
                      months.add(Link.of(Formats.month(m.atDay(1)), index.href(path)));
                    }
                    return new Department(
                        "dept-" + d.id(),
                        d.name(),
                        months,
                        index.href(SitePaths.unit(c.id(), d.id())));
                  })
              .toList());
      index.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
      writer.write(index, "reports", new ReportsView(c.name(), depts));
    }
  }

  private List<Unit> departments() {
    return site.units().stream().filter(u -> u.level() == Level.DEPARTMENT).toList();
  }

  /** The months of a cycle that have started by the as-of date (at least the first). */
  private List<YearMonth> months(Cycle c) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(c.start());
        !m.isAfter(YearMonth.from(c.end()));
        m = m.plusMonths(1)) {
      if (out.isEmpty() || !m.atDay(1).isAfter(site.asOf())) out.add(m);
    }
    return out;
  }

  private void report(Cycle c, Unit dept, YearMonth month, String path) {
    Page page = new Page(path, dept.name() + " — " + Formats.month(month.atDay(1)), "reports");
    page.crumb("Home", SitePaths.HOME)
        .crumb(c.name(), SitePaths.cycle(c.id()))
        .crumb("Monthly reports", SitePaths.reports(c.id()));
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth().isAfter(site.asOf()) ? site.asOf() : month.atEndOfMonth();
    List<Objective> strategic = site.objectivesOf(c, Level.DEPARTMENT, dept.id());
    java.util.Set<Objective> supportingSet = new java.util.LinkedHashSet<>();
    for (Objective o : strategic) supportingSet.addAll(site.children(o));
    java.util.Set<String> teamIds = new java.util.HashSet<>();
    for (Unit t : site.model.organisation().children(dept.id())) teamIds.add(t.id());
    supportingSet.addAll(ownedByTeams(c).getOrDefault(dept.id(), List.of()));
    List<Objective> supporting = new ArrayList<>(supportingSet);
    List<Move> movement = new ArrayList<>();
    List<Objective> all = new ArrayList<>(strategic);
    all.addAll(supporting);
    for (Objective o : all)
      for (KeyResult kr : o.keyResults()) movement.add(move(page, c, o, kr, first, last));
    List<Blocker> blockers = new ArrayList<>();
    int checkIns = 0;
    for (CheckIn ci : ours(c, dept.id(), teamIds)) {
      boolean inMonth = !ci.date().isBefore(first) && !ci.date().isAfter(last);
      if (inMonth) {
        checkIns++;
        for (CheckIn.Blocker b : ci.issues()) {
          blockers.add(
              new Blocker(writer.when(ci.date()), ci.owner().name(), b.text(), b.need(), b.from()));
        }
      }
    }
    writer.write(
        page,
        "report",
        new ReportView(
            dept.name(),
            Formats.month(first),
            c.name(),
            writer.when(first),
            writer.when(last),
            cards.cards(page, strategic),
            cards.cards(page, supporting),
            movement,
            blockers,
            checkIns,
            page.href(SitePaths.unit(c.id(), dept.id()))));
  }

  private final Map<String, Map<String, List<Objective>>> byDepartment =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The objectives of cycle {@code c} owned by a unit under each department (by department id), in
   * the cycle's order; made once per cycle rather than by scanning the cycle for every month's
   * report.
   */
  private Map<String, List<Objective>> ownedByTeams(Cycle c) {
    return byDepartment.computeIfAbsent(
        c.id(),
        id -> {
          Map<String, String> departmentOf = new java.util.HashMap<>();
          for (Unit d : departments()) {
            for (Unit t : site.model.organisation().children(d.id()))
              departmentOf.putIfAbsent(t.id(), d.id());
          }
          Map<String, List<Objective>> out = new java.util.HashMap<>();
          for (Objective o : site.objectives(c)) {
            String dept = o.owner() == null ? null : departmentOf.get(o.owner().id());
            if (dept != null) out.computeIfAbsent(dept, k -> new ArrayList<>()).add(o);
          }
          return out;
        });
  }

  private final Map<String, Map<String, List<CheckIn>>> byOwnerId =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The cycle's check-ins owned by the department or one of its units, in the cycle's order: looked
   * up by owner id instead of scanning every check-in for every department and month.
   */
  private List<CheckIn> ours(Cycle c, String deptId, java.util.Set<String> teamIds) {
    Map<String, List<CheckIn>> index =
        byOwnerId.computeIfAbsent(
            c.id(),
            id -> {
              Map<String, List<CheckIn>> m = new java.util.HashMap<>();
              for (CheckIn ci : site.checkIns(c))
                if (ci.owner() != null)
                  m.computeIfAbsent(ci.owner().id(), k -> new ArrayList<>()).add(ci);
              return m;
            });
    List<CheckIn> out = new ArrayList<>(index.getOrDefault(deptId, List.of()));
    for (String t : teamIds) if (!t.equals(deptId)) out.addAll(index.getOrDefault(t, List.of()));
    Map<CheckIn, Integer> order = positions(c);
    out.sort(java.util.Comparator.comparing(order::get));
    return out;
  }

  private final Map<String, Map<CheckIn, Integer>> positions =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Map<CheckIn, Integer> positions(Cycle c) {
    return positions.computeIfAbsent(
        c.id(),
        id -> {
          Map<CheckIn, Integer> m = new java.util.IdentityHashMap<>();
          List<CheckIn> all = site.checkIns(c);
          for (int i = 0; i < all.size(); i++) m.put(all.get(i), i);
          return m;
        });
  }

  /**
   * A KR's value and confidence at the start and the end of the month, from its check-in history.
   */
  private Move move(
      Page page, Cycle c, Objective o, KeyResult kr, LocalDate first, LocalDate last) {
    KrScore s = site.scores.kr(o.id(), kr.id()).orElse(null);
    KrScore.Point start = null;
    KrScore.Point end = null;
    if (s != null) {
      for (KrScore.Point p : s.history()) {
        if (p.date().isBefore(first)) start = p;
        if (!p.date().isAfter(last)) end = p;
      }
    }
    String startValue =
        start != null ? Cards.text(start.value(), start.text()) : Cards.text(kr.baseline(), null);
    Double startConf = start != null ? start.confidence() : kr.confidence();
    String endValue = end != null ? Cards.text(end.value(), end.text()) : startValue;
    Double endConf = end != null ? end.confidence() : startConf;
    return new Move(
        Link.of(
            kr.id(),
            page.href(SitePaths.objective(c.id(), o.id()) + "#" + SitePaths.krAnchor(kr.id()))),
        kr.metric(),
        o.title(),
        startValue,
        endValue,
        Formats.decimal(startConf),
        Formats.decimal(endConf),
        Formats.delta(startConf, endConf),
        Formats.direction(startConf, endConf));
  }
}
