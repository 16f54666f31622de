package org.okrsite.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** Literal chart inputs shared by the tests and the benchmark. */
final class Samples {

  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final LocalDate END = LocalDate.of(2025, 3, 31);

  private Samples() {}

  static List<DatedValue> values(double... values) {
    List<DatedValue> result = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      result.add(new DatedValue(START.plusDays(7L * (i + 1)), values[i]));
    }
    return result;
  }

  static KrTrend krTrend() {
    return new KrTrend("Raise NPS", "pts", START, END, 40, 60, values(41, 44, 43, 47, 49));
  }

  static KrTrend decreasingKr() {
    return new KrTrend(
        "Cut p95 latency",
        "ms",
        START,
        END,
        800,
        300,
        values(790, 700, 650, 640, 560),
        OptionalDouble.of(420));
  }

  static ConfidenceTrend confidence() {
    return new ConfidenceTrend(
        "Delight customers",
        START,
        END,
        List.of(
            new ConfidenceTrend.KrConfidence("Raise NPS", values(0.7, 0.6, 0.5, 0.5)),
            new ConfidenceTrend.KrConfidence("Cut churn", values(0.5, 0.6, 0.8, 0.9)),
            new ConfidenceTrend.KrConfidence("Answer in 1h", values(0.3, 0.3, 0.2, 0.35))));
  }

  static UnitScores unitScores() {
    return new UnitScores(
        "Scores by unit",
        List.of(
            new UnitScores.UnitScore("Engineering", 0.7),
            new UnitScores.UnitScore("Sales", 0.45),
            new UnitScores.UnitScore("Support", 0.9),
            new UnitScores.UnitScore("Marketing", 0.2)));
  }

  static ScoreDistribution scoreDistribution() {
    return new ScoreDistribution(
        "Q1 scores",
        List.of(
            0.05, 0.15, 0.15, 0.25, 0.35, 0.35, 0.35, 0.45, 0.55, 0.6, 0.65, 0.65, 0.65, 0.68, 0.75,
            0.75, 0.85, 0.95, 1.0, 1.0));
  }

  static KpiTrend kpiTrend() {
    return new KpiTrend(
        "Monthly active users", "k", values(10, 12, 13, 15, 14, 18), OptionalDouble.of(25));
  }

  static BurnUp burnUp() {
    return new BurnUp("Company progress Q1", START, END, values(0.02, 0.08, 0.15, 0.2, 0.31));
  }
}
