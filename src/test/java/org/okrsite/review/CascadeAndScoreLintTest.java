package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrsite.review.Fixture.kr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.config.ReviewSettings;

/** The organisation-wide and score-based rules, each failing and passing. */
class CascadeAndScoreLintTest {
  private static String objective(String owner, String id, String parent, boolean development) {
    return "  - id: "
        + id
        + "\n    objective: \"Delight "
        + id
        + "\"\n    pillar: \"Product-Led Growth\"\n"
        + (parent != null ? "    parent: " + parent + "\n" : "")
        + (development ? "    development: true\n" : "")
        + "    key_results:\n"
        + kr("KR1", "NPS", "40", "60", owner)
            .replace("\n    ", "\n      ")
            .replaceFirst("^    ", "      ");
  }

  private static String okrs(String ownerKey, String ownerName, String... objectives) {
    return "okr:\n  quarter: \"Q4 2026\"\n  "
        + ownerKey
        + ": \""
        + ownerName
        + "\"\n  objectives:\n"
        + String.join("", objectives);
  }

  private static List<String> rules(Fixture f) {
    return f.run().findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void tooManyObjectivesPerLevelAndFirstTimeMode() {
    String four =
        okrs(
            "team",
            "Growth",
            objective("Sarah Chen", "g1", null, false),
            objective("Sarah Chen", "g2", null, false),
            objective("Sarah Chen", "g3", null, false),
            objective("Sarah Chen", "g4", null, false));
    assertTrue(
        !rules(new Fixture().file("okrs/g.yaml", four)).contains("too-many-objectives"),
        "4 is the team limit");
    String five = four + objective("Sarah Chen", "g5", null, false);
    assertTrue(rules(new Fixture().file("okrs/g.yaml", five)).contains("too-many-objectives"));
    Fixture first = new Fixture().file("okrs/g.yaml", four);
    ReviewSettings d = ReviewSettings.defaults();
    first.review =
        new ReviewSettings(
            d.weights(),
            d.bands(),
            d.maxObjectives(),
            2,
            5,
            true,
            d.firstTimeMaxObjectives(),
            4,
            2,
            3,
            0.9,
            0.4,
            0.6,
            0.7,
            0.2);
    assertTrue(rules(first).contains("too-many-objectives"), "first-time adoption allows 3");
  }

  @Test
  void cascadeTooDeep() {
    Fixture f =
        new Fixture()
            .file(
                "okrs/c.yaml",
                okrs("company", "Acme Cloud", objective("Jordan Lee", "c1", null, false)))
            .file(
                "okrs/d.yaml",
                okrs("department", "Product", objective("Priya Raman", "d1", "c1", false)))
            .file("okrs/t.yaml", okrs("team", "Growth", objective("Sarah Chen", "t1", "d1", false)))
            .file(
                "okrs/p.yaml",
                okrs("person", "Mike Okafor", objective("Mike Okafor", "p1", "t1", true)));
    assertTrue(!rules(f).contains("cascade-too-deep"), "four levels are allowed by default");
    ReviewSettings d = ReviewSettings.defaults();
    f.review =
        new ReviewSettings(
            d.weights(),
            d.bands(),
            d.maxObjectives(),
            2,
            5,
            false,
            d.firstTimeMaxObjectives(),
            3,
            2,
            3,
            0.9,
            0.4,
            0.6,
            0.7,
            0.2);
    List<Finding> deep = f.run().findings("cascade-too-deep");
    assertEquals(1, deep.size());
    assertEquals("p1", deep.get(0).objectiveId());
    assertTrue(deep.get(0).message().contains("c1 → d1 → t1 → p1"), deep.get(0).message());
  }

  @Test
  void individualWithoutDevelopmentObjective() {
    assertTrue(
        rules(
                new Fixture()
                    .file(
                        "okrs/p.yaml",
                        okrs("person", "Mike Okafor", objective("Mike Okafor", "p1", null, false))))
            .contains("no-development-objective"));
    assertTrue(
        !rules(
                new Fixture()
                    .file(
                        "okrs/p.yaml",
                        okrs("person", "Mike Okafor", objective("Mike Okafor", "p1", null, true))))
            .contains("no-development-objective"));
  }

  private static String checkIn(String date, String current, double confidence) {
    return "checkin:\n  date: "
        + date
        + "\n  team: Growth\n  author: Sarah Chen\n  key_results:\n"
        + "    - id: KR1\n      current: \""
        + current
        + "\"\n      confidence: "
        + confidence
        + "\n"
        + "  plan:\n    - priority: \"Funnel review\"\n      supports: KR1\n";
  }

  @Test
  void setAndForget() {
    Fixture silent =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("checkins/1.yaml", checkIn("2026-11-02", "45", 0.6));
    List<Finding> f = silent.run().findings("set-and-forget");
    assertEquals(1, f.size());
    assertEquals(
        "Growth has not checked in for 21 days (last check-in 2026-11-02)", f.get(0).message());
    Fixture alive =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("checkins/1.yaml", checkIn("2026-11-20", "45", 0.6));
    assertEquals(List.of(), alive.run().findings("set-and-forget"));
  }

  @Test
  void sandbaggingTargetHitByWeekThree() {
    Fixture early =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("checkins/1.yaml", checkIn("2026-10-16", "61", 0.9))
            .file("checkins/2.yaml", checkIn("2026-11-20", "62", 0.9));
    List<Finding> f = early.run().findings("sandbagging");
    assertEquals(1, f.size());
    assertTrue(
        f.get(0).message().contains("reached its target on 2026-10-16, within the first 3 weeks"));
    Fixture later =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("checkins/1.yaml", checkIn("2026-10-16", "45", 0.6))
            .file("checkins/2.yaml", checkIn("2026-11-20", "61", 0.9));
    assertEquals(List.of(), later.run().findings("sandbagging"));
  }

  private static String q3(String score1, String score2) {
    return "okr_score:\n"
        + "  quarter: \"Q3 2026\"\n"
        + "  team: \"Growth\"\n"
        + "  objective: \"Open the front door\"\n"
        + "  objective_score: 0.5\n"
        + "  key_results:\n"
        + "    - id: KR1\n"
        + "      metric: \"Trials\"\n"
        + "      baseline: \"300\"\n"
        + "      target: \"800\"\n"
        + "      actual: \"700\"\n"
        + "      score: "
        + score1
        + "\n"
        + "    - id: KR2\n"
        + "      metric: \"Conversion\"\n"
        + "      baseline: \"5%\"\n"
        + "      target: \"10%\"\n"
        + "      actual: \"9%\"\n"
        + "      score: "
        + score2
        + "\n";
  }

  @Test
  void cycleEndAveragesTooHighOrTooLow() {
    Fixture easy =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("scores/q3.yaml", q3("1.0", "0.95"));
    assertTrue(
        easy.run().findings("sandbagging").get(0).message().contains("averaged 0.98 in Q3 2026"));
    Fixture hard =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("scores/q3.yaml", q3("0.2", "0.3"));
    assertEquals(1, hard.run().findings("unrealistic-targets").size());
    Fixture healthy =
        new Fixture()
            .okr("Delight buyers", kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .file("scores/q3.yaml", q3("0.7", "0.6"));
    assertEquals(List.of(), healthy.run().findings("unrealistic-targets"));
    assertEquals(List.of(), healthy.run().findings("sandbagging"));
  }
}
