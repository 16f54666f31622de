package org.okrsite.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The confidence (0.0–1.0) of each key result of one objective over its cycle. Confidence below
 * {@code redBelow} is off track, from {@code greenFrom} on track, in between at risk.
 */
public record ConfidenceTrend(
    String objective,
    LocalDate cycleStart,
    LocalDate cycleEnd,
    List<KrConfidence> keyResults,
    double redBelow,
    double greenFrom) {

  /** The usual thresholds: red below 0.4, green from 0.7. */
  public static final double DEFAULT_RED_BELOW = 0.4;

  public static final double DEFAULT_GREEN_FROM = 0.7;

  /** One key result's confidence votes. */
  public record KrConfidence(String keyResult, List<DatedValue> points) {
    public KrConfidence {
      keyResult = Objects.requireNonNullElse(keyResult, "");
      points = DatedValue.sorted(points);
    }
  }

  public ConfidenceTrend {
    objective = Objects.requireNonNullElse(objective, "");
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(cycleEnd, "cycleEnd");
    keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
  }

  /** A trend with the default thresholds. */
  public ConfidenceTrend(
      String objective, LocalDate cycleStart, LocalDate cycleEnd, List<KrConfidence> keyResults) {
    this(objective, cycleStart, cycleEnd, keyResults, DEFAULT_RED_BELOW, DEFAULT_GREEN_FROM);
  }
}
