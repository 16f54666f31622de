package org.okrsite.model;

import java.util.Optional;

/** How often an owner checks in: the default in {@code site.yaml}, or a unit's own. */
public enum Cadence {
  WEEKLY("weekly", 7),
  BIWEEKLY("biweekly", 14),
  MONTHLY("monthly", 31);

  private final String key;
  private final int days;

  Cadence(String key, int days) {
    this.key = key;
    this.days = days;
  }

  /** The word used in YAML: weekly, biweekly or monthly. */
  public String key() {
    return key;
  }

  /** The days between expected check-ins. */
  public int days() {
    return days;
  }

  /** The cadence a {@code site.yaml} value names, or empty when it names none. */
  public static Optional<Cadence> parse(String value) {
    for (Cadence c : values()) if (c.key.equals(value)) return Optional.of(c);
    return Optional.empty();
  }

  /**
   * The days between check-ins for a unit's {@code cadence:} as written in organisation.yaml, where
   * the spellings bi-weekly and fortnightly are also read, and anything else is weekly.
   */
  public static int daysOf(String written) {
    return written == null ? WEEKLY.days : ofWritten(written).orElse(WEEKLY).days;
  }

  /**
   * The cadence a unit's {@code cadence:} names as written in organisation.yaml (weekly; biweekly,
   * bi-weekly or fortnightly; monthly), or empty when it names none of them.
   */
  public static Optional<Cadence> ofWritten(String written) {
    if (written == null) return Optional.empty();
    return switch (written) {
      case "weekly" -> Optional.of(WEEKLY);
      case "biweekly", "bi-weekly", "fortnightly" -> Optional.of(BIWEEKLY);
      case "monthly" -> Optional.of(MONTHLY);
      default -> Optional.empty();
    };
  }
}
