package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrsite.model.KrKind;
import org.okrsite.model.Quantity;

class KeyResultMathTest {

  private static Quantity q(String text) {
    return text == null ? null : Quantity.parse(text).orElseThrow(() -> new AssertionError(text));
  }

  /**
   * The scoring table: kind inferred from baseline and target, unclamped progress, then the
   * computed score (clamped, rounded to two decimals).
   */
  @ParameterizedTest(name = "[{index}] {0} → {1}, now {2}: {3} progress {4} score {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the contract's examples (seed okr_score)
          8%         | 18%        | 14%        | INCREASE   | 0.6                | 0.6
          12/month   | 50/month   | 38/month   | INCREASE   | 0.6842105263157895 | 0.68
          7 days     | < 2 days   | 3.2 days   | DECREASE   | 0.76               | 0.76
          # increase
          8%         | 18%        | 18%        | INCREASE   | 1.0                | 1.0
          8%         | 18%        | 8%         | INCREASE   | 0.0                | 0.0
          8%         | 18%        | 23%        | INCREASE   | 1.5                | 1.0
          8%         | 18%        | 6%         | INCREASE   | -0.2               | 0.0
          $120K ARR  | $200K ARR  | $150K ARR  | INCREASE   | 0.375              | 0.38
          $500K      | $1M        | $800K      | INCREASE   | 0.6                | 0.6
          $45K/mo    | $60K/mo    | $50K/mo    | INCREASE   | 0.3333333333333333 | 0.33
          99.5%      | 99.9%      | 99.7%      | INCREASE   | 0.5                | 0.5
          3.8        | 4.5        | 4.2        | INCREASE   | 0.5714285714285714 | 0.57
          0          | 15         | 6          | INCREASE   | 0.4                | 0.4
          0          | 12         | 3          | INCREASE   | 0.25               | 0.25
          1 day      | 3 days     | 2 days     | INCREASE   | 0.5                | 0.5
          -5%        | 5%         | 0%         | INCREASE   | 0.5                | 0.5
          3.8        | > 4.5      | 4.2        | INCREASE   | 0.5714285714285714 | 0.57
          10         | >= 20      | 25         | INCREASE   | 1.5                | 1.0
          5 days     | ≧ 10 days  | 7 days     | INCREASE   | 0.4                | 0.4
          200        | ≥ 1,000    | 600        | INCREASE   | 0.5                | 0.5
          # decrease
          40         | 15         | 25         | DECREASE   | 0.6                | 0.6
          40         | 15         | 10         | DECREASE   | 1.2                | 1.0
          40         | 15         | 45         | DECREASE   | -0.2               | 0.0
          7 days     | < 2 days   | 1 day      | DECREASE   | 1.2                | 1.0
          7 days     | < 2 days   | 9 days     | DECREASE   | -0.4               | 0.0
          7 days     | < 2 days   | 7 days     | DECREASE   | 0.0                | 0.0
          300ms      | <= 200ms   | 250ms      | DECREASE   | 0.5                | 0.5
          48 hours   | ≦ 24 hours | 30 hours   | DECREASE   | 0.75               | 0.75
          5%         | ≤ 2%       | 2%         | DECREASE   | 1.0                | 1.0
          $1M        | $500K      | $900K      | DECREASE   | 0.2                | 0.2
          # stay below: baseline already satisfies the ceiling
          1%         | < 2%       | 1.5%       | STAY_BELOW | 1.0                | 1.0
          1%         | < 2%       | 2%         | STAY_BELOW | 0.99               | 0.99
          1%         | ≤ 2%       | 2%         | STAY_BELOW | 1.0                | 1.0
          1.5%       | <= 2%      | 2.5%       | STAY_BELOW | 0.0                | 0.0
          2%         | <= 2%      | 0%         | STAY_BELOW | 1.0                | 1.0
          # stay above: baseline already satisfies the floor, or target equals baseline
          99.95%     | >= 99.9%   | 99.9%      | STAY_ABOVE | 1.0                | 1.0
          99.95%     | ≥ 99.9%    | 99.8%      | STAY_ABOVE | 0.0                | 0.0
          4.6        | > 4.5      | 4.5        | STAY_ABOVE | 0.99               | 0.99
          4.6        | > 4.5      | 4.7        | STAY_ABOVE | 1.0                | 1.0
          95%        | 95%        | 96%        | STAY_ABOVE | 1.0                | 1.0
          95%        | 95%        | 95%        | STAY_ABOVE | 1.0                | 1.0
          95%        | 95%        | 94%        | STAY_ABOVE | 0.8                | 0.8
          4.5        | >= 4.5     | 4.5        | STAY_ABOVE | 1.0                | 1.0
          """)
  void scores(
      String baseline, String target, String current, KrKind kind, double progress, double score) {
    KrKind inferred = KeyResultMath.inferKind(q(baseline), q(target));
    assertEquals(kind, inferred, "kind");
    double p = KeyResultMath.progress(inferred, q(baseline), q(target), q(current)).orElseThrow();
    assertEquals(progress, p, 1e-9, "progress");
    assertEquals(score, KeyResultMath.round2(KeyResultMath.clamp01(p)), "score");
  }

  /** Kinds given explicitly, including the cases that have no progress. */
  @ParameterizedTest(name = "[{index}] {0} {1} → {2}, now {3}: {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          INCREASE   | 10%   | 10%     | 12%      | -
          DECREASE   | 5     | 5       | 4        | -
          INCREASE   | -     | 18%     | 14%      | -
          INCREASE   | 8%    | -       | 14%      | -
          INCREASE   | 8%    | 18%     | -        | -
          STAY_ABOVE | -     | 99%     | 99.5%    | 1.0
          STAY_BELOW | -     | 2%      | 3%       | 0.0
          STAY_ABOVE | -     | -       | 99.5%    | -
          INCREASE   | 8%    | 18%     | 14 days  | 0.6
          MILESTONE  | -     | -       | 1        | 1.0
          MILESTONE  | -     | -       | 100%     | 1.0
          MILESTONE  | -     | -       | 0        | 0.0
          MILESTONE  | -     | -       | 50%      | -
          BASELINE   | -     | -       | 42       | 1.0
          BASELINE   | -     | -       | -        | -
          """)
  void progressByKind(
      KrKind kind, String baseline, String target, String current, Double expected) {
    OptionalDouble p = KeyResultMath.progress(kind, q(baseline), q(target), q(current));
    if (expected == null) {
      assertTrue(p.isEmpty(), () -> "expected no progress, got " + p);
    } else {
      assertEquals(expected, p.orElseThrow(), 1e-9);
    }
  }

  @Test
  void noKindNoProgress() {
    assertTrue(KeyResultMath.progress(null, q("1"), q("2"), q("1.5")).isEmpty());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "done, 1.0",
        "Done, 1.0",
        "yes, 1.0",
        "TRUE, 1.0",
        "complete, 1.0",
        "completed, 1.0",
        "shipped, 1.0",
        "Launched!, 1.0",
        "1, 1.0",
        "100%, 1.0",
        "not done, 0.0",
        "no, 0.0",
        "false, 0.0",
        "0, 0.0",
        "pending, 0.0",
        "in progress, 0.0",
        "In-Progress, 0.0",
        "not started, 0.0",
        "maybe, -",
        "50%, -",
        "'', -",
        "-, -",
      })
  void milestones(String text, Double expected) {
    OptionalDouble p = KeyResultMath.milestoneProgress(text);
    if (expected == null) {
      assertTrue(p.isEmpty(), () -> "expected empty, got " + p);
    } else {
      assertEquals(expected, p.orElseThrow());
    }
  }

  @ParameterizedTest(name = "[{index}] round2({0}) = {1}")
  @CsvSource({
    "0.6842, 0.68",
    "0.755, 0.76",
    "0.745, 0.75",
    "1.005, 1.01",
    "0.125, 0.13",
    "0.76000000000000001, 0.76",
    "0.7599999999999999, 0.76",
    "0.0, 0.0",
    "1.0, 1.0",
    "-0.125, -0.13",
  })
  void roundsHalfUpToTwoDecimals(double value, double expected) {
    assertEquals(expected, KeyResultMath.round2(value));
  }

  @ParameterizedTest(name = "[{index}] clamp01({0}) = {1}")
  @CsvSource({"-0.4, 0.0", "1.5, 1.0", "0.3, 0.3", "0.0, 0.0", "1.0, 1.0", "NaN, 0.0"})
  void clampsToTheScoreRange(double value, double expected) {
    assertEquals(expected, KeyResultMath.clamp01(value));
  }

  @Test
  void roundingKeepsNonFiniteValues() {
    assertTrue(Double.isNaN(KeyResultMath.round2(Double.NaN)));
    assertEquals(Double.POSITIVE_INFINITY, KeyResultMath.round2(Double.POSITIVE_INFINITY));
  }

  static Stream<Arguments> weightedMeans() {
    return Stream.of(
        Arguments.of(List.of(0.5, 0.6, 0.7), null, 0.6),
        Arguments.of(List.of(0.5, 0.6, 0.7), List.of(1.0, 2.0, 1.0), 0.6),
        Arguments.of(List.of(1.0, 0.0), List.of(3.0, 1.0), 0.75),
        Arguments.of(List.of(1.0, 0.0), Arrays.asList(null, 1.0), 0.5),
        Arguments.of(List.of(1.0, 0.0, 0.5), List.of(2.0), 0.625),
        Arguments.of(List.of(0.6, 0.68, 0.5), List.of(1.0, 1.0, 1.0), 0.5933333333333334),
        Arguments.of(Arrays.asList(0.4, null, 0.8), List.of(1.0, 5.0, 3.0), 0.7),
        Arguments.of(List.of(0.9, 0.1), List.of(0.0, 1.0), 0.1));
  }

  @ParameterizedTest(name = "[{index}] mean of {0} weighted {1} = {2}")
  @MethodSource("weightedMeans")
  void weighsScores(List<Double> scores, List<Double> weights, double expected) {
    assertEquals(expected, KeyResultMath.weightedMean(scores, weights).orElseThrow(), 1e-12);
  }

  @Test
  void weightedMeanOfNothingIsEmpty() {
    assertTrue(KeyResultMath.weightedMean(List.of(), List.of()).isEmpty());
    assertTrue(KeyResultMath.weightedMean(null, null).isEmpty());
    assertTrue(KeyResultMath.weightedMean(List.of(0.5, 0.7), List.of(0.0, 0.0)).isEmpty());
  }
}
