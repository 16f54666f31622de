package org.okrsite.model;

import java.util.Locale;
import java.util.Optional;

/** What a key result asks for, as written under {@code kind:} or inferred from its values. */
public enum KrKind {
  INCREASE("increase"),
  DECREASE("decrease"),
  STAY_ABOVE("stay_above"),
  STAY_BELOW("stay_below"),
  MILESTONE("milestone"),
  BASELINE("baseline");

  private final String yamlName;

  KrKind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name written in content, e.g. {@code "stay_above"}. */
  public String yamlName() {
    return yamlName;
  }

  /**
   * Reads a {@code kind:} value. Case, hyphens and spaces are forgiven ({@code "Stay-Above"}), and
   * the common synonyms {@code maintain_above}, {@code maintain_below}, {@code establish_baseline}
   * and {@code binary} are accepted.
   *
   * @return the kind, or empty for an unknown name
   */
  public static Optional<KrKind> fromYaml(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (KrKind kind : values()) {
      if (kind.yamlName.equals(key)) {
        return Optional.of(kind);
      }
    }
    return switch (key) {
      case "maintain_above" -> Optional.of(STAY_ABOVE);
      case "maintain_below" -> Optional.of(STAY_BELOW);
      case "establish_baseline" -> Optional.of(BASELINE);
      case "binary" -> Optional.of(MILESTONE);
      default -> Optional.empty();
    };
  }

  /**
   * The kind a baseline and target imply. A comparison on the target states the direction ({@code
   * "< 2 days"} is a decrease) unless the baseline already satisfies it, in which case the key
   * result is to stay there. Without a comparison a lower target is a decrease, a higher one an
   * increase, an equal one a floor to hold. A missing target leaves nothing to measure: a
   * milestone. A missing baseline is treated as "no help from the baseline".
   *
   * <p>Lives here rather than in {@code score} so the model can classify free-text key results
   * without depending on the scoring stage; {@code KeyResultMath.inferKind} delegates to it.
   */
  public static KrKind infer(Quantity baseline, Quantity target) {
    if (target == null) {
      return MILESTONE;
    }
    Comparison cmp = target.comparison();
    if (cmp.isUpperBound()) {
      return baseline != null && satisfies(baseline.value(), cmp, target.value())
          ? STAY_BELOW
          : DECREASE;
    }
    if (cmp.isLowerBound()) {
      return baseline != null && satisfies(baseline.value(), cmp, target.value())
          ? STAY_ABOVE
          : INCREASE;
    }
    if (baseline == null) {
      return INCREASE;
    }
    if (target.value() < baseline.value()) {
      return DECREASE;
    }
    return target.value() > baseline.value() ? INCREASE : STAY_ABOVE;
  }

  private static boolean satisfies(double value, Comparison cmp, double threshold) {
    return switch (cmp) {
      case LT -> value < threshold;
      case LE -> value <= threshold;
      case GT -> value > threshold;
      case GE -> value >= threshold;
      case NONE -> false;
    };
  }
}
