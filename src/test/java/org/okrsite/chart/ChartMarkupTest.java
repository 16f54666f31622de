package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What every chart kind promises: inline-ready, accessible, themed, small and deterministic. */
class ChartMarkupTest {

  static Stream<Arguments> charts() {
    return Stream.of(
        chart("kr-trend", r -> r.krTrend(Samples.krTrend())),
        chart("kr-trend-decreasing", r -> r.krTrend(Samples.decreasingKr())),
        chart("confidence", r -> r.confidence(Samples.confidence())),
        chart("unit-scores", r -> r.unitScores(Samples.unitScores())),
        chart("score-distribution", r -> r.scoreDistribution(Samples.scoreDistribution())),
        chart("kpi-trend", r -> r.kpiTrend(Samples.kpiTrend())),
        chart("burn-up", r -> r.burnUp(Samples.burnUp())));
  }

  private static Arguments chart(String name, Function<ChartRenderer, Svg> render) {
    return Arguments.of(name, render);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void startsWithTitleAndDescriptionAndScales(String name, Function<ChartRenderer, Svg> render) {
    Svg svg = render.apply(new ChartRenderer());
    assertTrue(svg.markup().startsWith("<svg "), "no prolog, no DOCTYPE");
    SvgDocument doc = SvgDocument.parse(svg.markup());
    Element root = doc.root;
    assertEquals("svg", root.getLocalName());
    assertEquals(SvgMarkup.SVG_NS, root.getNamespaceURI());
    assertEquals("img", root.getAttribute("role"));
    assertEquals("100%", root.getAttribute("width"));
    assertTrue(root.getAttribute("viewBox").matches("0 0 640 \\d+"), root.getAttribute("viewBox"));
    Element title = (Element) firstElement(root);
    Element desc = (Element) nextElement(title);
    assertEquals("title", title.getLocalName());
    assertEquals("desc", desc.getLocalName());
    assertEquals(svg.title(), title.getTextContent());
    assertEquals(svg.description(), desc.getTextContent());
    assertEquals(
        title.getAttribute("id") + " " + desc.getAttribute("id"),
        root.getAttribute("aria-labelledby"));
    assertFalse(svg.table().rows().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void everyColourIsAThemeClass(String name, Function<ChartRenderer, Svg> render) {
    String markup = render.apply(new ChartRenderer()).markup();
    assertFalse(markup.contains("rgb("), "sentinel or stray colour left");
    assertFalse(Pattern.compile("(?<!url\\()#[0-9a-fA-F]{3}").matcher(markup).find(), "hex colour");
    assertFalse(markup.contains("style="), "a style attribute breaks the site's CSP");
    Pattern themeClass =
        Pattern.compile(
            "c[fs]-("
                + java.util.Arrays.stream(ChartColor.values())
                    .map(ChartColor::role)
                    .collect(java.util.stream.Collectors.joining("|"))
                + ")");
    SvgDocument doc = SvgDocument.parse(markup);
    int themed = 0;
    for (Element e : doc.allElements()) {
      for (String attribute : List.of("fill", "stroke", "color")) {
        String v = e.getAttribute(attribute);
        assertTrue(
            v.isEmpty() || v.equals("none"), attribute + "=" + v + " on " + e.getLocalName());
      }
      for (String c : e.getAttribute("class").split(" ")) {
        if (c.startsWith("cf-") || c.startsWith("cs-")) {
          assertTrue(themeClass.matcher(c).matches(), c + " is no theme class");
          themed++;
        }
      }
    }
    assertTrue(themed > 0, "nothing themed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void sameDataGivesTheSameBytesInAnyLocaleAndTimeZone(
      String name, Function<ChartRenderer, Svg> render) {
    String first = render.apply(new ChartRenderer()).markup();
    assertEquals(first, render.apply(new ChartRenderer()).markup());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(first, render.apply(new ChartRenderer()).markup());
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertEquals(first, render.apply(new ChartRenderer()).markup());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void isSmallAndCommentFree(String name, Function<ChartRenderer, Svg> render) {
    String markup = render.apply(new ChartRenderer()).markup();
    assertTrue(markup.length() < 20_000, markup.length() + " characters");
    assertFalse(markup.contains("<!--"));
    assertFalse(markup.contains("\n"));
    assertFalse(markup.contains("genericDefs"));
  }

  @Test
  void idsStartWithAPrefixFromTheData() {
    String a = new ChartRenderer().krTrend(Samples.krTrend()).markup();
    String b = new ChartRenderer().krTrend(Samples.decreasingKr()).markup();
    List<String> idsA = ids(a);
    List<String> idsB = ids(b);
    assertFalse(idsA.isEmpty());
    String prefix = idsA.get(0).substring(0, idsA.get(0).indexOf("-title"));
    assertTrue(idsA.stream().allMatch(id -> id.startsWith(prefix + "-")), idsA.toString());
    assertTrue(idsB.stream().noneMatch(idsA::contains), "two charts on one page share no id");
  }

  @Test
  void drawsWithoutADisplay() {
    new ChartRenderer().krTrend(Samples.krTrend());
    assertEquals("true", System.getProperty("java.awt.headless"));
  }

  private static List<String> ids(String markup) {
    return SvgDocument.parse(markup).allElements().stream()
        .map(e -> e.getAttribute("id"))
        .filter(id -> !id.isEmpty())
        .toList();
  }

  private static Node firstElement(Node parent) {
    Node n = parent.getFirstChild();
    while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
      n = n.getNextSibling();
    }
    return n;
  }

  private static Node nextElement(Node node) {
    Node n = node.getNextSibling();
    while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
      n = n.getNextSibling();
    }
    return n;
  }
}
