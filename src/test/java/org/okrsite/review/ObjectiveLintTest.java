package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrsite.review.Fixture.kr;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/** Each text rule with a failing and a passing example from the seeds' good/bad tables. */
class ObjectiveLintTest {
  private static final String GOOD_OBJECTIVE = "Become the fastest way to onboard";

  private static List<String> krRules(String objective, String... krs) {
    return new Fixture()
        .okr(objective, krs).run().findings().stream()
            .filter(f -> "growth-o".equals(f.objectiveId()) && !f.ruleId().equals("set-and-forget"))
            .map(Finding::ruleId)
            .toList();
  }

  private static String two() {
    return kr("KR9", "Self-serve conversion rate", "8%", "18%", "Mike Okafor");
  }

  @Test
  void taskMasqueradingAsKrIsFlagged() {
    assertTrue(
        krRules(
                GOOD_OBJECTIVE,
                kr("KR1", "Launch new onboarding flow", null, null, "Sarah Chen"),
                two())
            .contains("kr-task"));
    assertTrue(
        !krRules(
                GOOD_OBJECTIVE,
                kr(
                    "KR1",
                    "Reduce time-to-first-value from 7 days to 2 days",
                    "7 days",
                    "2 days",
                    "Sarah Chen"),
                two())
            .contains("kr-task"));
  }

  @Test
  void activityKrIsFlagged() {
    assertTrue(
        krRules(
                GOOD_OBJECTIVE,
                kr("KR1", "Send 500 outreach emails", "0", "500", "Sarah Chen"),
                two())
            .contains("kr-activity"));
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "Sales calls made", "40", "120", "Sarah Chen"), two())
            .contains("kr-activity"));
    assertEquals(
        List.of(),
        krRules(
            GOOD_OBJECTIVE,
            kr("KR1", "Book 30 discovery calls from outbound", "5", "30", "Sarah Chen"),
            two()));
  }

  @Test
  void binaryKrIsFlagged() {
    List<String> bad =
        krRules(GOOD_OBJECTIVE, kr("KR1", "Ship enterprise SSO", null, null, "Sarah Chen"), two());
    assertTrue(bad.contains("kr-binary"), bad.toString());
    assertTrue(!bad.contains("kr-vague"), "binary wins over vague: " + bad);
    assertEquals(
        List.of(),
        krRules(
            GOOD_OBJECTIVE,
            kr("KR1", "Enterprise accounts using SSO", "0", "15", "Sarah Chen"),
            two()));
  }

  @Test
  void vagueKrIsFlagged() {
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "Make customers happy", null, null, "Sarah Chen"), two())
            .contains("kr-vague"));
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "Improve performance", null, null, "Sarah Chen"), two())
            .contains("kr-vague"));
    assertEquals(
        List.of(), krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", "40", "60", "Sarah Chen"), two()));
  }

  @Test
  void metricInObjectiveIsFlagged() {
    assertTrue(
        krRules("Increase onboarding by 30%", two(), kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .contains("objective-has-metric"));
    assertTrue(
        krRules("Achieve 50% growth", two(), kr("KR1", "NPS", "40", "60", "Sarah Chen"))
            .contains("objective-has-metric"));
    assertEquals(
        List.of(), krRules(GOOD_OBJECTIVE, two(), kr("KR1", "NPS", "40", "60", "Sarah Chen")));
    assertEquals(
        List.of(),
        krRules(
            "Make word-of-mouth our #1 channel in their first 90 days",
            two(),
            kr("KR1", "NPS", "40", "60", "Sarah Chen")));
  }

  @Test
  void missingBaselineIsFlagged() {
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", null, "60", "Sarah Chen"), two())
            .contains("kr-no-baseline"));
    assertEquals(
        List.of(), krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", "40", "60", "Sarah Chen"), two()));
  }

  @Test
  void theTeamIsNoOwner() {
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", "40", "60", "The team"), two())
            .contains("no-owner"));
    assertTrue(
        krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", "40", "60", null), two()).contains("no-owner"));
    assertEquals(
        List.of(), krRules(GOOD_OBJECTIVE, kr("KR1", "NPS", "40", "60", "Sarah Chen"), two()));
  }

  @Test
  void businessAsUsualObjectiveIsFlagged() {
    assertTrue(krRules("Continue supporting our customers", two()).contains("objective-bau"));
    assertTrue(krRules("Maintain the platform", two()).contains("objective-bau"));
    assertTrue(!krRules("Delight enterprise buyers", two()).contains("objective-bau"));
  }

  @Test
  void tooManyKeyResults() {
    String[] six = new String[6];
    for (int i = 0; i < 6; i++)
      six[i] = kr("KR" + (i + 1), "Metric " + (char) ('a' + i), "1", "2", "Sarah Chen");
    assertTrue(krRules(GOOD_OBJECTIVE, six).contains("too-many-krs"));
    assertTrue(
        !krRules(GOOD_OBJECTIVE, six[0], six[1], six[2], six[3], six[4]).contains("too-many-krs"));
  }

  @Test
  void unalignedObjectiveIsFlagged() {
    String unaligned =
        "okr:\n"
            + "  quarter: \"Q4 2026\"\n"
            + "  team: \"Growth\"\n"
            + "  id: growth-o\n"
            + "  objective: \"Delight enterprise buyers\"\n"
            + "  key_results:\n"
            + two();
    List<String> rules =
        new Fixture()
            .file("okrs/growth.yaml", unaligned).run().findings().stream()
                .map(Finding::ruleId)
                .toList();
    assertTrue(rules.contains("objective-unaligned"));
    assertTrue(!krRules(GOOD_OBJECTIVE, two()).contains("objective-unaligned"));
  }

  @Test
  void findingsAreWarningsAtTheKeyResult() {
    Diagnostics d = new Diagnostics();
    new Fixture()
        .okr(
            GOOD_OBJECTIVE,
            kr("KR1", "Launch new onboarding flow", null, null, "Sarah Chen"),
            two())
        .run(d);
    Diagnostic task =
        d.sorted().stream().filter(x -> x.ruleId().equals("kr-task")).findFirst().orElseThrow();
    assertEquals(
        "okrs/growth.yaml:9:7: warning: KR1 \"Launch new onboarding flow\" is a task (starts with "
            + "\"Launch\"), not a result [kr-task]",
        task.line());
  }
}
