package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;

/** Scoring through the whole pipeline: YAML in, scores out (contract §3). */
class ScorerTest {
  private static final String AS_OF = "2026-02-15";

  private static String okr(String team, String id, String krs) {
    return "okr:\n  quarter: Q1 2026\n  team: "
        + team
        + "\n"
        + (id == null ? "" : "  id: " + id + "\n")
        + "  objective: Objective of "
        + team
        + "\n  key_results:\n"
        + krs;
  }

  private static String kr(
      String id, String baseline, String target, String current, String extra) {
    return "    - id: "
        + id
        + "\n      metric: Metric "
        + id
        + "\n"
        + (baseline == null ? "" : "      baseline: \"" + baseline + "\"\n")
        + (target == null ? "" : "      target: \"" + target + "\"\n")
        + (current == null ? "" : "      current: \"" + current + "\"\n")
        + extra;
  }

  private SiteBuilder.Result run(Path tmp, Map<String, String> files) throws IOException {
    SiteBuilder.Result r = TestSites.check(TestSites.write(tmp, files), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    return r;
  }

  /** Each row: kind (or blank), baseline, target, current → progress, computed score. */
  @ParameterizedTest(name = "{0} {1} → {2} at {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "-          | 8%         | 18%          | 14%         | 0.6     | 0.6",
        "-          | 12/month   | 50/month     | 38/month    | 0.6842  | 0.68",
        "-          | 7 days     | < 2 days     | 3.2 days    | 0.76    | 0.76",
        "-          | 7 days     | <= 2 days    | 2 days      | 1.0     | 1.0",
        "-          | 7 days     | ≤ 2 days     | 1 day       | 1.2     | 1.0",
        "-          | $120K ARR  | $1M ARR      | $560K ARR   | 0.5     | 0.5",
        "-          | 0          | 15           | 3           | 0.2     | 0.2",
        "-          | 4.5        | > 4.8        | 4.2         | -1.0    | 0.0",
        "-          | 40%        | 20%          | 30%         | 0.5     | 0.5",
        "-          | 200        | 1,000        | 1,200       | 1.25    | 1.0",
        "-          | $2K        | $8K          | $5K         | 0.5     | 0.5",
        "stay_above | 99.95%     | >= 99.9%     | 99.92%      | 1.0     | 1.0",
        "stay_above | 99.95%     | >= 99.9%     | 99.5%       | 0.0     | 0.0",
        "stay_below | 1%         | < 2%         | 1.5%        | 1.0     | 1.0",
        "stay_below | 1%         | < 2%         | 2.5%        | 0.5     | 0.5",
        "stay_below | 1%         | < 2%         | 2%          | 0.99    | 0.99",
        "stay_above | 99.95%     | >= 99.9%     | 99.88%      | 0.6     | 0.6",
        "stay_above | 99.9%      | >= 99.9%     | 99.86%      | 0.6     | 0.6",
        "stay_above | -          | >= 4.5       | 4.05        | 0.0     | 0.0",
        "stay_above | -          | >= 4.5       | 4.2         | 0.3333  | 0.33",
        "milestone  | -          | -            | done        | 1.0     | 1.0",
        "milestone  | -          | -            | not done    | 0.0     | 0.0",
        "baseline   | -          | -            | 42          | 1.0     | 1.0",
        "decrease   | 480 ms     | 200 ms       | 620 ms      | -0.5    | 0.0",
        "increase   | 10         | 20           | 10          | 0.0     | 0.0"
      })
  void keyResultScores(
      String kind,
      String baseline,
      String target,
      String current,
      double progress,
      double computed,
      @TempDir Path tmp)
      throws IOException {
    String extra = kind == null ? "" : "      kind: " + kind + "\n";
    SiteBuilder.Result r =
        run(
            tmp,
            Map.of("okr.yaml", okr("Growth", "g", kr("KR1", baseline, target, current, extra))));
    KrScore s = r.scores().kr("g", "KR1").orElseThrow();
    assertEquals(progress, s.progress(), 1e-4);
    assertEquals(computed, s.computedScore());
    assertEquals(computed, s.finalScore());
  }

  @Test
  void recordedScoreIsFinalAndObjectiveScoreIsTheWeightedMean(@TempDir Path tmp)
      throws IOException {
    String krs =
        kr("KR1", "0", "10", "10", "      weight: 3\n")
            + kr("KR2", "0", "10", "2", "      score: 0.4\n");
    SiteBuilder.Result r = run(tmp, Map.of("okr.yaml", okr("Growth", "g", krs)));
    KrScore kr2 = r.scores().kr("g", "KR2").orElseThrow();
    assertEquals(0.2, kr2.computedScore());
    assertEquals(0.4, kr2.recordedScore());
    assertEquals(0.4, kr2.finalScore());
    assertEquals(0.85, r.scores().of("g").score()); // (1.0 × 3 + 0.4 × 1) / 4
  }

  @Test
  void rollUpAveragesOwnKeyResultsAndChildObjectives(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("site.yaml", "scoring:\n  rollup: true\n");
    files.put(
        "company.yaml",
        okr("Acme", "top", kr("KR1", "0", "10", "4", "")).replace("team: Acme", "company: Acme"));
    files.put(
        "a.yaml",
        okr("Growth", "a", kr("KR1", "0", "10", "10", ""))
            .replace("  objective:", "  parent: top\n  objective:"));
    files.put(
        "b.yaml",
        okr("Platform", "b", kr("KR1", "0", "10", "7", ""))
            .replace("  objective:", "  parent: top\n  objective:"));
    SiteBuilder.Result r = run(tmp, files);
    assertEquals(0.7, r.scores().of("top").score()); // mean(0.4, 1.0, 0.7)
    assertEquals(1.0, r.scores().of("a").score());
  }

  @Test
  void withoutRollUpTheParentKeepsItsOwnScore(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "company.yaml",
        okr("Acme", "top", kr("KR1", "0", "10", "4", "")).replace("team: Acme", "company: Acme"));
    files.put(
        "a.yaml",
        okr("Growth", "a", kr("KR1", "0", "10", "10", ""))
            .replace("  objective:", "  parent: top\n  objective:"));
    assertEquals(0.4, run(tmp, files).scores().of("top").score());
  }

  private static String checkin(String date, String current, double confidence) {
    return "checkin:\n  date: "
        + date
        + "\n  team: Growth\n  goal_confidence: "
        + confidence
        + "\n  key_results:\n    - id: KR1\n      current: \""
        + current
        + "\"\n      confidence: "
        + confidence
        + "\n";
  }

  @Test
  void checkInsDriveCurrentConfidenceStatusDropsAndForecast(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "okr.yaml", okr("Growth", "g", kr("KR1", "8%", "18%", null, "      confidence: 0.8\n")));
    files.put("c1.yaml", checkin("2026-01-16", "9%", 0.8));
    files.put("c2.yaml", checkin("2026-01-30", "10%", 0.7));
    files.put("c3.yaml", checkin("2026-02-13", "11%", 0.45));
    files.put("c4.yaml", checkin("2026-02-27", "17%", 0.9)); // after the as-of date: not seen
    SiteBuilder.Result r = run(tmp, files);
    KrScore s = r.scores().kr("g", "KR1").orElseThrow();
    assertEquals("11%", s.currentText());
    assertEquals(0.3, s.progress(), 1e-9);
    assertEquals(0.45, s.confidence());
    assertEquals(0.7, s.previousConfidence());
    assertTrue(s.confidenceDrop(), "0.7 → 0.45 is a drop of more than 0.2");
    assertEquals(Status.YELLOW, s.status());
    assertEquals(3, s.history().size());
    assertEquals(0.51, s.expectedProgress()); // 46 of 90 days of Q1 2026
    assertEquals(Pace.BEHIND, s.pace());
    // least squares through days (16, 0.1), (30, 0.2), (44, 0.3): y = 0.1/14 × day − 0.0143; at day
    // 90
    assertEquals(0.6286, s.forecast(), 1e-4);
  }

  @Test
  void aDropOfExactlyTheThresholdIsNotFlagged(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("okr.yaml", okr("Growth", "g", kr("KR1", "8%", "18%", null, "")));
    files.put("c1.yaml", checkin("2026-01-30", "9%", 0.6));
    files.put("c2.yaml", checkin("2026-02-13", "10%", 0.4));
    KrScore s = run(tmp, files).scores().kr("g", "KR1").orElseThrow();
    assertFalse(s.confidenceDrop());
    // 8% → 18% at 10% is 20% of the way at 51% of the quarter: far behind, whatever the confidence
    assertEquals(Status.RED, s.status());
    assertEquals("far behind pace: 20% of the way at 51% of the cycle", s.statusReason());
  }

  @Test
  void silenceIsNeverGreen(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("okr.yaml", okr("Growth", "g", kr("KR1", "8%", "18%", null, "")));
    files.put("c1.yaml", checkin("2026-01-30", "12%", 0.9)); // 16 days before 2026-02-15
    SiteBuilder.Result r = run(tmp, files);
    assertEquals(Status.STALE, r.scores().of("g").status());
    assertTrue(r.scores().of("g").stale());
    assertEquals(Status.STALE, r.scores().kr("g", "KR1").orElseThrow().status());
  }

  @Test
  void statusBandsComeFromSiteSettings(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("site.yaml", "scoring:\n  green: 0.8\n  yellow: 0.5\n");
    files.put("okr.yaml", okr("Growth", "g", kr("KR1", "8%", "18%", null, "")));
    files.put("c1.yaml", checkin("2026-02-13", "12%", 0.75));
    assertEquals(Status.YELLOW, run(tmp, files).scores().kr("g", "KR1").orElseThrow().status());
  }

  @Test
  void unmeasurableKeyResultHasNoScoreAndIsLeftOutOfTheMean(@TempDir Path tmp) throws IOException {
    String krs = kr("KR1", null, null, null, "") + kr("KR2", "0", "10", "5", "");
    SiteBuilder.Result r = run(tmp, Map.of("okr.yaml", okr("Growth", "g", krs)));
    assertNull(r.scores().kr("g", "KR1").orElseThrow().finalScore());
    assertEquals(0.5, r.scores().of("g").score());
  }
}
