package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KrTrendChartTest {

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void plotsEveryCheckInAndPutsTheTargetAboveTheBaselineWhenRising() {
    SvgDocument doc = SvgDocument.parse(charts.krTrend(Samples.krTrend()).markup());
    List<double[]> points = doc.seriesLine("--chart-series-1");
    assertEquals(5, points.size());
    double baselineY = doc.horizontalLineY("--chart-baseline");
    double targetY = doc.horizontalLineY("--chart-target");
    assertTrue(targetY < baselineY, "target 60 above baseline 40 (smaller y is higher)");
    // One scale for the check-ins and the markers: 41→49 spans as much per point as 40→60.
    double perUnitFromPoints = (points.get(0)[1] - points.get(4)[1]) / (49 - 41);
    double perUnitFromMarkers = (baselineY - targetY) / (60 - 40);
    assertEquals(perUnitFromMarkers, perUnitFromPoints, 0.05);
    // x grows with the dates, a week apart each
    for (int i = 1; i < points.size(); i++) {
      assertEquals(
          points.get(1)[0] - points.get(0)[0], points.get(i)[0] - points.get(i - 1)[0], 0.05);
    }
  }

  @Test
  void putsTheTargetBelowTheBaselineWhenFalling() {
    SvgDocument doc = SvgDocument.parse(charts.krTrend(Samples.decreasingKr()).markup());
    assertTrue(doc.horizontalLineY("--chart-target") > doc.horizontalLineY("--chart-baseline"));
  }

  @Test
  void drawsExpectedPaceFromBaselineToTargetAndForecastFromTheLastCheckIn() {
    SvgDocument doc = SvgDocument.parse(charts.krTrend(Samples.krTrend()).markup());
    List<double[]> pace = doc.seriesLine("--chart-pace");
    assertEquals(doc.horizontalLineY("--chart-baseline"), pace.get(0)[1], 0.05);
    assertEquals(doc.horizontalLineY("--chart-target"), pace.get(1)[1], 0.05);
    List<double[]> forecast = doc.seriesLine("--chart-forecast");
    double[] last = doc.seriesLine("--chart-series-1").get(4);
    assertEquals(last[0], forecast.get(0)[0], 0.05);
    assertEquals(last[1], forecast.get(0)[1], 0.05);
    assertEquals(pace.get(1)[0], forecast.get(1)[0], 0.05, "forecast ends at cycle end");
    assertTrue(
        doc.elements("path", SvgDocument.stroke("--chart-forecast")).stream()
            .anyMatch(e -> SvgDocument.style(e, "stroke-dasharray").matches("[0-9.]+,[0-9.]+")));
  }

  @Test
  void labelsTheValueAxisWithTheUnitAndDatesInEnglish() {
    SvgDocument doc = SvgDocument.parse(charts.krTrend(Samples.krTrend()).markup());
    assertTrue(doc.texts().contains("Value (pts)"), doc.texts().toString());
    assertTrue(doc.texts().contains("Target 60 pts"));
    assertTrue(doc.texts().stream().anyMatch(t -> t.endsWith("-Jan")), doc.texts().toString());
  }

  @Test
  void describesAndTabulatesTheCheckIns() {
    Svg svg = charts.krTrend(Samples.krTrend());
    assertEquals(List.of("Date", "Value (pts)", "Expected"), svg.table().columns());
    assertEquals(5, svg.table().rows().size());
    assertEquals(List.of("2025-01-08", "41", "41.57"), svg.table().rows().get(0));
    assertTrue(
        svg.description().startsWith("5 check-ins from 2025-01-01 to 2025-03-31"),
        svg.description());
  }

  @Test
  void showsANoticeInsteadOfAChartWithFewerThanTwoCheckIns() {
    for (List<DatedValue> checkIns : List.of(List.<DatedValue>of(), Samples.values(42))) {
      KrTrend trend = new KrTrend("New KR", "%", Samples.START, Samples.END, 0, 100, checkIns);
      Svg svg = charts.krTrend(trend);
      SvgDocument doc = SvgDocument.parse(svg.markup());
      assertEquals(List.of("Not enough check-ins yet"), doc.texts());
      assertEquals("title", doc.root.getFirstChild().getLocalName());
      assertEquals("desc", doc.root.getFirstChild().getNextSibling().getLocalName());
      assertEquals("0 0 640 80", doc.root.getAttribute("viewBox"));
      assertEquals(checkIns.size(), svg.table().rows().size());
    }
  }
}
