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
import org.okrsite.model.Objective;
import org.okrsite.site.SitePaths;

/**
 * Seed 000's calibration: the self score ({@code self_score}) shown beside the agreed (recorded)
 * score with the gap, on the retrospective pages and the objective page, and the review's {@code
 * calibration-gap} insight for an owner whose self scores lean one way.
 */
class CalibrationTest {
  private static final String Q3_SCORES =
      """
      okr_score:
        quarter: "Q3 2026"
        team: "Growth"
        objective: "Turn the free trial into our main front door"
        objective_score: 0.6
        self_score: 0.85
        key_results:
          - id: "KR1"
            metric: "Trial signups"
            baseline: "300/month"
            target: "800/month"
            actual: "720/month"
            self_score: 0.9
            score: 0.6
          - id: "KR2"
            metric: "Trial-to-paid conversion"
            baseline: "5%"
            target: "10%"
            actual: "8%"
            self_score: 0.8
            score: 0.6
          - id: "KR3"
            metric: "Trials with a first project in a day"
            baseline: "18%"
            target: "45%"
            actual: "31%"
            score: 0.5
      """;

  private static final String Q4_OKR =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        id: growth-q4
        objective: "Make self-serve onboarding delightful"
        key_results:
          - id: KR1
            metric: "Self-serve conversion rate"
            baseline: "8%"
            target: "18%"
            current: "10%"
            confidence: 0.6
      """;

  private record Built(SiteBuilder.Result result, Path out, String q3Id) {
    String read(String path) throws Exception {
      return Files.readString(out.resolve(path));
    }
  }

  private static Built build(Path tmp, String q3, Map<String, String> more) throws Exception {
    Map<String, String> files = new java.util.TreeMap<>(more);
    files.put("scores/2026-q3/growth.yaml", q3);
    files.put("okrs/2026-q4/growth.yaml", Q4_OKR);
    Path src = TestSites.write(tmp.resolve("content"), files);
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertFalse(r.hasErrors(), TestSites.errors(r));
    String q3Id =
        r.model().objectives().stream()
            .filter(o -> "2026-q3".equals(o.cycleId()))
            .map(Objective::id)
            .findFirst()
            .orElseThrow();
    return new Built(r, tmp.resolve("public"), q3Id);
  }

  @Test
  void theRetroPagesShowTheSelfScoreBesideTheAgreedOneWithTheGap(@TempDir Path tmp)
      throws Exception {
    Built b = build(tmp, Q3_SCORES, Map.of());
    String retro = b.read(SitePaths.retro("2026-q3", "growth"));
    assertTrue(
        retro.contains(" · computed 0.57 · recorded 0.60 · self 0.85, agreed 0.60: −0.25</p>"),
        retro);
    String table = retro.substring(retro.indexOf("<thead>"), retro.indexOf("</tbody>"));
    assertEquals(
        """
        <thead><tr><th scope="col">KR</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Actual</th><th scope="col">Computed</th><th scope="col">Recorded</th><th scope="col">Self vs agreed</th><th scope="col">Final</th></tr></thead>
        <tbody>
        <tr><td>KR1 Trial signups</td><td>300/month</td><td>800/month</td><td>720/month</td><td>0.84</td><td>0.60</td><td>self 0.90, agreed 0.60: −0.30</td><td>0.60</td></tr>
        <tr><td>KR2 Trial-to-paid conversion</td><td>5%</td><td>10%</td><td>8%</td><td>0.60</td><td>0.60</td><td>self 0.80, agreed 0.60: −0.20</td><td>0.60</td></tr>
        <tr><td>KR3 Trials with a first project in a day</td><td>18%</td><td>45%</td><td>31%</td><td>0.48</td><td>0.50</td><td>–</td><td>0.50</td></tr>
        """,
        table);
    String index = b.read(SitePaths.retros("2026-q3"));
    assertTrue(
        index.contains(
            "<th scope=\"col\">Recorded</th><th scope=\"col\">Self vs agreed</th><th"
                + " scope=\"col\">Status</th>"),
        index);
    assertTrue(index.contains("<td>0.60</td><td>self 0.85, agreed 0.60: −0.25</td>"), index);
  }

  @Test
  void theObjectivePageShowsTheSelfScoreInItsScoreBlockAndOnEachKeyResult(@TempDir Path tmp)
      throws Exception {
    Built b = build(tmp, Q3_SCORES, Map.of());
    String html = b.read(SitePaths.objective("2026-q3", b.q3Id()));
    assertTrue(
        html.contains(
            """
            <dt>Score (recorded)</dt><dd>0.60</dd>
            <dt>Self score</dt><dd>self 0.85, agreed 0.60: −0.25</dd>
            <dt>Progress</dt>\
            """),
        html);
    assertTrue(
        html.contains(
            """
            <dt>Recorded score</dt><dd>0.60</dd>
            <dt>Self score</dt><dd>self 0.90, agreed 0.60: −0.30</dd>
            <dt>Final score</dt><dd>0.60</dd>\
            """),
        html);
    // KR3 has no self score: nothing is said
    int kr3 = html.indexOf("id=\"kr-kr3\"");
    String kr3Block = html.substring(kr3, html.indexOf("</article>", kr3));
    assertFalse(kr3Block.contains("Self score"), kr3Block);
    // an objective without self scores (Q4) has no line
    assertFalse(b.read(SitePaths.objective("2026-q4", "growth-q4")).contains("Self score"));
  }

  @Test
  void aTeamWhoseSelfScoresRunHighGetsACalibrationGapInsight(@TempDir Path tmp) throws Exception {
    Built b = build(tmp, Q3_SCORES, Map.of());
    String message =
        "Growth's self scores ran above the agreed scores in Q3 2026 by 0.25 on average over 2"
            + " key results (KR1 \"Trial signups\" self 0.9, agreed 0.6; KR2 \"Trial-to-paid"
            + " conversion\" self 0.8, agreed 0.6): self-assessment runs high; bring evidence to"
            + " the next scoring";
    String unit = b.read(SitePaths.unit("2026-q4", "growth"));
    assertTrue(
        unit.contains(
            "<li class=\"insight insight-calibration-gap\"><span class=\"badge\">Calibration"
                + " gap</span> "
                + message.replace("\"", "&quot;").replace("'", "&#39;")),
        unit);
    String json = b.read(SitePaths.OKRS_JSON);
    assertTrue(json.contains("\"kind\": \"calibration-gap\""), json);
  }

  @Test
  void belowTheThresholdOrMixedGapsSayNothing(@TempDir Path tmp) throws Exception {
    // mean gap 0.1 < 0.2
    String small =
        Q3_SCORES
            .replace("self_score: 0.9", "self_score: 0.7")
            .replace("self_score: 0.8", "self_score: 0.7");
    assertEquals(List.of(), calibrationInsights(build(tmp.resolve("a"), small, Map.of())));
    // one above, one below: calibration at work, not a habit
    String mixed =
        Q3_SCORES
            .replace("self_score: 0.9", "self_score: 1.0")
            .replace("self_score: 0.8", "self_score: 0.2");
    assertEquals(List.of(), calibrationInsights(build(tmp.resolve("b"), mixed, Map.of())));
    // the threshold is a review setting
    Built lower =
        build(
            tmp.resolve("c"),
            small,
            Map.of("site.yaml", "title: OKRs\nreview:\n  calibration_gap: 0.1\n"));
    assertEquals(1, calibrationInsights(lower).size());
    assertTrue(
        calibrationInsights(lower)
            .get(0)
            .startsWith(
                "\"message\": \"Growth's self scores ran above the agreed scores in Q3 2026 by"
                    + " 0.1 on average over 2 key results"),
        calibrationInsights(lower).toString());
  }

  /** The calibration-gap messages in okrs.json, as their JSON lines. */
  private static List<String> calibrationInsights(Built b) throws Exception {
    List<String> lines = Files.readAllLines(b.out().resolve(SitePaths.OKRS_JSON));
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size() - 1; i++)
      if (lines.get(i).contains("\"kind\": \"calibration-gap\"")) out.add(lines.get(i + 1).strip());
    return out.stream().distinct().toList();
  }
}
