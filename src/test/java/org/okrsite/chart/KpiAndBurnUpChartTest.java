package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiAndBurnUpChartTest {

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void kpiTrendPlotsEveryReadingBelowItsTarget() {
    SvgDocument doc = SvgDocument.parse(charts.kpiTrend(Samples.kpiTrend()).markup());
    List<double[]> points = doc.seriesLine("--chart-series-1");
    assertEquals(6, points.size());
    double targetY = doc.horizontalLineY("--chart-target");
    assertTrue(points.stream().allMatch(p -> p[1] > targetY), "target 25 above readings ≤ 18");
  }

  @Test
  void kpiTrendWithoutTargetHasNoTargetLine() {
    KpiTrend kpi = Samples.kpiTrend();
    KpiTrend noTarget = new KpiTrend(kpi.kpi(), kpi.unit(), kpi.values(), OptionalDouble.empty());
    SvgDocument doc = SvgDocument.parse(charts.kpiTrend(noTarget).markup());
    assertTrue(doc.elements("line", SvgDocument.stroke("--chart-target")).isEmpty());
  }

  @Test
  void kpiTrendNoticesForNoneOrOneReading() {
    KpiTrend none = new KpiTrend("MAU", "k", List.of(), OptionalDouble.empty());
    KpiTrend one = new KpiTrend("MAU", "k", Samples.values(3), OptionalDouble.of(5));
    assertEquals(List.of("No data yet"), SvgDocument.parse(charts.kpiTrend(none).markup()).texts());
    assertEquals(
        List.of("Not enough data yet"), SvgDocument.parse(charts.kpiTrend(one).markup()).texts());
  }

  @Test
  void burnUpRisesFromZeroToOneAcrossTheCycle() {
    SvgDocument doc = SvgDocument.parse(charts.burnUp(Samples.burnUp()).markup());
    List<double[]> progress = doc.seriesLine("--chart-series-1");
    assertEquals(5, progress.size());
    List<double[]> expected = doc.seriesLine("--chart-pace");
    assertEquals(2, expected.size());
    double zeroY = expected.get(0)[1];
    double oneY = expected.get(1)[1];
    assertTrue(oneY < zeroY);
    // the first average progress, 0.02, sits 2% of the way from the 0 line to the 1 line
    assertEquals(zeroY - 0.02 * (zeroY - oneY), progress.get(0)[1], 0.05);
    assertEquals(zeroY - 0.31 * (zeroY - oneY), progress.get(4)[1], 0.05);
  }

  @Test
  void burnUpNoticesWithASinglePoint() {
    BurnUp single = new BurnUp("Q1", Samples.START, Samples.END, Samples.values(0.1));
    Svg svg = charts.burnUp(single);
    assertEquals(List.of("Not enough check-ins yet"), SvgDocument.parse(svg.markup()).texts());
    assertEquals(1, svg.table().rows().size());
  }
}
