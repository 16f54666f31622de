package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ScoreDistributionChartTest {

  private static final int[] COUNTS = {1, 2, 1, 3, 1, 1, 5, 2, 1, 3};

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void countsScoresIntoTenBinsWithUpperEdgesInTheNextBin() {
    assertArrayEquals(COUNTS, new ScoreDistributionChart(Samples.scoreDistribution()).counts());
    ScoreDistribution edges =
        new ScoreDistribution("", List.of(0.0, 0.1, 0.7, 0.3, 1.0, -0.2, 1.3));
    assertArrayEquals(
        new int[] {2, 1, 0, 1, 0, 0, 0, 1, 0, 2}, new ScoreDistributionChart(edges).counts());
  }

  @Test
  void drawsTenBarsAsHighAsTheirCountsLeftToRight() {
    SvgDocument doc =
        SvgDocument.parse(charts.scoreDistribution(Samples.scoreDistribution()).markup());
    List<Element> bars = bars(doc);
    assertEquals(10, bars.size());
    double perKeyResult = SvgDocument.number(bars.get(0), "height") / COUNTS[0];
    for (int i = 0; i < COUNTS.length; i++) {
      assertEquals(COUNTS[i] * perKeyResult, SvgDocument.number(bars.get(i), "height"), 0.05);
    }
  }

  @Test
  void shadesTheSweetSpotBehindTheSeventhBar() {
    SvgDocument doc =
        SvgDocument.parse(charts.scoreDistribution(Samples.scoreDistribution()).markup());
    List<Element> marks = doc.elements("rect", SvgDocument.fill("--chart-highlight"));
    assertEquals(1, marks.size());
    Element mark = marks.get(0);
    Element seventh = bars(doc).get(6);
    double x = SvgDocument.number(seventh, "x");
    assertTrue(SvgDocument.number(mark, "x") <= x);
    assertTrue(
        SvgDocument.number(mark, "x") + SvgDocument.number(mark, "width")
            >= x + SvgDocument.number(seventh, "width"));
    assertTrue(doc.texts().contains("0.6–0.7"));
  }

  @Test
  void tabulatesBinsAndSaysNoDataYetWhenEmpty() {
    Svg svg = charts.scoreDistribution(Samples.scoreDistribution());
    assertEquals(10, svg.table().rows().size());
    assertEquals(List.of("0.6–0.7", "5"), svg.table().rows().get(6));
    Svg empty = charts.scoreDistribution(new ScoreDistribution("Q1", List.of()));
    assertEquals(List.of("No data yet"), SvgDocument.parse(empty.markup()).texts());
  }

  private static List<Element> bars(SvgDocument doc) {
    return doc.elements("rect", SvgDocument.fill("--chart-series-1")).stream()
        .sorted(Comparator.comparingDouble(e -> SvgDocument.number(e, "x")))
        .toList();
  }
}
