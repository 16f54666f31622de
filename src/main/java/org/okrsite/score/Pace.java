package org.okrsite.score;

/** Progress against the linear expectation for the time elapsed in the cycle. */
public enum Pace {
  AHEAD("ahead", "Ahead of pace"),
  ON_PACE("on-pace", "On pace"),
  BEHIND("behind", "Behind pace"),
  UNKNOWN("unknown", "Pace unknown");

  private final String key;
  private final String label;

  Pace(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** Within {@code tolerance} (scoring.behind, 0.1) of the expectation is on pace. */
  public static Pace of(Double progress, Double expected, double tolerance) {
    if (progress == null || expected == null) return UNKNOWN;
    double gap = progress - expected;
    if (gap > tolerance + 1e-9) return AHEAD;
    if (gap < -tolerance - 1e-9) return BEHIND;
    return ON_PACE;
  }
}
