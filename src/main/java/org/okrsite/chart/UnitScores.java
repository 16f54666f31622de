package org.okrsite.chart;

import java.util.List;
import java.util.Objects;

/** Objective scores (0–1) per organisational unit, drawn as horizontal bars in the given order. */
public record UnitScores(String title, List<UnitScore> units) {

  /** One unit's score. */
  public record UnitScore(String unit, double score) {
    public UnitScore {
      unit = Objects.requireNonNullElse(unit, "");
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException("score must be finite: " + score);
      }
    }
  }

  public UnitScores {
    title = Objects.requireNonNullElse(title, "");
    units = units == null ? List.of() : List.copyOf(units);
  }
}
