package org.okrsite.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** A KPI's readings over time, with an optional target line. */
public record KpiTrend(String kpi, String unit, List<DatedValue> values, OptionalDouble target) {

  public KpiTrend {
    kpi = Objects.requireNonNullElse(kpi, "");
    unit = Objects.requireNonNullElse(unit, "");
    values = DatedValue.sorted(values);
    target = Objects.requireNonNullElse(target, OptionalDouble.empty());
  }
}
