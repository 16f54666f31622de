package org.okrsite.config;

/** The seven dimensions of the OKR quality rubric, with the seed's default weights (percent). */
public enum Dimension {
  AMBITION("ambition", "Ambition", 15),
  MEASURABILITY("measurability", "Measurability", 20),
  ALIGNMENT("alignment", "Alignment", 15),
  OUTCOME_FOCUS("outcome_focus", "Outcome focus", 20),
  OWNERSHIP("ownership", "Ownership", 10),
  TIME_BOUND("time_bound", "Time-bound", 10),
  INDEPENDENCE("independence", "Independence", 10);

  private final String key;
  private final String label;
  private final int defaultWeight;

  Dimension(String key, String label, int defaultWeight) {
    this.key = key;
    this.label = label;
    this.defaultWeight = defaultWeight;
  }

  /** The key used under {@code review.weights} in site.yaml and in JSON. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public int defaultWeight() {
    return defaultWeight;
  }
}
