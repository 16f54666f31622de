package org.okrsite.model;

/** Google's two tiers: a committed OKR is expected to reach 1.0; an aspirational one about 0.7. */
public enum Tier {
  COMMITTED(1.0),
  ASPIRATIONAL(0.7);

  private final double expectedScore;

  Tier(double expectedScore) {
    this.expectedScore = expectedScore;
  }

  public double expectedScore() {
    return expectedScore;
  }

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
