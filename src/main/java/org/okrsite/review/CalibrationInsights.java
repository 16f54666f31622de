package org.okrsite.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;

/**
 * The {@code calibration-gap} insight (seed 000: the owner self-scores each key result, the final
 * score is agreed in a calibration conversation and may differ). An owner whose self scores of a
 * finished cycle lean one way, on every key result that has both scores, by at least {@code
 * review.calibration_gap} on average, is worth a word before the next scoring: self-assessment runs
 * high (or low) there.
 */
final class CalibrationInsights {
  /** Fewer pairs than this say nothing about a habit. */
  static final int MIN_KEY_RESULTS = 2;

  private final double threshold;

  CalibrationInsights(double threshold) {
    this.threshold = threshold;
  }

  /** One key result with both scores: what the owner said and what was agreed. */
  private record Pair(Objective objective, KeyResult kr) {
    double gap() {
      return kr.selfScore() - kr.recordedScore();
    }
  }

  /**
   * The insights of a scope from its objectives of the finished cycle {@code finished}, one per
   * owner whose self scores lean one way, in the order the owners first appear.
   */
  List<Insight> of(Cycle finished, List<Objective> objectives) {
    Map<String, List<Pair>> byOwner = new LinkedHashMap<>();
    for (Objective o : objectives) {
      if (o.owner() == null) continue;
      for (KeyResult kr : o.keyResults()) {
        if (kr.selfScore() != null && kr.recordedScore() != null)
          byOwner.computeIfAbsent(o.owner().key(), k -> new ArrayList<>()).add(new Pair(o, kr));
      }
    }
    List<Insight> out = new ArrayList<>();
    for (List<Pair> pairs : byOwner.values()) {
      Insight i = owner(finished, pairs);
      if (i != null) out.add(i);
    }
    return out;
  }

  private Insight owner(Cycle finished, List<Pair> pairs) {
    if (pairs.size() < MIN_KEY_RESULTS) return null;
    double sum = 0;
    boolean anyAbove = false;
    boolean anyBelow = false;
    for (Pair p : pairs) {
      double g = round(p.gap());
      sum += g;
      anyAbove |= g > 0;
      anyBelow |= g < 0;
    }
    double mean = round(sum / pairs.size());
    // consistently: every key result leans the same way (or is spot on)
    if (anyAbove == anyBelow || Math.abs(mean) < threshold - 1e-9) return null;
    String owner = pairs.get(0).objective().owner().name();
    List<String> cited = new ArrayList<>();
    List<Ref> refs = new ArrayList<>();
    for (Pair p : pairs) {
      cited.add(
          p.kr().id()
              + " \""
              + KeyResultText.label(p.kr())
              + "\" self "
              + KrInsights.num(p.kr().selfScore())
              + ", agreed "
              + KrInsights.num(p.kr().recordedScore()));
      refs.add(Ref.keyResult(p.objective().id(), p.kr().id()));
    }
    String message =
        owner
            + "'s self scores ran "
            + (anyAbove ? "above" : "below")
            + " the agreed scores in "
            + finished.name()
            + " by "
            + KrInsights.num(Math.abs(mean))
            + " on average over "
            + pairs.size()
            + " key results ("
            + String.join("; ", cited)
            + "): "
            + (anyAbove
                ? "self-assessment runs high; bring evidence to the next scoring"
                : "self-assessment runs low; the team undersells its results");
    return new Insight(
        "calibration-gap",
        message,
        Evidence.of("self scores against agreed scores, " + finished.name(), refs));
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
