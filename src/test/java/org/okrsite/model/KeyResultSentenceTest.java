package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class KeyResultSentenceTest {

  /**
   * Columns: text | metric | baseline value | baseline unit | target value | target unit | target
   * comparison | kind | relative change %. "-" is "not stated".
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # solo_okr
          Monthly recurring revenue from $2K to $8K | Monthly recurring revenue | 2000 | $ | 8000 | $ | NONE | INCREASE | -
          Percentage of revenue from productized offers: 0% to 60% | Percentage of revenue from productized offers | 0 | % | 60 | % | NONE | INCREASE | -
          Hours worked per $1K revenue: 40 to 15 | Hours worked per $1K revenue | 40 | '' | 15 | '' | NONE | DECREASE | -
          Email list from 200 to 1,000 subscribers | Email list | 200 | subscribers | 1000 | subscribers | NONE | INCREASE | -
          Inbound leads per month from 3 to 15 | Inbound leads per month | 3 | '' | 15 | '' | NONE | INCREASE | -
          Published content pieces: 0 to 12 | Published content pieces | 0 | '' | 12 | '' | NONE | INCREASE | -
          # alignment_map
          TTFV < 2 days | TTFV | - | - | 2 | day | LT | DECREASE | -
          Self-serve conversion 18% | Self-serve conversion | - | - | 18 | % | NONE | - | -
          Case studies published: 5 | Case studies published | - | - | 5 | '' | NONE | - | -
          Onboarding-focused content: 40% of output | Onboarding-focused content | - | - | 40 | % | NONE | - | -
          30-day churn from onboarding issues: < 2% | 30-day churn from onboarding issues | - | - | 2 | % | LT | DECREASE | -
          Onboarding CSAT: > 4.5 | Onboarding CSAT | - | - | 4.5 | '' | GT | INCREASE | -
          # as people write them
          Reduce TTFV from 7 days to 2 days | TTFV | 7 | day | 2 | day | NONE | DECREASE | -
          less than 48 hours | '' | - | - | 48 | hour | LT | DECREASE | -
          Response time under 200ms | Response time | - | - | 200 | ms | LT | DECREASE | -
          0 → 15 | '' | 0 | '' | 15 | '' | NONE | INCREASE | -
          0 -> 15 | '' | 0 | '' | 15 | '' | NONE | INCREASE | -
          Enterprise accounts using SSO: 0 → 15 | Enterprise accounts using SSO | 0 | '' | 15 | '' | NONE | INCREASE | -
          NPS of 70+ | NPS | - | - | 70 | '' | GE | INCREASE | -
          Close $2M in new ARR | new ARR | - | - | 2000000 | $ | NONE | - | -
          Increase activation by 75% | activation | - | - | - | - | - | INCREASE | 75.0
          Reduce churn by 20% | churn | - | - | - | - | - | DECREASE | -20.0
          Increase revenue by $10K | revenue | - | - | - | - | - | INCREASE | -
          Launch new onboarding flow | Launch new onboarding flow | - | - | - | - | - | - | -
          Improve onboarding experience | Improve onboarding experience | - | - | - | - | - | - | -
          Reduce churn to 2% | churn | - | - | 2 | % | NONE | DECREASE | -
          Grow MRR from $2K to 8K | MRR | 2000 | $ | 8000 | $ | NONE | INCREASE | -
          Lower p95 latency from 300ms to 200ms. | p95 latency | 300 | ms | 200 | ms | NONE | DECREASE | -
          Reach 1,000 subscribers | Reach 1,000 subscribers | - | - | 1000 | subscribers | NONE | - | -
          Maintain uptime above 99.9% | uptime | - | - | 99.9 | % | GT | STAY_ABOVE | -
          Keep churn below 2% | churn | - | - | 2 | % | LT | STAY_BELOW | -
          Uptime at least 99.9% | Uptime | - | - | 99.9 | % | GE | INCREASE | -
          Support backlog: 1% to <= 2% | Support backlog | 1 | % | 2 | % | LE | STAY_BELOW | -
          Establish a baseline for weekly active teams | weekly active teams | - | - | - | - | - | BASELINE | -
          Weekly sync at 10:30 | Weekly sync at 10:30 | - | - | - | - | - | - | -
          Ship v2 of the API | Ship v2 of the API | - | - | - | - | - | - | -
          """)
  void readsSentences(
      String text,
      String metric,
      Double baselineValue,
      String baselineUnit,
      Double targetValue,
      String targetUnit,
      Comparison targetComparison,
      KrKind kind,
      Double relative) {
    KeyResultSentence s = KeyResultSentence.parse(text);
    assertEquals(metric, s.metric(), "metric");
    assertQuantity(baselineValue, baselineUnit, Comparison.NONE, s.baseline(), "baseline");
    assertQuantity(targetValue, targetUnit, targetComparison, s.target(), "target");
    assertEquals(Optional.ofNullable(kind), s.kind(), "kind");
    assertEquals(Optional.ofNullable(relative), s.relativeChangePercent(), "relative change");
  }

  private static void assertQuantity(
      Double value, String unit, Comparison comparison, Optional<Quantity> actual, String what) {
    if (value == null) {
      assertTrue(actual.isEmpty(), () -> what + " should be absent, was " + actual);
      return;
    }
    Quantity q = actual.orElseThrow(() -> new AssertionError(what + " missing"));
    assertEquals(value, q.value(), 1e-9, what + " value");
    assertEquals(unit, q.unit(), what + " unit");
    assertEquals(comparison, q.comparison(), what + " comparison");
  }

  @Test
  void keepsTheValuesAsWritten() {
    KeyResultSentence s = KeyResultSentence.parse("Monthly recurring revenue from $2K to $8K");
    assertEquals("$2K", s.baseline().orElseThrow().display());
    assertEquals("$8K", s.target().orElseThrow().display());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void emptyTextIsAnEmptyMetric(String text) {
    assertEquals(KeyResultSentence.unmeasured(""), KeyResultSentence.parse(text));
  }

  @Test
  void neverThrowsOnOddText() {
    String[] odd = {"::", "→", "from to", "by %", "Reduce", "Reduce by", "$", "<", "1 to", ": 5"};
    for (String text : odd) {
      KeyResultSentence s = KeyResultSentence.parse(text);
      assertEquals(text.equals(": 5") ? "" : text, s.metric(), text);
    }
  }
}
