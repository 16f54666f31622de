package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.score.KrScore;

/**
 * The charts of issue 4 on the example site (as of 2026-11-23): each where it belongs, each with
 * its data table, and none with a {@code style} attribute the site's CSP would block.
 */
class ChartPagesTest {
  @TempDir static Path out;
  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.build(BuiltSite.EXAMPLE, out.resolve("public"));
  }

  /** The {@code <figure class="chart">} elements of a page holding a chart of {@code kind}. */
  static List<String> figures(String html, String kind) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)<figure class=\"chart\">.*?</figure>").matcher(html);
    while (m.find()) if (m.group().contains("okr-chart-" + kind + "\"")) found.add(m.group());
    return found;
  }

  @Test
  void objectivePageShowsEachKrTrendWithItsCheckInRows() throws Exception {
    String html = site.read("cycles/2026-q4/objectives/growth-onboarding.html");
    List<String> trends = figures(html, "kr-trend");
    assertFalse(trends.isEmpty(), "no KR trend chart");
    String kr1 =
        trends.stream()
            .filter(f -> f.contains("<caption>Check-ins of KR1 "))
            .findFirst()
            .orElseThrow();
    assertTrue(
        kr1.matches("(?s).*<svg[^>]*>\\s*<title id=\"[^\"]+\">KR1 [^<]+</title>\\s*<desc .*"),
        "svg with title");
    assertTrue(
        kr1.contains("<details class=\"chart-data\">") && kr1.contains("<table"),
        "data table in a disclosure");
    KrScore s = site.result.scores().kr("growth-onboarding", "KR1").orElseThrow();
    int rows = 0;
    for (KrScore.Point p : s.history()) {
      if (p.value() == null) continue;
      rows++;
      assertTrue(
          kr1.contains("<tr><td>" + p.date() + "</td>"), "row for the check-in of " + p.date());
    }
    assertTrue(rows >= 2, "KR1 has check-ins");
    assertEquals(rows, count(kr1, "<tr><td>"));
    assertEquals(1, figures(html, "confidence").size(), "confidence over time");
  }

  @Test
  void homeAndCyclePagesShowTheBurnUp() throws Exception {
    assertEquals(1, figures(site.read("index.html"), "burn-up").size());
    assertEquals(1, figures(site.read("cycles/2026-q4/index.html"), "burn-up").size());
    assertEquals(1, figures(site.read("cycles/2026-q4/index.html"), "unit-scores").size());
  }

  @Test
  void pastCyclePageAndRetrosShowTheScoreDistribution() throws Exception {
    for (String page : List.of("cycles/2026-q3/index.html", "cycles/2026-q3/retros/index.html")) {
      List<String> f = figures(site.read(page), "score-distribution");
      assertEquals(1, f.size(), page);
      assertTrue(f.get(0).contains("<th scope=\"col\">Score</th>"), page);
    }
    assertEquals(
        List.of(),
        figures(site.read("cycles/2026-q4/index.html"), "score-distribution"),
        "the running cycle has none");
  }

  @Test
  void kpiPageShowsOneTrendPerNumericKpi() throws Exception {
    List<KpiDashboard> snaps =
        site.result.model().kpiDashboards().stream()
            .filter(d -> d.date() != null && !d.date().isAfter(BuiltSite.AS_OF))
            .sorted(java.util.Comparator.comparing(KpiDashboard::date))
            .toList();
    KpiDashboard latest = snaps.get(snaps.size() - 1);
    long numeric =
        latest.kpis().stream()
            .map(Kpi::name)
            .filter(
                n ->
                    snaps.stream()
                        .anyMatch(
                            d ->
                                d.kpis().stream()
                                    .anyMatch(
                                        k -> k.name().equalsIgnoreCase(n) && k.current() != null)))
            .count();
    List<String> f = figures(site.read("kpis/index.html"), "kpi-trend");
    assertTrue(numeric > 3, "the example has KPIs with numbers");
    assertEquals(numeric, f.size());
  }

  @Test
  void unitPagesShowObjectiveScoresByUnit() throws Exception {
    assertEquals(
        1,
        figures(site.read("cycles/2026-q4/units/product-engineering.html"), "unit-scores").size());
    assertEquals(1, figures(site.read("cycles/2026-q4/units/growth.html"), "unit-scores").size());
  }

  @Test
  void noPageHasAStyleAttributeOrElement() throws Exception {
    Pattern style = Pattern.compile("(?i)<[^>]*\\sstyle\\s*=|<style");
    List<String> bad = new ArrayList<>();
    for (String page : site.pages()) if (style.matcher(site.read(page)).find()) bad.add(page);
    assertEquals(List.of(), bad);
  }

  @Test
  void everyChartColourClassIsDefinedInChartsCss() throws Exception {
    String css = site.read("assets/charts.css");
    Set<String> used = new TreeSet<>();
    Pattern cls = Pattern.compile("\\b(c[fs]-[a-z0-9-]+)\\b");
    for (String page : site.pages()) {
      Matcher m = Pattern.compile("class=\"([^\"]*)\"").matcher(site.read(page));
      while (m.find()) {
        Matcher c = cls.matcher(m.group(1));
        while (c.find()) used.add(c.group(1));
      }
    }
    assertTrue(
        used.contains("cf-series-1") && used.contains("cs-target"),
        "charts use colour classes: " + used);
    List<String> missing = used.stream().filter(c -> !css.contains("." + c + " {")).toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void chartsCssDefinesEveryChartColourProperty() throws Exception {
    String css = site.read("assets/charts.css");
    // the theme source defines every ChartColor property (ChartColorsCssTest); the site must carry
    // them all
    String reference =
        Files.readString(Path.of("themes/default/assets/charts.css"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(--chart-[a-z0-9-]+):").matcher(reference);
    while (m.find()) assertTrue(css.contains(m.group(1) + ":"), m.group(1));
    assertTrue(
        Files.readString(site.root.resolve("index.html")).contains("assets/charts.css"),
        "linked from every page");
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
