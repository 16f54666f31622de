package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.chart.DataTable;
import org.okrsite.chart.Svg;
import org.okrsite.chart.UnitScores;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Objective;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.TableRow;

/**
 * The charts of the pages, ready for the {@code partials/chart} template: inline SVG (already fit
 * for the site's CSP: no style attributes) with its data table. Null means "no chart here" (the
 * data cannot make one). Drawings are cached by the {@link ChartRenderer}, so a chart shown on
 * several pages is drawn once per build.
 */
final class ChartViews {
  private final SiteIndex site;
  private final ChartRenderer renderer;

  ChartViews(SiteIndex site, ChartRenderer renderer) {
    this.site = site;
    this.renderer = renderer;
  }

  /** A key result's trend; null for key results without numbers. */
  ChartView krTrend(Objective o, KeyResult kr) {
    var score = site.scores.kr(o.id(), kr.id()).orElse(null);
    return ChartData.krTrend(site.cycleOf(o), kr, score)
        .map(renderer::krTrend)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** A key result's leading-indicator readings; null when its check-ins report none. */
  ChartView leadingTrend(Objective o, KeyResult kr) {
    var score = site.scores.kr(o.id(), kr.id()).orElse(null);
    return ChartData.leadingTrend(site.cycleOf(o), kr, score)
        .map(renderer::leadingTrend)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** Confidence over time of an objective's key results; null before any check-in. */
  ChartView confidence(Objective o) {
    // Confidence bands follow the site's status thresholds (green from 0.7, red below 0.4 by
    // default).
    return ChartData.confidence(
            site.cycleOf(o), o, site.scores, site.settings.yellow(), site.settings.green())
        .map(renderer::confidence)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** The mean objective score of every unit with objectives in the cycle. */
  ChartView unitScores(Cycle c) {
    List<UnitScores.UnitScore> bars = new ArrayList<>();
    for (Unit u : site.units()) bar(bars, u.name(), site.objectivesOf(c, u.level(), u.id()));
    return unitBars("Mean objective score by unit, " + c.name(), bars);
  }

  /**
   * Per child unit (its own objectives' mean); for a unit without scored children, per objective.
   */
  ChartView unitScores(Cycle c, Unit u) {
    List<UnitScores.UnitScore> bars = new ArrayList<>();
    for (Unit child : site.model.organisation().children(u.id()))
      bar(bars, child.name(), site.objectivesOf(c, child.level(), child.id()));
    if (!bars.isEmpty())
      return unitBars("Mean objective score of the units of " + u.name() + ", " + c.name(), bars);
    for (Objective o : site.objectivesOf(c, u.level(), u.id())) bar(bars, o.title(), List.of(o));
    return unitBars("Objective scores of " + u.name() + ", " + c.name(), bars);
  }

  private void bar(List<UnitScores.UnitScore> bars, String label, List<Objective> objectives) {
    OptionalDouble mean = ChartData.averageScore(objectives, site.scores);
    if (mean.isPresent()) bars.add(new UnitScores.UnitScore(label, mean.getAsDouble()));
  }

  private ChartView unitBars(String title, List<UnitScores.UnitScore> bars) {
    return ChartData.unitScores(title, bars)
        .map(renderer::unitScores)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** Final key-result scores of a cycle that has ended; null while it runs. */
  ChartView scoreDistribution(Cycle c) {
    if (!c.end().isBefore(site.asOf())) return null;
    return ChartData.scoreDistribution(c, site.objectives(c), site.scores)
        .map(renderer::scoreDistribution)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** The average progress of the cycle's key results week by week against the expected line. */
  ChartView burnUp(Cycle c) {
    return ChartData.burnUp(c, site.objectives(c), site.scores, site.checkIns(c), site.asOf())
        .map(renderer::burnUp)
        .map(ChartViews::view)
        .orElse(null);
  }

  /** One chart per KPI of the latest snapshot that has numbers, in the dashboard's order. */
  List<ChartView> kpiTrends(List<KpiDashboard> snapshots, KpiDashboard latest) {
    List<ChartView> charts = new ArrayList<>();
    if (latest == null) return charts;
    for (Kpi k : KpiViews.ordered(latest)) {
      Optional<ChartView> v =
          ChartData.kpiTrend(k, snapshots).map(renderer::kpiTrend).map(ChartViews::view);
      v.ifPresent(charts::add);
    }
    return charts;
  }

  static ChartView view(Svg svg) {
    DataTable t = svg.table();
    List<TableRow> rows = t.rows().stream().map(TableRow::new).toList();
    return new ChartView(svg.markup(), svg.title(), t.caption(), t.columns(), rows);
  }
}
