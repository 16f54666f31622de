package org.okrsite.score;

/**
 * How a finished cycle speaks of a score (contract §3, seed 001): failed, fell short, hit,
 * exceeded. A score is read to one decimal, half up: 0.0–0.3 failed, 0.4–0.6 fell short, 0.7 hit,
 * 0.8–1.0 exceeded (so 0.64 fell short, 0.65 hit, 0.75 exceeded).
 */
public enum Band {
  FAILED("failed", "Failed", "0.0–0.3: failed to make progress", "✕"),
  FELL_SHORT("fell-short", "Fell short", "0.4–0.6: made progress but fell short", "◐"),
  HIT("hit", "Hit", "0.7: hit the target", "✓"),
  EXCEEDED("exceeded", "Exceeded", "0.8–1.0: exceeded the target", "★");

  private final String key;
  private final String label;
  private final String meaning;
  private final String icon;

  Band(String key, String label, String meaning, String icon) {
    this.key = key;
    this.label = label;
    this.meaning = meaning;
    this.icon = icon;
  }

  /** The word used in JSON and CSS classes: failed, fell-short, hit, exceeded. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The seed's reading of the band, e.g. "0.7: hit the target". */
  public String meaning() {
    return meaning;
  }

  public String icon() {
    return icon;
  }

  /** The band of a final score; null when there is none. */
  public static Band of(Double score) {
    if (score == null || !Double.isFinite(score)) return null;
    long tenths = Math.round(Math.floor(KeyResultMath.round2(score) * 10 + 0.5 + 1e-9));
    if (tenths <= 3) return FAILED;
    if (tenths <= 6) return FELL_SHORT;
    if (tenths == 7) return HIT;
    return EXCEEDED;
  }
}
