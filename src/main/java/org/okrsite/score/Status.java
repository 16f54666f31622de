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
  /** The cycle has ended: its key results and objectives speak in {@link Band}s. */
  CLOSED("closed", "Cycle closed", "◼"),
  UNKNOWN("unknown", "No confidence yet", "?");

  private final String key;
  private final String label;
  private final String icon;

  Status(String key, String label, String icon) {
    this.key = key;
    this.label = label;
    this.icon = icon;
  }

  /**
   * The word used in JSON and CSS classes: green, yellow, red, stale, cancelled, closed, unknown.
   */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String icon() {
    return icon;
  }
}
