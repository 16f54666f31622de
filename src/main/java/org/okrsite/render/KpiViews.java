package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;

/** KPI snapshots read as the seed reads them: status now, last value, trend across snapshots. */
final class KpiViews {
  static final List<String> CATEGORIES =
      List.of("health", "growth", "efficiency", "quality", "velocity");
  private final SiteIndex site;

  KpiViews(SiteIndex site) {
    this.site = site;
  }

  /** Snapshots up to the as-of date, oldest first. */
  List<KpiDashboard> snapshots() {
    return site.model.kpiDashboards().stream()
        .filter(d -> d.date() != null && !d.date().isAfter(site.asOf()))
        .sorted(Comparator.comparing(KpiDashboard::date).thenComparing(KpiDashboard::id))
        .toList();
  }

  KpiDashboard latestOnOrBefore(LocalDate day) {
    KpiDashboard found = null;
    for (KpiDashboard d : snapshots()) if (!d.date().isAfter(day)) found = d;
    return found;
  }

  private KpiDashboard before(KpiDashboard now) {
    KpiDashboard found = null;
    for (KpiDashboard d : snapshots()) if (d.date().isBefore(now.date())) found = d;
    return found;
  }

  static Kpi find(KpiDashboard d, String name) {
    if (d == null) return null;
    return d.kpis().stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  /** The seed's weekly "KPI Status" table: metric, last, now, status. */
  List<Map<String, Object>> weekRows(KpiDashboard now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (now == null) return rows;
    KpiDashboard prev = before(now);
    for (Kpi k : ordered(now)) {
      Kpi last = find(prev, k.name());
      boolean turnedRed =
          "red".equalsIgnoreCase(k.status())
              && (last == null || !"red".equalsIgnoreCase(last.status()));
      rows.add(
          Vm.of(
              "name",
              k.name(),
              "last",
              last == null ? "–" : Cards.nz(last.currentText()),
              "now",
              Cards.nz(k.currentText()),
              "target",
              Cards.nz(k.targetText()),
              "status",
              Cards.status(k.status()),
              "trend",
              trend(k.trend()),
              "turnedRed",
              turnedRed));
    }
    return rows;
  }

  /** KPIs by category in the seed's order, unknown categories after, each in written order. */
  static List<Kpi> ordered(KpiDashboard d) {
    List<Kpi> out = new ArrayList<>();
    for (String c : CATEGORIES)
      for (Kpi k : d.kpis()) if (c.equalsIgnoreCase(Cards.nz(k.category()))) out.add(k);
    for (Kpi k : d.kpis()) if (!out.contains(k)) out.add(k);
    return out;
  }

  /** A trend as an arrow and a word, never an arrow alone. */
  static Map<String, Object> trend(String t) {
    String key = t == null ? "" : t.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (key) {
      case "up" -> Vm.of("key", "up", "icon", "↑", "label", "up");
      case "down" -> Vm.of("key", "down", "icon", "↓", "label", "down");
      case "flat" -> Vm.of("key", "flat", "icon", "→", "label", "flat");
      default -> Vm.of("key", "unknown", "icon", "·", "label", key.isEmpty() ? "not stated" : key);
    };
  }
}
