package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Names come from untrusted content: they must stay text in the SVG, and raw in the table. */
class EscapingTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ATTRIBUTE = "\" onload=\"x";
  private static final String AMPERSAND = "R&D 'core'";

  private final ChartRenderer charts = new ChartRenderer();

  @Test
  void unitNamesStayTextInBarsAndTable() {
    UnitScores scores =
        new UnitScores(
            SCRIPT,
            List.of(
                new UnitScores.UnitScore(SCRIPT, 0.5),
                new UnitScores.UnitScore(ATTRIBUTE, 0.6),
                new UnitScores.UnitScore(AMPERSAND, 0.7)));
    Svg svg = charts.unitScores(scores);
    assertSafe(svg.markup());
    SvgDocument doc = SvgDocument.parse(svg.markup());
    assertTrue(
        doc.texts().containsAll(List.of(SCRIPT, ATTRIBUTE, AMPERSAND)), doc.texts().toString());
    assertEquals(SCRIPT, svg.title());
    assertEquals(List.of(SCRIPT, "0.5"), svg.table().rows().get(0), "the table holds plain text");
    assertEquals(ATTRIBUTE, svg.table().rows().get(1).get(0));
  }

  @Test
  void keyResultNamesAndUnitsStayTextInTitleLegendAndAxis() {
    KrTrend trend =
        new KrTrend(
            SCRIPT,
            ATTRIBUTE,
            Samples.START,
            Samples.END,
            1,
            2,
            Samples.values(1.1, 1.3),
            OptionalDouble.empty());
    String markup = charts.krTrend(trend).markup();
    assertSafe(markup);
    SvgDocument doc = SvgDocument.parse(markup);
    assertEquals(SCRIPT + ": trend", doc.elements("title").get(0).getTextContent());
    assertTrue(doc.texts().contains("Value (" + ATTRIBUTE + ")"), doc.texts().toString());

    ConfidenceTrend confidence =
        new ConfidenceTrend(
            AMPERSAND,
            Samples.START,
            Samples.END,
            List.of(new ConfidenceTrend.KrConfidence(SCRIPT, Samples.values(0.5, 0.6))));
    String legend = charts.confidence(confidence).markup();
    assertSafe(legend);
    assertTrue(SvgDocument.parse(legend).texts().contains(SCRIPT));
  }

  @Test
  void placeholdersEscapeToo() {
    String markup =
        charts
            .burnUp(new BurnUp(SCRIPT + ATTRIBUTE, Samples.START, Samples.END, List.of()))
            .markup();
    assertSafe(markup);
    assertEquals(
        SCRIPT + ATTRIBUTE, SvgDocument.parse(markup).elements("title").get(0).getTextContent());
  }

  @Test
  void controlCharactersCannotBreakTheXml() {
    Svg svg =
        charts.unitScores(
            new UnitScores("a\u0000b\u001bc", List.of(new UnitScores.UnitScore("x\uD800y", 0.5))));
    SvgDocument.parse(svg.markup());
  }

  private static void assertSafe(String markup) {
    assertFalse(markup.contains("<script"), markup);
    assertFalse(markup.contains("\" onload"), markup);
    assertFalse(markup.contains("R&D"), "bare ampersand");
    SvgDocument doc = SvgDocument.parse(markup);
    assertTrue(doc.elements("script").isEmpty());
    for (Element e : doc.allElements()) {
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        Node a = e.getAttributes().item(i);
        assertFalse(a.getNodeName().startsWith("on"), "event handler attribute " + a);
      }
    }
  }
}
