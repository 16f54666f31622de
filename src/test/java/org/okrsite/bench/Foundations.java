package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.okrsite.bench.OrgShape.Department;
import org.okrsite.bench.OrgShape.Person;
import org.okrsite.bench.OrgShape.Team;

/**
 * The documents that do not grow with the cycles: site settings, strategy, pillars, annual goals,
 * the organisation, two handbook pages and monthly KPI dashboards (company and per department).
 */
final class Foundations {
  private Foundations() {}

  /** Writes them; returns the number of files. */
  static int write(Path dir, OrgShape org, Random r) throws IOException {
    new Yaml()
        .str(0, "title", org.company() + " OKRs")
        .kv(0, "time_zone", "UTC")
        .line(0, "cycles:")
        .kv(1, "calendar", "quarters")
        .kv(1, "fiscal_year_start", "1")
        .line(0, "checkins:")
        .kv(1, "cadence", "weekly")
        .kv(1, "stale_after_days", "14")
        .line(0, "scoring:")
        .kv(1, "green", "0.7")
        .kv(1, "yellow", "0.4")
        .kv(1, "confidence_drop", "0.2")
        .kv(1, "rollup", "false")
        .write(dir.resolve("site.yaml"));
    new Yaml()
        .line(0, "strategy:")
        .str(1, "company", org.company())
        .str(1, "vision", "Every growing team productive on day one.")
        .str(1, "mission", "Self-serve workspaces that reach first value in under two days.")
        .line(1, "north_star:")
        .str(2, "metric", "Weekly active teams")
        .str(2, "current", "2,150")
        .str(2, "target", "3,000")
        .str(2, "why", "A team active every week has reached value and renews.")
        .write(dir.resolve("strategy.yaml"));
    Yaml pillars = new Yaml().line(0, "strategic_pillars:");
    for (String p : Objectives.PILLARS) {
      pillars
          .line(1, "- name: " + Yaml.q(p))
          .str(2, "description", p + " as our way to win")
          .str(2, "north_star_contribution", "Moves weekly active teams");
    }
    pillars.write(dir.resolve("pillars.yaml"));
    for (int g = 1; g <= 4; g++)
      goal(g, org).write(dir.resolve("goals").resolve("AG-2026-0" + g + ".yaml"));
    organisation(org).write(dir.resolve("organisation.yaml"));
    new Yaml()
        .line(0, "---")
        .line(0, "title: How we write OKRs")
        .line(0, "weight: 1")
        .line(0, "---")
        .line(0, "Two to three objectives per team, three measurable key results each.")
        .write(dir.resolve("docs").resolve("how-we-write-okrs.md"));
    new Yaml()
        .line(0, "---")
        .line(0, "title: Weekly check-in")
        .line(0, "weight: 2")
        .line(0, "---")
        .line(0, "Every Friday: confidence, progress, issues, plan (GRIP).")
        .write(dir.resolve("docs").resolve("weekly-checkin.md"));
    int kpis = 0;
    String[] months = {
      "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-18"
    };
    for (int m = 0; m < months.length; m++) {
      kpi(null, months[m], m, r)
          .write(dir.resolve("kpis").resolve("company").resolve(months[m] + ".yaml"));
      kpis++;
    }
    for (Department d : org.departments()) {
      for (int m = 3; m < months.length; m++) {
        kpi(d.name(), months[m], m, r)
            .write(dir.resolve("kpis").resolve(d.slug()).resolve(months[m] + ".yaml"));
        kpis++;
      }
    }
    return 6 + 4 + kpis;
  }

  private static Yaml goal(int g, OrgShape org) {
    int base = 100 * g;
    return new Yaml()
        .line(0, "annual_goal:")
        .str(1, "id", "AG-2026-0" + g)
        .kv(1, "year", "2026")
        .str(
            1,
            "statement",
            "Grow "
                + Objectives.PILLARS[(g - 1) % 3].toLowerCase(java.util.Locale.ROOT)
                + " revenue to $"
                + (base * 4)
                + "K ARR")
        .str(1, "pillar", Objectives.PILLARS[(g - 1) % 3])
        .str(1, "why_now", "The market window is this year")
        .str(1, "success_metric", "ARR ≥ $" + (base * 4) + "K by Dec 31")
        .str(1, "current_baseline", "$" + base + "K ARR")
        .line(1, "milestones:")
        .str(2, "q1", "$" + (base * 2) + "K ARR")
        .str(2, "q2", "$" + (base * 5 / 2) + "K ARR")
        .str(2, "q3", "$" + (base * 3) + "K ARR")
        .str(2, "q4", "$" + (base * 4) + "K ARR")
        .line(1, "progress:")
        .str(2, "q1", "$" + (base * 2) + "K ARR")
        .str(2, "q2", "$" + (base * 5 / 2 - 10) + "K ARR")
        .str(2, "q3", "$" + (base * 3 - 20) + "K ARR")
        .line(1, "dependencies:")
        .item(2, "Hire two engineers by February")
        .line(1, "risk_factors:")
        .item(2, "Churn above 5% a month")
        .str(1, "owner", org.lead().name());
  }

  private static Yaml organisation(OrgShape org) {
    Yaml y =
        new Yaml()
            .line(0, "organisation:")
            .str(1, "company", org.company())
            .str(1, "lead", org.lead().name())
            .kv(1, "cadence", "monthly")
            .line(1, "departments:");
    for (Department d : org.departments()) {
      y.line(2, "- name: " + Yaml.q(d.name()))
          .str(3, "lead", d.lead().name())
          .kv(3, "cadence", "biweekly")
          .line(3, "teams:");
      for (Team t : d.teams()) {
        y.line(4, "- name: " + Yaml.q(t.name()))
            .str(5, "lead", t.lead().name())
            .kv(5, "cadence", "weekly")
            .line(5, "members:");
        for (Person p : t.members())
          y.line(6, "- name: " + Yaml.q(p.name())).str(7, "role", p.role());
      }
    }
    return y;
  }

  private static Yaml kpi(String department, String date, int m, Random r) {
    Yaml y = new Yaml().line(0, "kpi_dashboard:").kv(1, "date", date);
    if (department != null) y.str(1, "department", department);
    y.str(1, "cadence", "monthly").line(1, "health_metrics:");
    kpiLine(y, "MRR", "$" + (60 + 3 * m + r.nextInt(3)) + "K", "$83K", "up");
    kpiLine(y, "Gross Burn", "$" + (300 + r.nextInt(30)) + "K/mo", "< $330K/mo", "up");
    y.line(1, "growth_metrics:");
    kpiLine(
        y, "Weekly Active Teams", KrCatalog.grouped(1800 + 60L * m + r.nextInt(40)), "2,400", "up");
    kpiLine(y, "Net Revenue Retention", (100 + m + r.nextInt(3)) + "%", "> 110%", "up");
    y.line(1, "quality_metrics:");
    kpiLine(
        y,
        "Monthly Churn Rate",
        KrCatalog.trim(KrCatalog.round(4.2 - 0.15 * m + r.nextDouble() * 0.2, 1)) + "%",
        "< 3%",
        "down");
    kpiLine(y, "p95 API latency", (520 - 20 * m + r.nextInt(30)) + " ms", "< 400 ms", "down");
    return y;
  }

  private static void kpiLine(Yaml y, String name, String current, String target, String trend) {
    y.line(2, "- name: " + Yaml.q(name))
        .str(3, "current", current)
        .str(3, "target", target)
        .str(3, "trend", trend)
        .str(3, "status", "yellow");
  }
}
