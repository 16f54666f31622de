package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UnitScoresChartTest {

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void drawsOneBarPerUnitTopToBottomWithLengthsProportionalToScores() {
    SvgDocument doc = SvgDocument.parse(charts.unitScores(Samples.unitScores()).markup());
    List<Element> bars =
        doc.elements("rect", SvgDocument.fill("--chart-series-1")).stream()
            .sorted(Comparator.comparingDouble(e -> SvgDocument.number(e, "y")))
            .toList();
    assertEquals(4, bars.size());
    double[] scores = {0.7, 0.45, 0.9, 0.2};
    double perUnit = SvgDocument.number(bars.get(0), "width") / scores[0];
    for (int i = 0; i < scores.length; i++) {
      assertEquals(scores[i] * perUnit, SvgDocument.number(bars.get(i), "width"), 0.05);
    }
    List<String> labels = doc.texts();
    assertTrue(labels.indexOf("Engineering") < labels.indexOf("Sales"));
    assertTrue(labels.indexOf("Sales") < labels.indexOf("Support"));
    assertTrue(labels.indexOf("Support") < labels.indexOf("Marketing"));
  }

  @Test
  void keepsUnitsThatShareAName() {
    UnitScores scores =
        new UnitScores(
            "",
            List.of(new UnitScores.UnitScore("Ops", 0.5), new UnitScores.UnitScore("Ops", 0.6)));
    Svg svg = charts.unitScores(scores);
    assertEquals(
        2,
        SvgDocument.parse(svg.markup())
            .elements("rect", SvgDocument.fill("--chart-series-1"))
            .size());
    assertEquals(List.of(List.of("Ops", "0.5"), List.of("Ops (2)", "0.6")), svg.table().rows());
  }

  @Test
  void growsTallerWithMoreUnits() {
    List<UnitScores.UnitScore> many = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(new UnitScores.UnitScore("Team " + i, i / 20.0));
    }
    SvgDocument doc = SvgDocument.parse(charts.unitScores(new UnitScores("", many)).markup());
    assertEquals("0 0 640 630", doc.root.getAttribute("viewBox"));
  }

  @Test
  void saysNoDataYetWithoutUnits() {
    Svg svg = charts.unitScores(new UnitScores("Scores", List.of()));
    assertEquals(List.of("No data yet"), SvgDocument.parse(svg.markup()).texts());
  }
}
