package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;

/**
 * Contract §3 on an edge-case organisation: every key-result kind ahead, on pace, behind, breached,
 * regressed and without data, one team and one objective each, checked in two days before the as-of
 * date, 59% of the way through Q1 2026. Each case's status, reason and divergence are asserted in
 * the scores, in {@code data/okrs.json} and on the objective's page; and the same organisation
 * after the cycle speaks in score bands, without pace.
 */
class StatusTruthTest {
  /** 53 of Q1 2026's 90 days: 59% elapsed. */
  static final String RUNNING = "2026-02-22";

  static final String CLOSED = "2026-04-10";

  /** One case: a key result, its latest value and confidence, and what the rule must say. */
  record Case(
      String id,
      String kind,
      String baseline,
      String target,
      String current,
      Double confidence,
      Status status,
      String reason,
      String divergence,
      Band band) {}

  static final List<Case> CASES =
      List.of(
          new Case("inc-ahead", "-", "0", "100", "80", 0.8, Status.GREEN, "", "", Band.EXCEEDED),
          new Case(
              "inc-on-pace", "-", "0", "100", "55", 0.8, Status.GREEN, "", "", Band.FELL_SHORT),
          new Case(
              "inc-behind",
              "-",
              "0",
              "100",
              "40",
              0.8,
              Status.YELLOW,
              "behind pace: 40% of the way at 59% of the cycle",
              "",
              Band.FELL_SHORT),
          new Case(
              "inc-far-behind",
              "-",
              "$0",
              "$1M",
              "$50K",
              0.95,
              Status.RED,
              "far behind pace: 5% of the way at 59% of the cycle",
              "overconfident",
              Band.FAILED),
          new Case(
              "dec-regressed",
              "-",
              "100",
              "60",
              "130",
              0.6,
              Status.RED,
              "regressed past its baseline",
              "",
              Band.FAILED),
          new Case(
              "dec-ahead",
              "-",
              "7 days",
              "< 2 days",
              "3.2 days",
              0.7,
              Status.GREEN,
              "",
              "",
              Band.EXCEEDED),
          new Case("inc-no-data", "-", "0", "100", null, 0.8, Status.GREEN, "", "", null),
          new Case(
              "inc-no-data-low",
              "-",
              "0",
              "100",
              null,
              0.5,
              Status.YELLOW,
              "confidence 0.50 is below 0.70",
              "",
              null),
          new Case("inc-nothing", "-", "0", "100", null, null, Status.UNKNOWN, "", "", null),
          new Case(
              "inc-regressed",
              "-",
              "50",
              "100",
              "40",
              0.7,
              Status.RED,
              "regressed past its baseline",
              "overconfident",
              Band.FAILED),
          new Case(
              "dec-on-pace", "-", "100", "50", "72", 0.8, Status.GREEN, "", "", Band.FELL_SHORT),
          new Case(
              "dec-behind",
              "-",
              "100",
              "50",
              "80",
              0.8,
              Status.YELLOW,
              "behind pace: 40% of the way at 59% of the cycle",
              "",
              Band.FELL_SHORT),
          new Case(
              "dec-far-behind",
              "-",
              "100",
              "50",
              "95",
              0.5,
              Status.RED,
              "far behind pace: 10% of the way at 59% of the cycle",
              "",
              Band.FAILED),
          new Case("dec-no-data", "-", "100", "50", null, 0.9, Status.GREEN, "", "", null),
          new Case(
              "above-no-data",
              "stay_above",
              "99.95%",
              ">= 99.9%",
              null,
              0.6,
              Status.YELLOW,
              "confidence 0.60 is below 0.70",
              "",
              null),
          new Case(
              "below-no-data",
              "stay_below",
              "180 ms",
              "<= 200 ms",
              null,
              null,
              Status.UNKNOWN,
              "",
              "",
              null),
          new Case(
              "milestone-no-data", "milestone", null, null, null, 0.8, Status.GREEN, "", "", null),
          new Case(
              "baseline-no-data", "baseline", null, null, null, null, Status.UNKNOWN, "", "", null),
          new Case(
              "inc-doubtful",
              "-",
              "0",
              "100",
              "60",
              0.3,
              Status.YELLOW,
              "confidence 0.30 is below 0.70",
              "underconfident",
              Band.FELL_SHORT),
          new Case(
              "above-breached",
              "stay_above",
              "99.95%",
              ">= 99.9%",
              "99.85%",
              0.9,
              Status.RED,
              "breaches its band",
              "overconfident",
              Band.FAILED),
          new Case(
              "above-held",
              "stay_above",
              "99.95%",
              ">= 99.9%",
              "99.93%",
              0.9,
              Status.GREEN,
              "",
              "",
              Band.EXCEEDED),
          new Case(
              "below-breached",
              "stay_below",
              "180 ms",
              "<= 200 ms",
              "250 ms",
              0.8,
              Status.RED,
              "breaches its band",
              "overconfident",
              Band.FAILED),
          new Case(
              "below-held",
              "stay_below",
              "180 ms",
              "<= 200 ms",
              "150 ms",
              0.8,
              Status.GREEN,
              "",
              "",
              Band.EXCEEDED),
          new Case(
              "milestone-done",
              "milestone",
              null,
              null,
              "done",
              0.3,
              Status.GREEN,
              "",
              "",
              Band.EXCEEDED),
          new Case(
              "milestone-open",
              "milestone",
              null,
              null,
              "not done",
              0.5,
              Status.YELLOW,
              "confidence 0.50 is below 0.70",
              "",
              Band.FAILED),
          new Case(
              "baseline-measured",
              "baseline",
              null,
              null,
              "42",
              0.2,
              Status.GREEN,
              "",
              "",
              Band.EXCEEDED));

  static Path source;

  @BeforeAll
  static void organisation(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (Case c : CASES) {
      String team = "Team " + c.id();
      files.put(
          "okrs/" + c.id() + ".yaml",
          "okr:\n  quarter: Q1 2026\n  team: "
              + team
              + "\n  id: "
              + c.id()
              + "\n  objective: Objective "
              + c.id()
              + "\n  key_results:\n    - id: KR1\n      metric: Metric of "
              + c.id()
              + "\n"
              + (c.kind().equals("-") ? "" : "      kind: " + c.kind() + "\n")
              + (c.baseline() == null ? "" : "      baseline: \"" + c.baseline() + "\"\n")
              + (c.target() == null ? "" : "      target: \"" + c.target() + "\"\n"));
      files.put(
          "checkins/" + c.id() + ".yaml",
          "checkin:\n  date: 2026-02-20\n  team: "
              + team
              + "\n  key_results:\n    - id: KR1\n"
              + (c.current() == null ? "" : "      current: \"" + c.current() + "\"\n")
              + (c.confidence() == null ? "" : "      confidence: " + c.confidence() + "\n")
              + (c.current() == null && c.confidence() == null
                  ? "      note: nothing to say\n"
                  : ""));
    }
    source = TestSites.write(tmp.resolve("src"), files);
  }

  @Test
  void everyKindAndSituationHasItsStatusReasonAndDivergence() {
    SiteBuilder.Result r = TestSites.check(source, RUNNING);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    for (Case c : CASES) {
      KrScore s = r.scores().kr(c.id(), "KR1").orElseThrow();
      assertEquals(c.status(), s.status(), c.id());
      assertEquals(c.reason(), s.statusReason(), c.id());
      assertEquals(c.divergence(), s.divergence().key(), c.id());
      assertEquals(null, s.band(), c.id());
      // one key result each: the objective says what it says
      assertEquals(c.status(), r.scores().of(c.id()).status(), c.id());
    }
  }

  @Test
  void okrsJsonAndThePagesSayTheSame(@TempDir Path tmp) throws IOException {
    Path site = tmp.resolve("public");
    SiteBuilder.Result r = TestSites.build(source, site, RUNNING);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    String json = Files.readString(site.resolve("data/okrs.json"));
    for (Case c : CASES) {
      String kr = krBlock(json, c.id());
      assertTrue(kr.contains("\"status\": \"" + c.status().key() + "\""), c.id() + ": " + kr);
      assertTrue(
          kr.contains(
              "\"status_reason\": " + (c.reason().isEmpty() ? "null" : "\"" + c.reason() + "\"")),
          c.id() + ": " + kr);
      assertTrue(
          kr.contains(
              "\"divergence\": "
                  + (c.divergence().isEmpty() ? "null" : "\"" + c.divergence() + "\"")),
          c.id() + ": " + kr);
      assertTrue(kr.contains("\"band\": null"), c.id() + ": " + kr);
      String page = Files.readString(site.resolve("cycles/2026-q1/objectives/" + c.id() + ".html"));
      assertTrue(
          page.contains(
              "<span class=\"status status-"
                  + c.status().key()
                  + "\"><span class=\"icon\" aria-hidden=\"true\">"
                  + c.status().icon()
                  + "</span> "
                  + c.status().label()
                  + "</span>"),
          c.id());
      if (!c.reason().isEmpty())
        assertTrue(page.contains("<span class=\"why\">(" + c.reason() + ")</span>"), c.id());
      if (!c.divergence().isEmpty())
        assertTrue(page.contains("<span class=\"flag\">confidence says"), c.id());
    }
  }

  @Test
  void aFinishedCycleSpeaksInBandsWithoutPace(@TempDir Path tmp) throws IOException {
    Path site = tmp.resolve("public");
    SiteBuilder.Result r = TestSites.build(source, site, CLOSED);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    String json = Files.readString(site.resolve("data/okrs.json"));
    for (Case c : CASES) {
      KrScore s = r.scores().kr(c.id(), "KR1").orElseThrow();
      assertEquals(Status.CLOSED, s.status(), c.id());
      assertEquals(c.band(), s.band(), c.id());
      String kr = krBlock(json, c.id());
      assertTrue(kr.contains("\"status\": \"closed\""), c.id() + ": " + kr);
      assertTrue(
          kr.contains("\"band\": " + (c.band() == null ? "null" : "\"" + c.band().key() + "\"")),
          c.id() + ": " + kr);
      assertFalse(kr.contains("\"pace\""), c.id() + ": " + kr);
      String page = Files.readString(site.resolve("cycles/2026-q1/objectives/" + c.id() + ".html"));
      for (Status live : List.of(Status.GREEN, Status.YELLOW, Status.RED))
        assertFalse(page.contains(live.label()), c.id() + " says " + live.label());
      if (c.band() != null)
        assertTrue(
            page.contains(
                "status-"
                    + c.band().key()
                    + "\"><span class=\"icon\" aria-hidden=\"true\">"
                    + c.band().icon()
                    + "</span> "
                    + c.band().label()),
            c.id());
    }
  }

  @Test
  void confidenceAgainstTheDataIsAnInsightAndFailsTheHonestySignal() {
    SiteBuilder.Result r = TestSites.check(source, RUNNING);
    List<String> diverging =
        r.review().insights().stream()
            .filter(s -> s.scope().level() == org.okrsite.model.Level.COMPANY)
            .flatMap(s -> s.insights().stream())
            .filter(i -> i.kind().equals("confidence-diverges"))
            .map(org.okrsite.review.Insight::message)
            .toList();
    assertEquals(
        List.of(
            "Team above-breached KR1 \"Metric of above-breached\": confidence 0.9 says on track,"
                + " the data says off track (breaches its band)",
            "Team below-breached KR1 \"Metric of below-breached\": confidence 0.8 says on track,"
                + " the data says off track (breaches its band)",
            "Team inc-doubtful KR1 \"Metric of inc-doubtful\": confidence 0.3 says off track, the"
                + " data says on pace (confidence 0.30 is below 0.70)",
            "Team inc-far-behind KR1 \"Metric of inc-far-behind\": confidence 0.95 says on track,"
                + " the data says off track (far behind pace: 5% of the way at 59% of the cycle)",
            "Team inc-regressed KR1 \"Metric of inc-regressed\": confidence 0.7 says on track, the"
                + " data says off track (regressed past its baseline)"),
        diverging);
    var honest =
        r.review().health().signals().stream()
            .filter(s -> s.key().equals("honest-scoring"))
            .findFirst()
            .orElseThrow();
    assertFalse(honest.healthy());
    assertTrue(
        honest.evidence().stream()
            .anyMatch(
                e ->
                    e.note()
                        .equals(
                            "4 of 23 key results with check-in data are confident while their"
                                + " data is off track: more than one in ten")),
        honest.evidence().toString());
  }

  @Test
  void anObjectiveFollowsItsKeyResultsByWeightAndTheGoalConfidence() {
    StatusRule rule = new StatusRule(0.7, 0.4, 0.1, 0.3);
    Status g = Status.GREEN;
    Status y = Status.YELLOW;
    Status r = Status.RED;
    java.util.function.BiFunction<List<Status>, List<Double>, Status> of =
        (krs, weights) -> rule.objective(krs, weights, null);
    assertEquals(r, of.apply(List.of(r, g), List.of()), "half the weight off track");
    assertEquals(y, of.apply(List.of(r, g, g), List.of()), "a third off track");
    assertEquals(r, of.apply(List.of(r, g), java.util.Arrays.asList(2.0, 1.0)), "weighted");
    assertEquals(y, of.apply(List.of(r, g), List.of(1.0, 2.0)), "weighted the other way");
    assertEquals(y, of.apply(List.of(g, y), List.of()));
    assertEquals(g, of.apply(List.of(g, g, Status.UNKNOWN), List.of()), "unknown is left out");
    assertEquals(y, rule.objective(List.of(g, g), List.of(), 0.5), "goal confidence 0.5");
    assertEquals(Status.UNKNOWN, of.apply(List.of(Status.UNKNOWN), List.of()));
    assertEquals(y, rule.objective(List.of(Status.UNKNOWN), List.of(), 0.6));
    // a value that is no number (an overflowing 1e309) is no data, not green data
    assertEquals(
        y, rule.keyResult(org.okrsite.model.KrKind.INCREASE, Double.NaN, 0.5, 0.5).status());
    assertEquals(
        Status.UNKNOWN,
        rule.keyResult(org.okrsite.model.KrKind.INCREASE, Double.POSITIVE_INFINITY, 0.5, null)
            .status());
    assertEquals(null, Band.of(Double.NaN));
  }

  /** The JSON of objective {@code id}'s only key result. */
  private static String krBlock(String json, String id) {
    int at = json.indexOf("\"id\": \"" + id + "\"");
    assertTrue(at >= 0, id);
    int from = json.indexOf("\"key_results\"", at);
    int to = json.indexOf("]", from);
    return json.substring(from, to);
  }
}
