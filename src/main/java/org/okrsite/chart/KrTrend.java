package org.okrsite.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A key result's check-ins over its cycle, drawn with baseline, target, expected pace and forecast.
 *
 * @param keyResult the key result's name, shown as the chart title
 * @param unit the unit label for the value axis, e.g. {@code "%"} or {@code "ms"}; may be empty
 * @param forecastAtEnd the value expected at cycle end; when empty, the pace so far (from the
 *     baseline at cycle start through the last check-in) is extended to cycle end
 */
public record KrTrend(
    String keyResult,
    String unit,
    LocalDate cycleStart,
    LocalDate cycleEnd,
    double baseline,
    double target,
    List<DatedValue> checkIns,
    OptionalDouble forecastAtEnd) {

  public KrTrend {
    keyResult = Objects.requireNonNullElse(keyResult, "");
    unit = Objects.requireNonNullElse(unit, "");
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(cycleEnd, "cycleEnd");
    checkIns = DatedValue.sorted(checkIns);
    forecastAtEnd = Objects.requireNonNullElse(forecastAtEnd, OptionalDouble.empty());
  }

  /** A trend whose forecast is the pace so far. */
  public KrTrend(
      String keyResult,
      String unit,
      LocalDate cycleStart,
      LocalDate cycleEnd,
      double baseline,
      double target,
      List<DatedValue> checkIns) {
    this(keyResult, unit, cycleStart, cycleEnd, baseline, target, checkIns, OptionalDouble.empty());
  }
}
