package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.StatusView;
import org.okrsite.render.Views.When;
import org.okrsite.site.SitePaths;

/** The KPI dashboards and the dependency board of each cycle. */
final class BoardPages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final KpiViews kpis;
  private final ChartViews charts;

  BoardPages(SiteIndex site, PageWriter writer, KpiViews kpis, ChartViews charts) {
    this.site = site;
    this.writer = writer;
    this.kpis = kpis;
    this.charts = charts;
  }

  void writeAll() {
    kpiPage();
    for (Cycle c : site.cyclesNewestFirst()) dependencyBoard(c);
  }

  private void kpiPage() {
    Page page = new Page(SitePaths.KPIS, "KPI dashboards", "kpis");
    page.crumb("Home", SitePaths.HOME);
    List<KpiDashboard> snaps = kpis.snapshots();
    KpiDashboard latest = snaps.isEmpty() ? null : snaps.get(snaps.size() - 1);
    List<Category> categories = new ArrayList<>();
    if (latest != null) {
      List<String> names = new ArrayList<>(KpiViews.CATEGORIES);
      for (Kpi k : latest.kpis())
        if (k.category() != null
            && !names.contains(k.category().toLowerCase(java.util.Locale.ROOT)))
          names.add(k.category().toLowerCase(java.util.Locale.ROOT));
      List<KpiViews.KpiRow> all = kpis.weekRows(latest);
      for (String cat : names) {
        List<KpiViews.KpiRow> rows = new ArrayList<>();
        List<Kpi> ordered = KpiViews.ordered(latest);
        for (int i = 0; i < ordered.size(); i++)
          if (cat.equalsIgnoreCase(Cards.nz(ordered.get(i).category()))) rows.add(all.get(i));
        if (!rows.isEmpty())
          categories.add(
              new Category(
                  cat.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + cat.substring(1), rows));
      }
    }
    List<SnapshotDate> dates = new ArrayList<>();
    for (KpiDashboard d : snaps)
      dates.add(new SnapshotDate(writer.when(d.date()), kpis.undatedNote(d)));
    List<KpiHistory> history = new ArrayList<>();
    if (latest != null) {
      for (Kpi k : KpiViews.ordered(latest)) {
        List<String> values = new ArrayList<>();
        for (KpiDashboard d : snaps) {
          Kpi v = KpiViews.find(d, k.name());
          values.add(v == null ? "–" : Cards.nz(v.currentText()));
        }
        history.add(new KpiHistory(k.name(), values));
      }
    }
    writer.write(
        page,
        "kpis",
        new KpisView(
            latest == null ? null : writer.when(latest.date()),
            kpis.undatedNote(latest),
            latest == null ? null : latest.cadence(),
            categories,
            dates,
            history,
            charts.kpiTrends(snaps, latest)));
  }

  /**
   * The view of {@code kpis.mustache}: the latest snapshot by category, history and charts; {@code
   * undated} says when the latest snapshot had no date and stands for the current one.
   */
  record KpisView(
      When date,
      String undated,
      String cadence,
      List<Category> categories,
      List<SnapshotDate> dates,
      List<KpiHistory> history,
      List<ChartView> charts) {}

  /** A snapshot's column in the history: its date, and the note when it had none. */
  record SnapshotDate(When when, String undated) {}

  /** The KPIs of one category ("Health", "Growth", …) in the latest snapshot. */
  record Category(String name, List<KpiViews.KpiRow> kpis) {}

  /** One KPI's value in every snapshot, oldest first ("–" where a snapshot lacks it). */
  record KpiHistory(String name, List<String> values) {}

  private void dependencyBoard(Cycle c) {
    Page page =
        new Page(SitePaths.dependencies(c.id()), "Dependency board — " + c.name(), "dependencies");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    List<DependencyRow> rows = new ArrayList<>();
    for (Dependency d : site.model.dependencies()) {
      boolean here =
          d.cycleId() == null ? c.id().equals(site.current.id()) : d.cycleId().equals(c.id());
      if (!here) continue;
      DependencyRow row = dependencyRow(page, site, writer, c, d);
      // Only the board carries row anchors: evidence links point here, and an id must be unique per
      // page.
      if (d.id() != null) row = row.withAnchor(EvidenceLinks.dependencyAnchor(d.id()));
      rows.add(row);
    }
    writer.write(page, "dependencies", new DependenciesView(c.name(), rows));
  }

  /** The view of {@code dependencies.mustache}: a cycle's dependency board. */
  record DependenciesView(String cycleName, List<DependencyRow> dependencies) {}

  /** One dependency row; parties link when they have a page, the {@code anchor} is board-only. */
  record DependencyRow(
      Link provider,
      String providerName,
      Link consumer,
      String consumerName,
      String deliverable,
      When neededBy,
      When escalation,
      String providerKr,
      String consumerKr,
      StatusView status,
      boolean escalate,
      boolean overdue,
      String anchor) {
    DependencyRow withAnchor(String anchor) {
      return new DependencyRow(
          provider,
          providerName,
          consumer,
          consumerName,
          deliverable,
          neededBy,
          escalation,
          providerKr,
          consumerKr,
          status,
          escalate,
          overdue,
          anchor);
    }
  }

  /** One dependency: provider, consumer, what, needed by, escalation date and status in words. */
  static DependencyRow dependencyRow(
      Page page, SiteIndex site, PageWriter writer, Cycle c, Dependency d) {
    String status =
        d.status() == null ? "unknown" : d.status().strip().toLowerCase(java.util.Locale.ROOT);
    boolean open = !status.equals("done");
    boolean escalate =
        open && d.escalationDate() != null && !site.asOf().isBefore(d.escalationDate());
    boolean overdue = open && d.neededBy() != null && site.asOf().isAfter(d.neededBy());
    String statusKey =
        switch (status) {
          case "on_track", "done" -> "green";
          case "at_risk" -> "yellow";
          case "blocked", "off_track" -> "red";
          default -> "unknown";
        };
    String icon =
        switch (statusKey) {
          case "green" -> "●";
          case "yellow" -> "▲";
          case "red" -> "■";
          default -> "?";
        };
    return new DependencyRow(
        party(page, c, site, d.provider()),
        d.provider(),
        party(page, c, site, d.consumer()),
        d.consumer(),
        d.deliverable(),
        writer.when(d.neededBy()),
        writer.when(d.escalationDate()),
        d.providerKr(),
        d.consumerKr(),
        new StatusView(statusKey, status.replace('_', ' '), icon),
        escalate,
        overdue,
        null);
  }

  private static Link party(Page page, Cycle c, SiteIndex site, String name) {
    var unit = site.unitNamed(name);
    if (unit.isPresent())
      return Link.of(unit.get().name(), page.href(SitePaths.unit(c.id(), unit.get().id())));
    return site.personNamed(name)
        .map(p -> Link.of(p.name(), page.href(SitePaths.person(c.id(), p.id()))))
        .orElse(null);
  }
}
