package org.okrsite.chart;

import java.util.List;
import java.util.Objects;

/**
 * Final key-result scores at cycle end, drawn as a histogram of ten bins (0.0–0.1 … 0.9–1.0) with
 * the 0.6–0.7 sweet spot marked: mass near 1.0 suggests sandbagging, mass near 0 overreach.
 */
public record ScoreDistribution(String title, List<Double> finalScores) {

  public ScoreDistribution {
    title = Objects.requireNonNullElse(title, "");
    finalScores = finalScores == null ? List.of() : List.copyOf(finalScores);
    for (double s : finalScores) {
      if (!Double.isFinite(s)) {
        throw new IllegalArgumentException("score must be finite: " + s);
      }
    }
  }
}
