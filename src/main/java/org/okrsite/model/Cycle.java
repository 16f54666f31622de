package org.okrsite.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period OKRs are set for: a quarter by default, or a custom cycle from {@code site.yaml}.
 *
 * @param id a slug used in paths and JSON, e.g. {@code 2026-q1}
 * @param name the name people write, e.g. {@code Q1 2026}
 */
public record Cycle(String id, String name, LocalDate start, LocalDate end) {

  public boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  /** Length in days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The share of the cycle elapsed at the end of {@code asOf}: 0 before it starts, 1 after it ends.
   */
  public double elapsed(LocalDate asOf) {
    if (asOf.isBefore(start)) return 0;
    if (asOf.isAfter(end)) return 1;
    return (double) (ChronoUnit.DAYS.between(start, asOf) + 1) / days();
  }
}
