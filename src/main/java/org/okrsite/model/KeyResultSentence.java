package org.okrsite.model;

import java.util.Optional;

/**
 * A key result written as one sentence, read into the parts a structured key result has.
 *
 * <pre>{@code
 * KeyResultSentence s = KeyResultSentence.parse("Reduce TTFV from 7 days to 2 days");
 * s.metric();   // "TTFV"
 * s.baseline(); // 7 day
 * s.target();   // 2 day
 * s.kind();     // DECREASE
 * }</pre>
 *
 * @param metric what is measured; the whole text when nothing could be read out of it, empty when
 *     the text is only a value ({@code "less than 48 hours"})
 * @param baseline the starting value, when the text states one ({@code "from X"}, {@code "X to"})
 * @param target the value to reach or hold
 * @param kind the kind the text implies: from baseline and target, else its verb ("Reduce"), else
 *     the target's comparison; empty when the text does not say
 * @param relativeChangePercent a change stated relative to an unknown baseline: {@code "Increase
 *     activation by 75%"} is {@code 75.0}, {@code "Reduce churn by 20%"} is {@code -20.0}, so a
 *     caller who knows the baseline can compute the target as {@code baseline × (1 + p / 100)}
 */
public record KeyResultSentence(
    String metric,
    Optional<Quantity> baseline,
    Optional<Quantity> target,
    Optional<KrKind> kind,
    Optional<Double> relativeChangePercent) {

  public KeyResultSentence {
    metric = metric == null ? "" : metric;
    baseline = baseline == null ? Optional.empty() : baseline;
    target = target == null ? Optional.empty() : target;
    kind = kind == null ? Optional.empty() : kind;
    relativeChangePercent =
        relativeChangePercent == null ? Optional.empty() : relativeChangePercent;
  }

  /**
   * Reads a free-text key result such as {@code "Monthly recurring revenue from $2K to $8K"},
   * {@code "Onboarding CSAT: > 4.5"}, {@code "Enterprise accounts using SSO: 0 → 15"} or {@code
   * "Increase activation by 75%"}. Never throws: text with no readable value comes back as a metric
   * alone.
   */
  public static KeyResultSentence parse(String text) {
    return KeyResultSentenceParser.parse(text);
  }

  /** A sentence with no value read out of it: the text is the metric. */
  static KeyResultSentence unmeasured(String metric) {
    return new KeyResultSentence(
        metric, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
