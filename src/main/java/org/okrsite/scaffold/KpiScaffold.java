package org.okrsite.scaffold;

import static org.okrsite.escape.Yaml.quote;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Owner;

/** A dated KPI snapshot copying the metrics of the owner's latest dashboard, values to update. */
public final class KpiScaffold {
  private static final List<String> CATEGORIES =
      List.of("health", "growth", "efficiency", "quality", "velocity");

  private KpiScaffold() {}

  public static Scaffold of(Model model, Owner owner, LocalDate date) {
    List<KpiDashboard> own =
        model.kpiDashboards().stream()
            .filter(
                k ->
                    k.owner().key().equals(owner.key())
                        || (owner.level() == Level.COMPANY && k.owner().level() == Level.COMPANY))
            .toList();
    // an undated snapshot is the current one, so the newest to copy from
    KpiDashboard latest = KpiDashboard.currentUndated(own);
    if (latest == null)
      latest =
          own.stream()
              .filter(k -> k.date() != null && !k.date().isAfter(date))
              .max(Comparator.comparing(KpiDashboard::date))
              .orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("# KPI snapshot — ").append(owner.name()).append(", ").append(date).append('\n');
    b.append(
        latest == null
            ? "# No earlier snapshot: add your metrics.\n"
            : latest.date() == null
                ? "# Copied from the undated snapshot in "
                    + latest.position().file()
                    + ": update every 'current'.\n"
                : "# Copied from the snapshot of " + latest.date() + ": update every 'current'.\n");
    b.append("kpi_dashboard:\n");
    b.append("  date: ").append(date).append('\n');
    if (owner.level() != Level.COMPANY)
      b.append("  ")
          .append(owner.level().key())
          .append(": ")
          .append(quote(owner.name()))
          .append('\n');
    if (latest != null && latest.cadence() != null)
      b.append("  cadence: ").append(quote(latest.cadence())).append('\n');
    if (latest == null || latest.kpis().isEmpty()) {
      b.append("  health_metrics:\n");
      b.append(
          "    - name: \"TODO: metric\"\n"
              + "      current: 0\n"
              + "      target: 1\n"
              + "      trend: \"flat\"\n"
              + "      status: \"yellow\"\n");
    } else {
      for (String c : CATEGORIES) {
        List<Kpi> kpis = latest.kpis().stream().filter(k -> k.category().equals(c)).toList();
        if (kpis.isEmpty()) continue;
        b.append("  ").append(c).append("_metrics:\n");
        for (Kpi k : kpis) {
          b.append("    - name: ").append(quote(k.name())).append('\n');
          if (k.currentText() != null)
            b.append("      current: ").append(quote(k.currentText())).append("   # was\n");
          if (k.targetText() != null)
            b.append("      target: ").append(quote(k.targetText())).append('\n');
          if (k.trend() != null) b.append("      trend: ").append(quote(k.trend())).append('\n');
          if (k.status() != null) b.append("      status: ").append(quote(k.status())).append('\n');
        }
      }
    }
    String path =
        "kpis/"
            + (owner.level() == Level.COMPANY ? "" : Owners.folder(owner) + "/")
            + date
            + ".yaml";
    return new Scaffold(
        path,
        b.toString(),
        List.of(
            latest == null
                ? "no earlier KPI snapshot found"
                : "copied "
                    + latest.kpis().size()
                    + " metric(s) from "
                    + (latest.date() == null
                        ? "the undated snapshot in " + latest.position().file()
                        : latest.date())));
  }
}
