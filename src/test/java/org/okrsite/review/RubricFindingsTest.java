package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrsite.review.Fixture.kr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.config.Dimension;

/**
 * Each lint finding lowers the rubric dimension it concerns and is cited as the reason; time-bound
 * counts only the objective's own dates; a need written three ways is one dependency.
 */
class RubricFindingsTest {
  private static final String GOOD =
      "Make self-serve onboarding so good that word-of-mouth becomes our #1 channel";
  private static final String NPS = kr("KR1", "NPS", "40", "60", "Sarah Chen");

  /** Early in Q4 2026, before anyone can be silent for too long (set-and-forget). */
  private static final java.time.LocalDate EARLY = java.time.LocalDate.parse("2026-10-05");

  private static Rubric.Rating rating(Fixture f, Dimension d) {
    return f.run().rubrics().get("growth-o").rating(d);
  }

  private static Fixture early() {
    Fixture f = new Fixture();
    f.asOf = EARLY;
    return f;
  }

  private static List<String> notes(Rubric.Rating r) {
    return r.evidence().stream().map(Evidence::note).toList();
  }

  private static String okr(String objective, String extra, String... krs) {
    StringBuilder b =
        new StringBuilder(
            "okr:\n  quarter: \"Q4 2026\"\n  team: \"Growth\"\n  id: growth-o\n"
                + "  pillar: \"Product-Led Growth\"\n  parent_annual_goal: \"AG-2026-01\"\n"
                + "  objective: \""
                + objective
                + "\"\n"
                + extra
                + "  key_results:\n");
    for (String k : krs) b.append(k);
    return b.toString();
  }

  @Test
  void ambitionObjectiveBau() {
    Rubric.Rating r =
        rating(early().okr("Keep onboarding fast while usage grows", NPS), Dimension.AMBITION);
    assertEquals(25, r.score());
    assertEquals(
        List.of(
            "starting confidence 0.65: the 60–70% sweet spot",
            "objective-bau: objective \"Keep onboarding fast while usage grows\" starts with"
                + " \"keep\": business as usual is not an OKR (at most 25)"),
        notes(r));
    assertEquals("growth-o", r.evidence().get(1).refs().get(0).id());
  }

  @Test
  void measurabilityKrNoBaseline() {
    Rubric.Rating r =
        rating(
            early()
                .okr(
                    GOOD, NPS, kr("KR2", "Self-serve conversion rate", null, "18%", "Mike Okafor")),
            Dimension.MEASURABILITY);
    // KR1 100, KR2 capped at 50 by its finding: (100 + 50) / 2
    assertEquals(75, r.score());
    assertEquals(
        "kr-no-baseline: KR2 \"Self-serve conversion rate\" has a target but no baseline, so its"
            + " progress cannot be computed (50)",
        r.evidence().get(1).note());
    assertEquals("growth-o/KR2", r.evidence().get(1).refs().get(0).id());
  }

  @Test
  void alignmentObjectiveUnaligned() {
    String alone =
        "okr:\n  quarter: \"Q4 2026\"\n  team: \"Growth\"\n  id: growth-o\n"
            + "  objective: \"Delight buyers\"\n  key_results:\n"
            + NPS;
    Rubric.Rating r = rating(early().file("okrs/growth.yaml", alone), Dimension.ALIGNMENT);
    assertEquals(0, r.score());
    assertEquals(
        "objective-unaligned: objective \"Delight buyers\" maps to no pillar, annual goal or parent"
            + " objective (at most 0)",
        r.evidence().get(1).note());
  }

  @Test
  void outcomeFocusKrActivity() {
    Rubric.Rating r =
        rating(
            early()
                .okr(GOOD, NPS, kr("KR2", "Send 500 outreach emails", "0", "500", "Mike Okafor")),
            Dimension.OUTCOME_FOCUS);
    assertEquals(63, r.score()); // (100 + 25) / 2, rounded
    assertEquals(
        "kr-activity: KR2 \"Send 500 outreach emails\" counts activity (\"send\"), not an outcome"
            + " (25)",
        r.evidence().get(1).note());
  }

  @Test
  void ownershipNoOwner() {
    Rubric.Rating r =
        rating(
            early().okr(GOOD, NPS, kr("KR2", "Conversion", "8%", "18%", "The team")),
            Dimension.OWNERSHIP);
    assertEquals(50, r.score());
    assertEquals(
        "no-owner: KR2 \"Conversion\" is owned by \"The team\", which is nobody in particular (0)",
        r.evidence().get(1).note());
  }

  @Test
  void ownershipSetAndForgetConcernsEveryObjectiveOfTheOwner() {
    // Growth has objectives in Q4 and no check-in in the 53 days since the cycle started
    Fixture f =
        new Fixture()
            .okr(GOOD, NPS)
            .file(
                "okrs/growth-2.yaml",
                okr("Make pricing obvious", "", kr("KR2", "Conversion", "8%", "18%", "Mike Okafor"))
                    .replace("id: growth-o", "id: growth-p"));
    ReviewResult result = f.run();
    for (String id : List.of("growth-o", "growth-p")) {
      Rubric.Rating r = result.rubrics().get(id).rating(Dimension.OWNERSHIP);
      assertEquals(50, r.score(), id);
      assertEquals(
          "set-and-forget: Growth has not checked in since the cycle started (53 days) (at most"
              + " 50)",
          notes(r).get(notes(r).size() - 1),
          id);
    }
  }

  @Test
  void timeBoundKrDateOutsideCycle() {
    Rubric.Rating r =
        rating(
            early().okr(GOOD, kr("KR1", "NPS from 40 to 60 by March 15", "40", "60", "Sarah Chen")),
            Dimension.TIME_BOUND);
    assertEquals(25, r.score());
    assertEquals(
        "kr-date-outside-cycle: KR1 \"NPS from 40 to 60 by March 15\" is due \"by March 15\","
            + " outside Q4 2026 (2026-10-01 – 2026-12-31) (KR1's share at most 25)",
        notes(r).get(notes(r).size() - 1));
  }

  @Test
  void independenceDependencyNoDate() {
    String needs = "  dependencies:\n    - team: Platform\n      need: \"Self-serve SSO\"\n";
    ReviewResult result = early().file("okrs/growth.yaml", okr(GOOD, needs, NPS)).run();
    Rubric.Rating r = result.rubrics().get("growth-o").rating(Dimension.INDEPENDENCE);
    assertEquals(25, r.score());
    assertEquals(
        List.of(
            "needs \"Self-serve SSO\" from Platform (no status)",
            "dependency-no-date: Growth needs \"Self-serve SSO\" from Platform without a date (at"
                + " most 25)"),
        notes(r));
    Finding f = result.findings("dependency-no-date").get(0);
    assertEquals("okrs/growth.yaml:9:7", f.position().toString());
  }

  @Test
  void ambitionSandbaggedKeyResultLowersItsShare() {
    String checkIn =
        """
        checkin:
          date: 2026-10-09
          team: Growth
          author: Sarah Chen
          key_results:
            - id: KR2
              current: "18%"
              confidence: 0.9
        """;
    Rubric.Rating r =
        rating(
            new Fixture()
                .okr(GOOD, NPS, kr("KR2", "Conversion", "8%", "18%", "Mike Okafor"))
                .file("checkins/2026-10-09.yaml", checkIn),
            Dimension.AMBITION);
    // the objective's 100, with KR2's half at most 25: (100 + 25) / 2
    assertEquals(63, r.score());
    assertTrue(
        notes(r)
            .get(1)
            .startsWith("sandbagging: KR2 \"Conversion\" reached its target on 2026-10-09"),
        notes(r).toString());
    assertTrue(notes(r).get(1).endsWith("(KR2's share at most 25)"), notes(r).toString());
  }

  private static final String CONTRACT =
      """
      dependency_contract:
        id: sso
        quarter: "Q4 2026"
        provider_team: "Platform"
        consumer_team: "Growth"
        deliverable: "Self-serve SSO integration"
        needed_by: "2026-11-15"
        provider_kr: "Enterprise accounts on SSO"
        consumer_kr: "NPS"
        status: "on_track"
      """;

  private static final String ORG =
      Fixture.ORG
          + "        - name: Platform\n"
          + "          lead: Daniel Novak\n"
          + "          members:\n"
          + "            - Daniel Novak\n";

  private static final String PLATFORM =
      """
      okr:
        quarter: "Q4 2026"
        team: "Platform"
        id: platform-o
        pillar: "Product-Led Growth"
        parent_annual_goal: "AG-2026-01"
        objective: "Make enterprise security teams say yes"
        key_results:
          - id: KR1
            metric: "Enterprise accounts on SSO"
            baseline: 0
            target: 15
            measurement: "accounts with SSO enforced"
            owner: "Daniel Novak"
            confidence: 0.65
      """;

  @Test
  void anotherTeamsDateIsNotTheConsumersMilestoneButIsTheProvidersDeadline() {
    ReviewResult result =
        early()
            .okr(GOOD, NPS)
            .file("dependencies/sso.yaml", CONTRACT)
            .file("okrs/platform.yaml", PLATFORM)
            .file("organisation.yaml", ORG)
            .run();
    Rubric.Rating growth = result.rubrics().get("growth-o").rating(Dimension.TIME_BOUND);
    assertEquals(50, growth.score());
    assertEquals(
        List.of(
            "\"this quarter\": Q4 2026, no milestone of its own inside it",
            "not its own, so not counted: Platform's \"Self-serve SSO integration\" by 2026-11-15;"
                + " annual goal AG-2026-01's Q4 2026 milestone"),
        notes(growth));
    Rubric.Rating platform = result.rubrics().get("platform-o").rating(Dimension.TIME_BOUND);
    assertEquals(100, platform.score());
    assertEquals(
        List.of("milestone: owes \"Self-serve SSO integration\" to Growth by 2026-11-15"),
        notes(platform));
    assertEquals("sso", platform.evidence().get(0).refs().get(0).id());
  }

  @Test
  void aNeedWrittenThreeWaysIsOneDependency() {
    String needs =
        "  dependencies:\n    - team: Platform\n      need: \"Self-serve SSO integration\"\n"
            + "      by: 2026-11-15\n";
    String map =
        """
        alignment_map:
          quarter: "Q4 2026"
          company_objective: "Become the fastest way to onboard"
          team_contributions:
            - team: "Growth"
              objective: "Make self-serve onboarding great"
              key_results: ["NPS 60"]
          cross_dependencies:
            - from: "Growth"
              to: "Platform"
              need: "Self-serve SSO integration by November 15"
        """;
    Rubric.Rating r =
        rating(
            early()
                .file("okrs/growth.yaml", okr(GOOD, needs, NPS))
                .file("dependencies/sso.yaml", CONTRACT)
                .file("alignment/map.yaml", map),
            Dimension.INDEPENDENCE);
    // one documented dependency, on track: 50 (three would be "many", 25)
    assertEquals(50, r.score());
    assertEquals(
        List.of(
            "needs \"Self-serve SSO integration\" from Platform (on_track): one need, written 3"
                + " times (okrs/growth.yaml, alignment/map.yaml, dependencies/sso.yaml)"),
        notes(r));
    assertEquals(
        List.of("growth-o", "sso"),
        r.evidence().get(0).refs().stream().map(Evidence.Ref::id).toList());
  }

  @Test
  void theGuideShowsTheTable() throws Exception {
    String guide = Files.readString(Path.of("docs/guide/review.md"));
    assertTrue(
        guide.contains(RubricFindings.markdownTable()),
        "docs/guide/review.md must hold this table:\n" + RubricFindings.markdownTable());
  }
}
