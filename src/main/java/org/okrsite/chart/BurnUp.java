package org.okrsite.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The company's average progress (0–1) over a cycle, against the expected straight line from 0 at
 * cycle start to 1 at cycle end.
 */
public record BurnUp(
    String title, LocalDate cycleStart, LocalDate cycleEnd, List<DatedValue> averageProgress) {

  public BurnUp {
    title = Objects.requireNonNullElse(title, "");
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(cycleEnd, "cycleEnd");
    averageProgress = DatedValue.sorted(averageProgress);
  }
}
