package org.okrsite.review;

import java.util.List;

/**
 * The seed's goal-system health check: eight signals, each healthy or broken with its evidence, a
 * score out of 8 and the verdict (≤3 rebuild from scratch, 4–5 fix gaps, 6+ optimize).
 */
public record Health(List<Signal> signals, int score, String verdict) {
  public Health {
    signals = List.copyOf(signals);
  }

  /** The verdict of a score: the seed's bands. */
  public static String verdict(int score) {
    return score <= 3 ? "rebuild from scratch" : score <= 5 ? "fix gaps" : "optimize";
  }

  /**
   * One signal.
   *
   * @param key stable id, e.g. {@code review-cadence}
   * @param name the seed's wording, e.g. "Review cadence exists"
   */
  public record Signal(String key, String name, boolean healthy, List<Evidence> evidence) {
    public Signal {
      evidence = List.copyOf(evidence);
    }
  }
}
