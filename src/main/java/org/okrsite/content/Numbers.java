package org.okrsite.content;

/** Boxed numbers read from content, shared where they repeat. */
final class Numbers {
  private Numbers() {}

  /** 0.00, 0.01, … 1.00: the confidences and scores every check-in and retrospective gives. */
  private static final Double[] HUNDREDTHS = new Double[101];

  static {
    for (int k = 0; k <= 100; k++) HUNDREDTHS[k] = k / 100.0;
  }

  /**
   * {@code d} boxed; a hundredth from 0 to 1 is one shared instance (the same value: {@code k /
   * 100.0} is the double nearest to {@code k/100}, as parsing "0.55" is).
   */
  static Double boxed(double d) {
    if (d >= 0 && d <= 1) {
      long k = Math.round(d * 100);
      Double shared = HUNDREDTHS[(int) k];
      if (Double.doubleToRawLongBits(shared) == Double.doubleToRawLongBits(d)) return shared;
    }
    return d;
  }
}
