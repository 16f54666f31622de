package org.okrsite.model;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/** A snapshot of KPIs; several dated snapshots of one owner make KPI trends. */
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
}
