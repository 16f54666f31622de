package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okrsite.SiteBuilder;
import org.okrsite.config.Dimension;
import org.okrsite.config.ReviewSettings;
import org.okrsite.diagnostic.Diagnostics;

/** The review of the example organisation as of 2026-11-23. */
class ExampleOrganisationReviewTest {
  static ReviewResult result;
  static Diagnostics diagnostics;

  @BeforeAll
  static void review() {
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(
                Path.of("content"), null, LocalDate.parse("2026-11-23"), false, false, false));
    diagnostics = new Diagnostics();
    // No git history on purpose: the example must not depend on how this repository was committed.
    result =
        Review.run(
            r.model(),
            r.scores(),
            r.settings().withReview(ReviewSettings.defaults()),
            GoalHistory.none("test"),
            diagnostics);
  }

  private static ScopeInsights scope(String id) {
    return result.insights().stream()
        .filter(s -> s.scope().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void marketingWebinarSeriesIsATask() {
    Finding f = result.findings("kr-task").get(0);
    // the other is Support's "Migrate to the new help desk"
    assertEquals(2, result.findings("kr-task").size());
    assertEquals("okrs/2026-q4/marketing.yaml:25:11", f.position().toString());
    assertEquals(
        "KR3 \"Launch onboarding webinar series\" is a task (starts with \"Launch\"), not a result",
        f.message());
    assertEquals("marketing-onboarding-brand/KR3", f.evidence().refs().get(0).id());
    // The rubric agrees: one task among three key results costs outcome focus a third.
    assertEquals(
        67,
        result.rubrics().get("marketing-onboarding-brand").rating(Dimension.OUTCOME_FOCUS).score());
  }

  /**
   * The rubric tells the example's objectives apart: most are well written, Julia Schmidt's counts
   * an activity with no number, and Support's "Keep the support queue under control" is business as
   * usual, aligned to nothing, with tasks and vague key results nobody owns.
   */
  @Test
  void theRubricSpansThreeBands() {
    java.util.Map<String, Long> perBand =
        result.rubrics().values().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Rubric::band, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    assertEquals(java.util.Map.of("Excellent", 28L, "Okay", 1L, "Poor", 1L), perBand);
    assertEquals(68, result.rubrics().get("julia-schmidt-first-30-days").total());
    assertEquals("Okay", result.rubrics().get("julia-schmidt-first-30-days").band());
    Rubric queue = result.rubrics().get("support-keep-the-queue");
    assertEquals(34, queue.total());
    assertEquals("Poor", queue.band());
    // the business-as-usual objective no longer rates 100: objective-bau caps its ambition
    Rubric.Rating bau = result.rubrics().get("platform-reliability").rating(Dimension.AMBITION);
    assertEquals(25, bau.score());
    assertTrue(bau.evidence().get(1).note().startsWith("objective-bau: "), bau.toString());
    assertEquals(84, result.rubrics().get("platform-reliability").total());
  }

  @Test
  void supportIsSetAndForgetAndStale() {
    List<String> silent = result.findings("set-and-forget").stream().map(Finding::message).toList();
    assertTrue(
        silent.contains("Support has not checked in for 17 days (last check-in 2026-11-06)"),
        silent.toString());
    ScopeInsights support = scope("support");
    // three key results of "Make getting help feel instant", three of "Keep the support queue …"
    assertEquals(6, support.counts().stale());
    assertEquals(0, support.healthScore());
    assertEquals(6, support.of("stalled").size());
  }

  @Test
  void platformConfidenceDropIsAnInsightWithItsCheckIn() {
    Insight drop = scope("platform").of("confidence-drop").get(0);
    assertTrue(
        drop.message()
            .startsWith(
                "Platform KR1 \"Enterprise accounts live on SSO\" confidence fell from 0.7 to 0.35"
                    + " on 2026-10-30"),
        drop.message());
    assertEquals(
        List.of("platform-enterprise-trust/KR1", "team-platform-2026-10-30"),
        drop.evidence().refs().stream().map(Evidence.Ref::id).toList());
  }

  @Test
  void healthIsSevenOfEight() {
    Health h = result.health();
    assertEquals(7, h.score());
    assertEquals("optimize", h.verdict());
    List<String> broken =
        h.signals().stream().filter(s -> !s.healthy()).map(Health.Signal::key).toList();
    // Four key results have no number: Julia Schmidt's KR3 "Hold a kickoff call …", Sales KR3
    // "Improve relationships with channel partners", Support's KR4 and KR6. Review cadence is
    // healthy: only Support went silent after 2026-11-06 (company and departments check in at
    // their monthly and biweekly cadence).
    assertEquals(List.of("goals-have-metrics"), broken);
    assertEquals(
        List.of(
            "julia-schmidt-first-30-days/KR3",
            "sales-enterprise-wave/KR3",
            "support-keep-the-queue/KR4",
            "support-keep-the-queue/KR6"),
        h.signals().get(1).evidence().get(0).refs().stream().map(Evidence.Ref::id).toList());
    assertEquals(
        "13 of 14 owners checked in recently (93%; healthy from 75%)",
        h.signals().get(3).evidence().get(0).note());
  }

  @Test
  void companyInsightsNameTheSsoBottleneck() {
    ScopeInsights company = scope("acme-cloud");
    assertEquals("overdue-escalation", company.of("overdue-escalation").get(0).kind());
    assertEquals(
        "platform-growth-sso",
        company.of("overdue-escalation").get(0).evidence().refs().get(0).id());
    assertTrue(
        company.of("recurring-blocker").stream()
            .anyMatch(i -> i.message().startsWith("\"self-serve sso\" comes up in 5")));
  }

  @Test
  void everyFindingIsAlsoAWarning() {
    assertEquals(result.findings().size(), diagnostics.sorted().size());
    assertFalse(diagnostics.hasErrors());
  }
}
