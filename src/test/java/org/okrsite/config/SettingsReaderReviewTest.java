package org.okrsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.content.ContentLoader;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.Level;

/** The {@code review:} block is part of site.yaml's one reading: {@link Settings#review()}. */
class SettingsReaderReviewTest {
  private static Settings read(String yaml, Diagnostics d) {
    return SettingsReader.read(
        ContentLoader.parse("site.yaml", yaml.getBytes(StandardCharsets.UTF_8), d).get(0), d);
  }

  private static List<String> lines(Diagnostics d) {
    return d.sorted().stream().map(Diagnostic::line).toList();
  }

  @Test
  void noReviewBlockGivesTheDefaults() {
    Diagnostics d = new Diagnostics();
    assertEquals(ReviewSettings.defaults(), read("title: OKRs\n", d).review());
    assertEquals(List.of(), lines(d));
  }

  @Test
  void readsTheReviewBlockWithTheRest() {
    Diagnostics d = new Diagnostics();
    Settings s =
        read("title: OKRs\nreview:\n  max_objectives: {team: 2}\n  sweet_spot: {low: 0.5}\n", d);
    assertEquals(List.of(), lines(d));
    assertEquals(2, s.review().objectiveLimit(Level.TEAM));
    assertEquals(0.5, s.review().sweetSpotLow());
    assertEquals(0.7, s.review().sweetSpotHigh());
    assertEquals("OKRs", s.title());
  }

  @Test
  void badReviewSettingsAreReportedExactlyAndKeepTheirDefaults() {
    Diagnostics d = new Diagnostics();
    Settings s =
        read(
            """
            title: OKRs
            review:
              cascade_depth: 0
              sweet_spot: {low: 1.5}
              weights: {ambition: 0, measurability: 0, alignment: 0, outcome_focus: 0, ownership: 0, time_bound: 0, independence: 0}
              bands: {great: 80}
            """,
            d);
    assertEquals(
        List.of(
            "site.yaml:3:18: error: cascade_depth must be a whole number of at least 1"
                + " [review-config]",
            "site.yaml:4:21: error: low must be between 0.0 and 1.0 [review-config]",
            "site.yaml:5:23: error: review.weights add up to 0 [review-config]",
            "site.yaml:6:10: error: review.bands needs a band starting at 0 [review-config]"),
        lines(d));
    assertEquals(ReviewSettings.defaults(), s.review());
  }

  @Test
  void aReviewThatIsNotAMappingKeepsTheDefaultsSilently() {
    Diagnostics d = new Diagnostics();
    assertEquals(ReviewSettings.defaults(), read("review: strict\n", d).review());
    assertEquals(List.of(), lines(d));
  }
}
