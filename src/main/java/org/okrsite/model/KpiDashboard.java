package org.okrsite.model;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * A snapshot of KPIs; several dated snapshots of one owner make KPI trends. A snapshot without a
 * {@code date:} (as the seed writes it) is the current one, as of the build.
 */
public record KpiDashboard(
    String id,
    LocalDate date,
    Owner owner,
    String cadence,
    List<Kpi> kpis,
    SourcePosition position) {
  public KpiDashboard {
    kpis = List.copyOf(kpis);
  }

  /** The same snapshot dated {@code day}. */
  public KpiDashboard on(LocalDate day) {
    return new KpiDashboard(id, day, owner, cadence, kpis, position);
  }

  /**
   * The undated snapshot that stands for "now": the last undated one in {@code all}'s order (file
   * order), or null when every snapshot has a date. The others are reported ({@code kpi-undated}).
   */
  public static KpiDashboard currentUndated(List<KpiDashboard> all) {
    KpiDashboard found = null;
    for (KpiDashboard d : all) if (d.date() == null) found = d;
    return found;
  }
}
