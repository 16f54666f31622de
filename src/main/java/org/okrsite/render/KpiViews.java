package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.render.Views.StatusView;

/** KPI snapshots read as the seed reads them: status now, last value, trend across snapshots. */
final class KpiViews {
  static final List<String> CATEGORIES =
      List.of("health", "growth", "efficiency", "quality", "velocity");
  static final String UNDATED = "current snapshot, no date given";
  private final SiteIndex site;
  private final KpiDashboard undated;

  KpiViews(SiteIndex site) {
    this.site = site;
    this.undated = KpiDashboard.currentUndated(site.model.kpiDashboards());
  }

  /**
   * Snapshots up to the as-of date, oldest first. A snapshot written without a date is the current
   * one: it comes last, dated the as-of date (and {@link #isUndated} says so). Of several undated
   * snapshots only {@link KpiDashboard#currentUndated} is kept; the check stage reports the others.
   */
  List<KpiDashboard> snapshots() {
    List<KpiDashboard> out =
        new ArrayList<>(
            site.model.kpiDashboards().stream()
                .filter(d -> d.date() != null && !d.date().isAfter(site.asOf()))
                .sorted(Comparator.comparing(KpiDashboard::date).thenComparing(KpiDashboard::id))
                .toList());
    if (undated != null) out.add(undated.on(site.asOf()));
    return out;
  }

  /** True for the snapshot that was written without a date (shown as the current one). */
  boolean isUndated(KpiDashboard d) {
    return undated != null && d != null && undated.position().equals(d.position());
  }

  /** "current snapshot, no date given" for an undated snapshot, else null. */
  String undatedNote(KpiDashboard d) {
    return isUndated(d) ? UNDATED : null;
  }

  KpiDashboard latestOnOrBefore(LocalDate day) {
    KpiDashboard found = null;
    for (KpiDashboard d : snapshots()) if (!d.date().isAfter(day)) found = d;
    return found;
  }

  /** The snapshot before {@code now}: for the undated one, the latest dated snapshot. */
  private KpiDashboard before(KpiDashboard now) {
    KpiDashboard found = null;
    for (KpiDashboard d : snapshots()) {
      if (isUndated(d)) continue;
      if (isUndated(now) || d.date().isBefore(now.date())) found = d;
    }
    return found;
  }

  static Kpi find(KpiDashboard d, String name) {
    if (d == null) return null;
    return d.kpis().stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  /** One row of the KPI table: metric, last value, now, target, trend, status. */
  record KpiRow(
      String name,
      String last,
      String now,
      String target,
      StatusView status,
      Trend trend,
      boolean turnedRed) {}

  /** A trend as an arrow and a word: a CSS key, the arrow and the word. */
  record Trend(String key, String icon, String label) {}

  /** The seed's weekly "KPI Status" table: metric, last, now, status. */
  List<KpiRow> weekRows(KpiDashboard now) {
    List<KpiRow> rows = new ArrayList<>();
    if (now == null) return rows;
    KpiDashboard prev = before(now);
    for (Kpi k : ordered(now)) {
      Kpi last = find(prev, k.name());
      boolean turnedRed =
          "red".equalsIgnoreCase(k.status())
              && (last == null || !"red".equalsIgnoreCase(last.status()));
      rows.add(
          new KpiRow(
              k.name(),
              last == null ? "–" : Cards.nz(last.currentText()),
              Cards.nz(k.currentText()),
              Cards.nz(k.targetText()),
              Cards.status(k.status()),
              trend(k.trend()),
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
  static Trend trend(String t) {
    String key = t == null ? "" : t.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (key) {
      case "up" -> new Trend("up", "↑", "up");
      case "down" -> new Trend("down", "↓", "down");
      case "flat" -> new Trend("flat", "→", "flat");
      default -> new Trend("unknown", "·", key.isEmpty() ? "not stated" : key);
    };
  }
}
