package org.okrsite.score;

/**
 * A key result's or objective's status. Colours are never the only signal: each has a word and an
 * icon. Silence is never green: an owner who has not checked in for too long is {@link #STALE}.
 */
public enum Status {
  GREEN("green", "On track", "●"),
  YELLOW("yellow", "At risk", "▲"),
  RED("red", "Off track", "■"),
  STALE("stale", "Stale — no recent check-in", "○"),
  CANCELLED("cancelled", "Cancelled", "✕"),
  UNKNOWN("unknown", "No confidence yet", "?");

  private final String key;
  private final String label;
  private final String icon;

  Status(String key, String label, String icon) {
    this.key = key;
    this.label = label;
    this.icon = icon;
  }

  /** The word used in JSON and CSS classes: green, yellow, red, stale, cancelled, unknown. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String icon() {
    return icon;
  }

  /** Green at or above {@code green}, yellow at or above {@code yellow}, else red. */
  public static Status fromConfidence(Double confidence, double green, double yellow) {
    if (confidence == null) return UNKNOWN;
    if (confidence >= green - 1e-9) return GREEN;
    if (confidence >= yellow - 1e-9) return YELLOW;
    return RED;
  }
}
