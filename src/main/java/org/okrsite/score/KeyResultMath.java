package org.okrsite.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.okrsite.model.KrKind;
import org.okrsite.model.Quantity;

/**
 * The arithmetic of one key result (contract §3), as pure functions.
 *
 * <pre>{@code
 * Quantity b = Quantity.parse("7 days").orElseThrow();
 * Quantity t = Quantity.parse("< 2 days").orElseThrow();
 * Quantity c = Quantity.parse("3.2 days").orElseThrow();
 * KrKind kind = KeyResultMath.inferKind(b, t);                     // DECREASE
 * double score = KeyResultMath.round2(
 *     KeyResultMath.clamp01(KeyResultMath.progress(kind, b, t, c).orElseThrow())); // 0.76
 * }</pre>
 */
public final class KeyResultMath {

  private static final Set<String> DONE =
      Set.of("done", "yes", "true", "complete", "completed", "shipped", "launched", "1", "100%");
  private static final Set<String> NOT_DONE =
      Set.of("not done", "no", "false", "0", "0%", "pending", "in progress", "not started");

  private KeyResultMath() {}

  /**
   * The kind implied by a baseline and a target: {@code 7 days → < 2 days} is {@code DECREASE},
   * {@code 1% → < 2%} is {@code STAY_BELOW}, {@code 8% → 18%} is {@code INCREASE}. See {@link
   * KrKind#infer}.
   */
  public static KrKind inferKind(Quantity baseline, Quantity target) {
    return KrKind.infer(baseline, target);
  }

  /**
   * Progress towards the target, unclamped: {@code (current − baseline) / (target − baseline)} for
   * increases and decreases, so over-achievement exceeds 1 and regression goes below 0. A stay
   * above/below key result is 1.0 while the threshold holds (inclusive unless the target says
   * {@code <} or {@code >}); once breached it gets credit by its distance back to the band, from
   * 0.99 at the edge down to 0.0 at a distance equal to the headroom its baseline had (the distance
   * from the baseline to the threshold; without a baseline inside the band, a tenth of the
   * threshold, and for a percentage no more than its room to 100% or to 0%): uptime held above
   * 99.9% from 99.95% scores 0.6 at 99.88% and 0.0 at 99.85%; from 99.9% itself, 0.6 at 99.86%. A
   * milestone reads its current value as done or not; a baseline key result is complete once a
   * value is measured. Units are the caller's concern: mismatched units are computed, not rejected.
   *
   * @return progress, or empty when a needed value is missing or target equals baseline
   */
  public static OptionalDouble progress(
      KrKind kind, Quantity baseline, Quantity target, Quantity current) {
    if (kind == null || current == null) {
      return OptionalDouble.empty();
    }
    return switch (kind) {
      case INCREASE, DECREASE -> linearProgress(baseline, target, current);
      case STAY_ABOVE -> thresholdProgress(baseline, target, current, true);
      case STAY_BELOW -> thresholdProgress(baseline, target, current, false);
      case MILESTONE -> milestoneProgress(current.text());
      case BASELINE -> OptionalDouble.of(1.0);
    };
  }

  private static OptionalDouble linearProgress(
      Quantity baseline, Quantity target, Quantity current) {
    if (baseline == null || target == null || target.value() == baseline.value()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        (current.value() - baseline.value()) / (target.value() - baseline.value()));
  }

  private static OptionalDouble thresholdProgress(
      Quantity baseline, Quantity target, Quantity current, boolean floor) {
    if (target == null) {
      return OptionalDouble.empty();
    }
    double c = current.value();
    double t = target.value();
    boolean strict = target.comparison().isStrict();
    boolean held = floor ? (strict ? c > t : c >= t) : (strict ? c < t : c <= t);
    if (held) return OptionalDouble.of(1.0);
    double headroom = baseline == null ? 0 : floor ? baseline.value() - t : t - baseline.value();
    if (!(headroom > 0)) {
      headroom = Math.abs(t) / 10;
      // a percentage held near its end: the room to 100% (or to 0%) is the scale, not a tenth
      if (target.unit().equals("%")) headroom = Math.min(headroom, floor ? 100 - t : t);
    }
    if (!(headroom > 0)) return OptionalDouble.of(0.0);
    double credit = 1 - Math.abs(c - t) / headroom;
    return OptionalDouble.of(Math.max(0.0, Math.min(0.99, credit)));
  }

  /**
   * Completion of a milestone from its current text: {@code done}, {@code shipped}, {@code 100%} …
   * give 1.0; {@code not done}, {@code pending}, {@code in progress}, {@code 0} … give 0.0.
   *
   * @return 1.0, 0.0, or empty when the text says neither
   */
  public static OptionalDouble milestoneProgress(String currentText) {
    if (currentText == null) {
      return OptionalDouble.empty();
    }
    String key =
        currentText
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s_-]+", " ")
            .replaceAll("[.!]$", "");
    if (DONE.contains(key)) {
      return OptionalDouble.of(1.0);
    }
    if (NOT_DONE.contains(key)) {
      return OptionalDouble.of(0.0);
    }
    return OptionalDouble.empty();
  }

  /** The computed score's range: below 0 is 0, above 1 is 1, NaN is 0. */
  public static double clamp01(double value) {
    if (Double.isNaN(value)) {
      return 0.0;
    }
    return Math.max(0.0, Math.min(1.0, value));
  }

  /**
   * Rounds half-up to two decimals as people expect: {@code 0.755 → 0.76}, {@code 0.6842 → 0.68}.
   * Goes through the shortest decimal text of the double, so binary artefacts (0.755 is stored as
   * 0.75499999…) do not round down. NaN and infinities are returned unchanged.
   */
  public static double round2(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * The mean of scores weighted by weights; a null weight, or a weight missing because the list is
   * shorter or null, counts as 1.0. Null scores are left out with their weights.
   *
   * @return the mean, or empty when there are no scores or all weights are zero
   */
  public static OptionalDouble weightedMean(List<Double> scores, List<Double> weights) {
    if (scores == null) {
      return OptionalDouble.empty();
    }
    double sum = 0.0;
    double totalWeight = 0.0;
    for (int i = 0; i < scores.size(); i++) {
      Double score = scores.get(i);
      if (score == null) {
        continue;
      }
      Double w = weights != null && i < weights.size() ? weights.get(i) : null;
      double weight = w == null ? 1.0 : w;
      sum += score * weight;
      totalWeight += weight;
    }
    return totalWeight == 0.0 ? OptionalDouble.empty() : OptionalDouble.of(sum / totalWeight);
  }
}
