package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrsite.review.Fixture.kr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.config.Dimension;

/** Each rubric dimension rated high on a seed's good example and low on its bad one. */
class RubricTest {
  private static final String SEED_GOOD =
      "Make self-serve onboarding so good that word-of-mouth becomes our #1 channel";

  /** Rated early in Q4 2026: nobody can have set and forgotten yet. */
  private static Rubric rubric(Fixture f) {
    f.asOf = java.time.LocalDate.parse("2026-10-05");
    return f.run().rubrics().get("growth-o");
  }

  private static Rubric.Rating rate(Dimension d, String objective, String... krs) {
    return rubric(new Fixture().okr(objective, krs)).rating(d);
  }

  @Test
  void measurability() {
    assertEquals(
        100,
        rate(
                Dimension.MEASURABILITY,
                SEED_GOOD,
                kr("KR1", "Time to first value", "7 days", "< 2 days", "Sarah Chen"))
            .score());
    Rubric.Rating vague =
        rate(
            Dimension.MEASURABILITY,
            SEED_GOOD,
            kr("KR1", "Improve customer experience", null, null, "Sarah Chen"));
    assertEquals(0, vague.score());
    // the kr-vague finding is the reason, and cites the key result
    assertEquals(
        "kr-vague: KR1 \"Improve customer experience\" has no number (\"improve\" without a"
            + " number) (0)",
        vague.evidence().get(0).note());
    assertEquals("growth-o/KR1", vague.evidence().get(0).refs().get(0).id());
  }

  @Test
  void outcomeFocus() {
    assertEquals(
        100,
        rate(
                Dimension.OUTCOME_FOCUS,
                SEED_GOOD,
                kr(
                    "KR1",
                    "Reduce time-to-first-value from 7 days to 2 days",
                    "7 days",
                    "2 days",
                    "Sarah Chen"))
            .score());
    assertEquals(
        0,
        rate(
                Dimension.OUTCOME_FOCUS,
                SEED_GOOD,
                kr("KR1", "Launch new onboarding flow", null, null, "Sarah Chen"))
            .score());
    assertEquals(
        25,
        rate(
                Dimension.OUTCOME_FOCUS,
                SEED_GOOD,
                kr("KR1", "Send 500 outreach emails", "0", "500", "Sarah Chen"))
            .score());
  }

  @Test
  void ownership() {
    assertEquals(
        100,
        rate(Dimension.OWNERSHIP, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen")).score());
    assertEquals(
        0, rate(Dimension.OWNERSHIP, SEED_GOOD, kr("KR1", "NPS", "40", "60", "The team")).score());
    assertEquals(
        50, rate(Dimension.OWNERSHIP, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Growth")).score());
  }

  @Test
  void ambition() {
    assertEquals(
        100,
        rate(Dimension.AMBITION, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen")).score());
    String certain =
        kr("KR1", "NPS", "40", "60", "Sarah Chen").replace("confidence: 0.65", "confidence: 1.0");
    Rubric.Rating r = rate(Dimension.AMBITION, SEED_GOOD, certain);
    assertEquals(25, r.score());
    assertTrue(r.evidence().get(0).note().contains("obviously achievable"));
  }

  @Test
  void alignment() {
    assertEquals(
        100,
        rate(Dimension.ALIGNMENT, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen")).score());
    String alone =
        "okr:\n"
            + "  quarter: \"Q4 2026\"\n"
            + "  team: \"Growth\"\n"
            + "  id: growth-o\n"
            + "  objective: \"Delight buyers\"\n"
            + "  key_results:\n"
            + kr("KR1", "NPS", "40", "60", "Sarah Chen");
    assertEquals(
        0,
        rubric(new Fixture().file("okrs/growth.yaml", alone)).rating(Dimension.ALIGNMENT).score());
  }

  @Test
  void timeBound() {
    // The annual goal's Q4 milestone is the goal's, not a milestone of this objective.
    Rubric.Rating goal =
        rate(Dimension.TIME_BOUND, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen"));
    assertEquals(50, goal.score());
    assertEquals(
        List.of(
            "\"this quarter\": Q4 2026, no milestone of its own inside it",
            "not its own, so not counted: annual goal AG-2026-01's Q4 2026 milestone"),
        goal.evidence().stream().map(Evidence::note).toList());
    // A date the key result sets itself is.
    Rubric.Rating own =
        rate(
            Dimension.TIME_BOUND,
            SEED_GOOD,
            kr("KR1", "NPS from 40 to 60 by November 30", "40", "60", "Sarah Chen"));
    assertEquals(100, own.score());
    assertEquals("milestone: KR1 \"by November 30\" (2026-11-30)", own.evidence().get(0).note());
    assertEquals("growth-o/KR1", own.evidence().get(0).refs().get(0).id());
  }

  @Test
  void independence() {
    assertEquals(
        100,
        rate(Dimension.INDEPENDENCE, SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .score());
    String contract =
        """
        dependency_contract:
          id: sso
          quarter: "Q4 2026"
          provider_team: "Platform"
          consumer_team: "Growth"
          deliverable: "Self-serve SSO integration"
          needed_by: "2026-11-15"
          escalation_date: "2026-11-01"
          status: "at_risk"
        """;
    Rubric.Rating r =
        rubric(
                new Fixture()
                    .okr(SEED_GOOD, kr("KR1", "NPS", "40", "60", "Sarah Chen"))
                    .file("dependencies/sso.yaml", contract))
            .rating(Dimension.INDEPENDENCE);
    assertEquals(25, r.score());
    assertEquals("sso", r.evidence().get(0).refs().get(0).id());
  }

  @Test
  void weightedTotalAndBand() {
    Rubric good =
        rubric(
            new Fixture()
                .okr(
                    SEED_GOOD,
                    kr("KR1", "Time to first value", "7 days", "< 2 days", "Sarah Chen"),
                    kr("KR2", "Self-serve conversion rate", "8%", "18%", "Mike Okafor")));
    // every dimension 100 but time-bound: no milestone of its own, only "this quarter" (50)
    assertEquals(95, good.total());
    assertEquals("Excellent", good.band());
    Rubric bad =
        rubric(
            new Fixture()
                .file(
                    "okrs/growth.yaml",
                    "okr:\n"
                        + "  quarter: \"Q4 2026\"\n"
                        + "  team: \"Growth\"\n"
                        + "  id: growth-o\n"
                        + "  objective: \"Complete enterprise features\"\n"
                        + "  key_results:\n"
                        + kr("KR1", "Ship enterprise SSO", null, null, "The team")));
    // ambition 100*15 + measurability 25*20 + alignment 0 + outcome 0 + ownership 0 + time 50*10 +
    // independence 100*10
    assertEquals(35, bad.total());
    assertEquals("Poor", bad.band());
  }
}
