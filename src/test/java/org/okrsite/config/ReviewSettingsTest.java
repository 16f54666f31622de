package org.okrsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.YamlMapping;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.Level;

class ReviewSettingsTest {
  private static YamlMapping block(String yaml, Diagnostics d) {
    var doc = ContentLoader.parse("site.yaml", yaml.getBytes(StandardCharsets.UTF_8), d).get(0);
    return (YamlMapping) doc.data().get("review").orElseThrow();
  }

  @Test
  void defaultsComeFromTheSeeds() {
    ReviewSettings s = ReviewSettings.defaults();
    assertEquals(20, s.weights().get(Dimension.OUTCOME_FOCUS));
    assertEquals("Excellent", s.band(75));
    assertEquals("Okay", s.band(74));
    assertEquals("Poor", s.band(49));
    assertEquals(4, s.objectiveLimit(Level.TEAM));
    assertEquals(2, s.setAndForgetWeeks());
    assertEquals(3, s.sandbaggingWeeks());
  }

  @Test
  void readsTheReviewBlock() {
    Diagnostics d = new Diagnostics();
    ReviewSettings s =
        ReviewSettings.read(
            block(
                """
                review:
                  weights: {ambition: 30}
                  bands: {great: 80, fine: 40, rewrite: 0}
                  first_time_adoption: true
                  cascade_depth: 3
                  set_and_forget_weeks: 3
                """,
                d),
            d);
    assertTrue(d.sorted().isEmpty(), d.sorted().toString());
    assertEquals(30, s.weights().get(Dimension.AMBITION));
    assertEquals(20, s.weights().get(Dimension.MEASURABILITY));
    assertEquals("fine", s.band(79));
    assertEquals(3, s.objectiveLimit(Level.TEAM));
    assertEquals(3, s.cascadeDepth());
    assertEquals(3, s.setAndForgetWeeks());
  }

  @Test
  void reportsBadValuesAndKeepsDefaults() {
    Diagnostics d = new Diagnostics();
    ReviewSettings s =
        ReviewSettings.read(block("review:\n  cascade_depth: -1\n  sandbaging_weeks: 2\n", d), d);
    assertEquals(4, s.cascadeDepth());
    assertEquals(2, d.sorted().size());
    assertEquals(
        "site.yaml:2:18: error: cascade_depth must be a whole number of at least 1 [review-config]",
        d.sorted().get(0).line());
    assertEquals("unknown-key", d.sorted().get(1).ruleId());
  }
}
