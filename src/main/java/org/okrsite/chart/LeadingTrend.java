package org.okrsite.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The weekly readings of a key result's leading indicator over its cycle (seed 001: every lagging
 * key result should have a leading indicator tracked weekly). It has no baseline or target of its
 * own: the chart shows whether it moves, beside the key result's trend.
 *
 * @param keyResult the key result's name, e.g. {@code "KR1 Time to first value"}
 * @param indicator what the indicator measures, e.g. {@code "Wizard completion rate (weekly)"}
 * @param unit the unit of the readings, e.g. {@code "%"}; may be empty
 */
public record LeadingTrend(
    String keyResult,
    String indicator,
    String unit,
    LocalDate cycleStart,
    LocalDate cycleEnd,
    List<DatedValue> readings) {

  public LeadingTrend {
    keyResult = Objects.requireNonNullElse(keyResult, "");
    indicator = Objects.requireNonNullElse(indicator, "");
    unit = Objects.requireNonNullElse(unit, "");
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(cycleEnd, "cycleEnd");
    readings = DatedValue.sorted(readings);
  }
}
