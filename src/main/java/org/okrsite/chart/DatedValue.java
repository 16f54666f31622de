package org.okrsite.chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One measured value on one day: a check-in, a KPI reading, a confidence vote. */
public record DatedValue(LocalDate date, double value) {

  static final Comparator<DatedValue> BY_DATE = Comparator.comparing(DatedValue::date);

  public DatedValue {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** An immutable copy sorted by date (stable, so same-day values keep their order). */
  static List<DatedValue> sorted(List<DatedValue> values) {
    return values == null ? List.of() : values.stream().sorted(BY_DATE).toList();
  }
}
