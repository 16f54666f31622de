package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.site.SitePaths;

/**
 * A key result's leading indicator (seed 001): named on the key result, read weekly from check-ins
 * ({@code leading:}), shown on cards and the objective page with its own chart, and in okrs.json.
 */
class LeadingIndicatorTest {
  private static final String OKR =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        id: growth-o
        objective: "Make self-serve onboarding delightful"
        key_results:
          - id: KR1
            metric: "Self-serve conversion rate"
            baseline: "8%"
            target: "18%"
            leading_indicator: "Pricing page → checkout click-through"
          - id: KR2
            metric: "Organic referral signups"
            baseline: "12/month"
            target: "50/month"
      """;

  private static String checkIn(String date, String current, String leading) {
    return """
    checkin:
      date: %s
      team: Growth
      author: Sarah
      key_results:
        - id: KR1
          current: "%s"
          confidence: 0.6
          leading: %s
    """
        .formatted(date, current, leading);
  }

  /** The diagnostics in check-in files (the OKR itself has lint warnings of its own). */
  private static List<String> checkInLines(SiteBuilder.Result r) {
    return r.diagnostics().stream()
        .map(Diagnostic::line)
        .filter(l -> l.startsWith("checkins/"))
        .toList();
  }

  private static Path site(Path tmp, Map<String, String> more) throws Exception {
    Map<String, String> files = new java.util.TreeMap<>(more);
    files.put("okrs/growth.yaml", OKR);
    return TestSites.write(tmp.resolve("content"), files);
  }

  @Test
  void readingsShowOnTheObjectivePageWithTheirChartAndInOkrsJson(@TempDir Path tmp)
      throws Exception {
    Path src =
        site(
            tmp,
            Map.of(
                "checkins/2026-10-09.yaml", checkIn("2026-10-09", "9%", "\"31%\""),
                "checkins/2026-10-16.yaml", checkIn("2026-10-16", "10%", "\"35%\""),
                "checkins/2026-10-23.yaml", checkIn("2026-10-23", "11%", "\"42%\"")));
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertFalse(r.hasErrors(), TestSites.errors(r));
    assertEquals(List.of(), checkInLines(r));
    Path out = tmp.resolve("public");
    String html = Files.readString(out.resolve(SitePaths.objective("2026-q4", "growth-o")));

    assertTrue(
        html.contains(
            "<dt>Leading indicator</dt><dd>Pricing page → checkout click-through · latest 42%"
                + " (<time datetime=\"2026-10-23\" title=\"Time zone: UTC\">23 Oct 2026</time>)"
                + "</dd>"),
        html);
    // the key result's own trend first, then the leading indicator's, each with its data table
    int krChart = html.indexOf("<caption>Check-ins of KR1 Self-serve conversion rate</caption>");
    int leadingChart =
        html.indexOf(
            "<caption>Leading-indicator readings of KR1 Self-serve conversion rate</caption>");
    assertTrue(krChart > 0 && leadingChart > krChart, html);
    String table = html.substring(leadingChart, html.indexOf("</table>", leadingChart));
    assertEquals(
        """
        <caption>Leading-indicator readings of KR1 Self-serve conversion rate</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Reading (%)</th></tr></thead>
        <tbody>
        <tr><td>2026-10-09</td><td>31</td></tr>
        <tr><td>2026-10-16</td><td>35</td></tr>
        <tr><td>2026-10-23</td><td>42</td></tr>
        </tbody>
        """,
        table);
    assertTrue(
        html.contains("<title id=\"okc-")
            && html.contains(
                "KR1 Self-serve conversion rate: leading indicator, Pricing page → checkout"
                    + " click-through</title>"),
        "the chart's title names the indicator");
    assertTrue(
        html.contains(
            "3 readings from 2026-10-01 to 2026-12-31; first 31 % on 2026-10-09, latest 42 % on"
                + " 2026-10-23.</desc>"),
        html);
    assertTrue(html.contains("<li>KR1: 11% (confidence 0.60) · leading indicator 42%</li>"), html);
    // KR2 names no leading indicator and has no readings: nothing said
    int kr2 = html.indexOf("id=\"kr-kr2\"");
    assertFalse(html.substring(kr2).contains("Leading indicator"), "KR2 has none");

    // cards (the unit page) say it in one line
    String unit = Files.readString(out.resolve(SitePaths.unit("2026-q4", "growth")));
    assertTrue(
        unit.contains(
            "<p class=\"kr-leading\">Leading indicator: Pricing page → checkout click-through ·"
                + " latest 42% (<time datetime=\"2026-10-23\" title=\"Time zone: UTC\">23 Oct"
                + " 2026</time>)</p>"),
        unit);

    String json = Files.readString(out.resolve(SitePaths.OKRS_JSON));
    assertTrue(
        json.contains(
            """
                      "last_update": "2026-10-23",
                      "leading_indicator": "Pricing page → checkout click-through",
                      "leading_reading": {
                        "value": 42,
                        "unit": "%",
                        "text": "42%",
                        "date": "2026-10-23"
                      }
                    },
            """),
        json);
    assertTrue(
        json.contains(
            """
                      "leading_indicator": null,
                      "leading_reading": null
            """),
        json);
  }

  @Test
  void aReadingWithoutANumberIsAnErrorAtItsValue(@TempDir Path tmp) throws Exception {
    Path src =
        site(
            tmp,
            Map.of(
                "checkins/2026-10-09.yaml",
                checkIn("2026-10-09", "9%", "\"lots\""),
                "checkins/2026-10-16.yaml",
                checkIn("2026-10-16", "10%", "[1, 2]")));
    SiteBuilder.Result r = TestSites.check(src, "2026-11-23");
    assertEquals(
        List.of(
            "checkins/2026-10-09.yaml:9:16: error: leading-indicator reading 'lots' has no number"
                + " okrsite can read [bad-quantity]",
            "checkins/2026-10-16.yaml:9:16: error: 'leading' in key result update must be text,"
                + " not a list [wrong-type]"),
        checkInLines(r));
    assertEquals(
        "write the reading as a number, with its unit if it has one: leading: 42 or leading:"
            + " \"61%\"",
        r.diagnostics().stream()
            .filter(d -> d.ruleId().equals("bad-quantity"))
            .findFirst()
            .orElseThrow()
            .hint());
  }

  @Test
  void aReadingForAKeyResultWithoutAnIndicatorIsAWarningAtItsValue(@TempDir Path tmp)
      throws Exception {
    String ci =
        """
        checkin:
          date: 2026-10-09
          team: Growth
          key_results:
            - id: KR2
              current: "14/month"
              leading: 12
        """;
    Path src = site(tmp, Map.of("checkins/2026-10-09.yaml", ci));
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertEquals(
        List.of(
            "checkins/2026-10-09.yaml:7:16: warning: leading-indicator reading '12' for KR2,"
                + " which names no leading indicator [leading-unnamed]"),
        checkInLines(r));
    String html =
        Files.readString(tmp.resolve("public").resolve(SitePaths.objective("2026-q4", "growth-o")));
    assertTrue(
        html.contains(
            "<dt>Leading indicator</dt><dd>unnamed · latest 12 (<time datetime=\"2026-10-09\""
                + " title=\"Time zone: UTC\">9 Oct 2026</time>)</dd>"),
        html);
    assertTrue(
        html.contains(
            "<caption>Leading-indicator readings of KR2 Organic referral signups</caption>"),
        "one reading still gets its chart (a placeholder) and table");
  }

  @Test
  void aReadingInAnotherUnitIsAWarningAndLeftOutOfTheChart(@TempDir Path tmp) throws Exception {
    Path src =
        site(
            tmp,
            Map.of(
                "checkins/2026-10-09.yaml", checkIn("2026-10-09", "9%", "\"31%\""),
                "checkins/2026-10-16.yaml", checkIn("2026-10-16", "10%", "\"42 ms\""),
                "checkins/2026-10-23.yaml", checkIn("2026-10-23", "11%", "40")));
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertEquals(
        List.of(
            "checkins/2026-10-16.yaml:9:16: warning: leading-indicator reading '42 ms' of KR1 is in"
                + " 'ms' but its first reading (checkins/2026-10-09.yaml:9:16) is in '%'; the chart"
                + " leaves it out [leading-unit-mismatch]"),
        checkInLines(r));
    String html =
        Files.readString(tmp.resolve("public").resolve(SitePaths.objective("2026-q4", "growth-o")));
    int at =
        html.indexOf(
            "<caption>Leading-indicator readings of KR1 Self-serve conversion rate</caption>");
    assertEquals(
        """
        <caption>Leading-indicator readings of KR1 Self-serve conversion rate</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Reading (%)</th></tr></thead>
        <tbody>
        <tr><td>2026-10-09</td><td>31</td></tr>
        <tr><td>2026-10-23</td><td>40</td></tr>
        </tbody>
        """,
        html.substring(at, html.indexOf("</table>", at)));
  }
}
