package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;

/**
 * Key-result kinds read as their authors mean them (issue "Status that tells the truth"): relative
 * targets from the baseline, a target equal to its baseline, and every key result that cannot be
 * scored saying so, at its line.
 */
class KeyResultKindsTest {
  private static final String AS_OF = "2026-02-15";

  private static String okr(String krs) {
    return "okr:\n  quarter: Q1 2026\n  team: Growth\n  id: g\n  objective: Grow\n  key_results:\n"
        + krs;
  }

  private static SiteBuilder.Result check(Path tmp, String krs) throws IOException {
    SiteBuilder.Result r =
        TestSites.check(TestSites.write(tmp, Map.of("okr.yaml", okr(krs))), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    return r;
  }

  private static List<String> lines(SiteBuilder.Result r, String rule) {
    return r.diagnostics().stream()
        .filter(d -> d.rule().map(x -> x.id().equals(rule)).orElse(false))
        .map(Diagnostic::line)
        .toList();
  }

  /** Each row: baseline, target, current → kind, target value, target text, computed score. */
  @ParameterizedTest(name = "{0} with target {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "400/month | -30%       | 340/month | decrease | 280    | 280/month (-30%)    | 0.5",
        "400/month | 30% fewer  | 340/month | decrease | 280    | 280/month (30% fewer) | 0.5",
        "1,200     | +25%       | 1,350     | increase | 1500   | 1,500 (+25%)        | 0.5",
        "1,200     | 2x         | 1,800     | increase | 2400   | 2,400 (2x)          | 0.5",
        "500       | double     | 750       | increase | 1000   | 1,000 (double)      | 0.5",
        "$40K      | ×3         | $80K      | increase | 120000 | $120,000 (×3)       | 0.5",
        "8 days    | halve      | 6 days    | decrease | 4      | 4 days (halve)      | 0.5"
      })
  void aRelativeTargetIsReadFromTheBaseline(
      String baseline,
      String target,
      String current,
      String kind,
      double targetValue,
      String targetText,
      double score,
      @TempDir Path tmp)
      throws IOException {
    SiteBuilder.Result r =
        check(
            tmp,
            "    - id: KR1\n      metric: Things\n      owner: Ana\n      baseline: \""
                + baseline
                + "\"\n      target: \""
                + target
                + "\"\n      current: \""
                + current
                + "\"\n");
    KeyResult kr = r.model().objective("g").orElseThrow().keyResults().get(0);
    assertEquals(KrKind.fromYaml(kind).orElseThrow(), kr.kind());
    assertEquals(targetValue, kr.target().value(), 1e-9);
    assertEquals(targetText, kr.target().text());
    assertEquals(score, r.scores().kr("g", "KR1").orElseThrow().computedScore());
    assertEquals(List.of(), lines(r, "kr-relative-target"));
  }

  @Test
  void aRelativeMetricWithABaselineGetsItsTarget(@TempDir Path tmp) throws IOException {
    SiteBuilder.Result r =
        check(
            tmp,
            "    - id: KR1\n"
                + "      metric: Reduce new-customer support tickets by 30%\n"
                + "      owner: Ana\n"
                + "      baseline: \"400/month\"\n"
                + "      current: \"340/month\"\n");
    KeyResult kr = r.model().objective("g").orElseThrow().keyResults().get(0);
    assertEquals(KrKind.DECREASE, kr.kind());
    assertEquals("280/month (-30%)", kr.target().text());
    assertEquals(0.5, r.scores().kr("g", "KR1").orElseThrow().computedScore());
  }

  @Test
  void aRelativeTargetWithoutABaselineOrADirectionSaysSo(@TempDir Path tmp) throws IOException {
    SiteBuilder.Result r =
        check(
            tmp,
            "    - \"Reduce new-customer support tickets by 30%\"\n"
                + "    - id: KR2\n      metric: Tickets\n      owner: Ana\n      target: \"-30%\"\n"
                + "    - id: KR3\n      metric: Tickets\n      owner: Ana\n"
                + "      baseline: \"400\"\n      target: \"by 30%\"\n"
                + "    - id: KR4\n      metric: Conversion\n      owner: Ana\n"
                + "      baseline: \"12%\"\n      target: \"+25%\"\n");
    assertEquals(
        List.of(
            "okr.yaml:7:7: warning: 'Reduce new-customer support tickets by 30%' is relative to a"
                + " baseline it does not state, so it cannot be scored [kr-relative-target]",
            "okr.yaml:11:15: warning: target '-30%' is relative to the baseline, and there is none,"
                + " so it cannot be scored [kr-relative-target]",
            "okr.yaml:16:15: warning: target 'by 30%' does not say which way it goes, so the key"
                + " result cannot be scored [kr-relative-target]",
            "okr.yaml:21:15: warning: target '+25%' beside baseline '12%' is read as +25% of the"
                + " baseline: 15% (+25%) [kr-relative-target]"),
        lines(r, "kr-relative-target"));
    assertEquals(
        "if you mean percentage points, write the target value instead, e.g. '37%'",
        r.diagnostics().stream()
            .filter(d -> d.line().startsWith("okr.yaml:21:15"))
            .findFirst()
            .orElseThrow()
            .hint());
  }

  @Test
  void aTargetEqualToItsBaselineIsAWarning(@TempDir Path tmp) throws IOException {
    SiteBuilder.Result r =
        check(
            tmp,
            "    - id: KR1\n      metric: Churn\n      owner: Ana\n"
                + "      baseline: \"2%\"\n      target: \"2%\"\n"
                + "    - id: KR2\n      metric: Churn\n      owner: Ana\n"
                + "      baseline: \"2%\"\n      target: \"<= 2%\"\n");
    assertEquals(
        List.of(
            "okr.yaml:11:15: warning: target '2%' equals the baseline and says neither at least nor"
                + " at most, so it is read as holding at or above it [kr-target-equals-baseline]"),
        lines(r, "kr-target-equals-baseline"));
  }

  @Test
  void everyKeyResultThatCannotBeScoredSaysSo(@TempDir Path tmp) throws IOException {
    SiteBuilder.Result r =
        check(
            tmp,
            "    - \"Achieve 99.9% uptime\"\n"
                + "    - id: KR2\n      metric: Signups\n      owner: Ana\n      kind: increase\n"
                + "      baseline: \"500\"\n"
                + "    - id: KR3\n      metric: p95 latency\n      owner: Ana\n"
                + "      kind: stay_below\n");
    assertEquals(
        List.of(
            "okr.yaml:7:7: warning: KR1 \"Achieve 99.9% uptime\" has a target but no baseline, so"
                + " its progress cannot be computed [kr-no-baseline]"),
        lines(r, "kr-no-baseline"));
    assertEquals(
        List.of(
            "okr.yaml:11:13: warning: key result 'Signups' is to increase but has no target, so it"
                + " cannot be scored [kr-unscorable]",
            "okr.yaml:16:13: warning: key result 'p95 latency' is to stay below but has no target,"
                + " so it cannot be scored [kr-unscorable]"),
        lines(r, "kr-unscorable"));
    assertEquals(
        99.9, r.model().objective("g").orElseThrow().keyResults().get(0).target().value(), 1e-9);
  }
}
