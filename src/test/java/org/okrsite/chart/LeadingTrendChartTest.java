package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingTrendChartTest {
  private static final LocalDate START = LocalDate.parse("2026-10-01");
  private static final LocalDate END = LocalDate.parse("2026-12-31");

  private static LeadingTrend trend(double... values) {
    List<DatedValue> points = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++)
      points.add(new DatedValue(START.plusDays(7L * i + 1), values[i]));
    return new LeadingTrend(
        "KR1 Time to first value", "Wizard completion rate", "%", START, END, points);
  }

  @Test
  void plotsEveryReadingOverTheCycleWithItsTable() {
    Svg svg = new ChartRenderer().leadingTrend(trend(48, 52, 55));
    SvgDocument doc = SvgDocument.parse(svg.markup());
    assertEquals(3, doc.seriesLine("--chart-series-2").size());
    assertTrue(doc.texts().contains("Reading (%)"), doc.texts().toString());
    assertEquals("KR1 Time to first value: leading indicator, Wizard completion rate", svg.title());
    assertEquals(
        "3 readings from 2026-10-01 to 2026-12-31; first 48 % on 2026-10-02, latest 55 % on"
            + " 2026-10-16.",
        svg.description());
    assertEquals(
        List.of(
            List.of("2026-10-02", "48"), List.of("2026-10-09", "52"), List.of("2026-10-16", "55")),
        svg.table().rows());
  }

  @Test
  void oneReadingIsAPlaceholderAndTheSameInputTheSameBytes() {
    assertEquals(
        List.of("Not enough readings yet"),
        SvgDocument.parse(new ChartRenderer().leadingTrend(trend(48)).markup()).texts());
    assertEquals(
        new ChartRenderer().leadingTrend(trend(48, 52, 55)).markup(),
        new ChartRenderer().leadingTrend(trend(48, 52, 55)).markup());
  }
}
