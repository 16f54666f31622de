package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ConfidenceChartTest {

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void drawsOneLinePerKeyResultOverThreeBands() {
    SvgDocument doc = SvgDocument.parse(charts.confidence(Samples.confidence()).markup());
    for (int i = 1; i <= 3; i++) {
      assertEquals(4, doc.seriesLine("--chart-series-" + i).size(), "series " + i);
    }
    Element red = band(doc, "--chart-band-red");
    Element yellow = band(doc, "--chart-band-yellow");
    Element green = band(doc, "--chart-band-green");
    double perUnit = SvgDocument.number(red, "height") / 0.4;
    assertEquals(0.3 * perUnit, SvgDocument.number(yellow, "height"), 0.05);
    assertEquals(0.3 * perUnit, SvgDocument.number(green, "height"), 0.05);
    assertTrue(SvgDocument.number(green, "y") < SvgDocument.number(yellow, "y"));
    // "Cut churn" ends at 0.9: its last point lies inside the green band
    double[] last = doc.seriesLine("--chart-series-2").get(3);
    assertTrue(last[1] > SvgDocument.number(green, "y"));
    assertTrue(last[1] < SvgDocument.number(green, "y") + SvgDocument.number(green, "height"));
  }

  @Test
  void takesTheThresholdsAsParameters() {
    ConfidenceTrend c = Samples.confidence();
    ConfidenceTrend custom =
        new ConfidenceTrend(c.objective(), c.cycleStart(), c.cycleEnd(), c.keyResults(), 0.5, 0.8);
    SvgDocument doc = SvgDocument.parse(charts.confidence(custom).markup());
    double red = SvgDocument.number(band(doc, "--chart-band-red"), "height");
    double green = SvgDocument.number(band(doc, "--chart-band-green"), "height");
    assertEquals(0.5 / 0.2, red / green, 0.01);
    assertTrue(charts.confidence(custom).description().contains("below 0.5 is off track"));
  }

  @Test
  void tabulatesEveryVote() {
    Svg svg = charts.confidence(Samples.confidence());
    assertEquals(List.of("Key result", "Date", "Confidence"), svg.table().columns());
    assertEquals(12, svg.table().rows().size());
    assertEquals(List.of("Cut churn", "2025-01-08", "0.5"), svg.table().rows().get(4));
  }

  @Test
  void showsANoticeWithoutEnoughVotes() {
    ConfidenceTrend empty = new ConfidenceTrend("Objective", Samples.START, Samples.END, List.of());
    assertEquals(
        List.of("Not enough check-ins yet"),
        SvgDocument.parse(charts.confidence(empty).markup()).texts());
  }

  private static Element band(SvgDocument doc, String property) {
    List<Element> rects = doc.elements("rect", SvgDocument.fill(property));
    assertEquals(1, rects.size(), property);
    return rects.get(0);
  }
}
