package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Commitment;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.Doc;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Owner;
import org.okrsite.model.Quantity;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Slug;

/**
 * Reads the documents around objectives: retrospectives, KPI dashboards, dependency contracts,
 * individual commitments and handbook pages.
 */
final class RecordReader {
  static final List<String> KPI_CATEGORIES =
      List.of("health", "growth", "efficiency", "quality", "velocity");

  private RecordReader() {}

  static Retrospective retrospective(
      DocumentKind doc, CycleCalendar cal, Owner company, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "retrospective", d);
    f.allowOnly(
        Set.of(
            "quarter",
            "cycle",
            "date",
            "scores",
            "overall_average",
            "wins",
            "misses",
            "keep_doing",
            "start_doing",
            "stop_doing",
            "carry_forward_to_next_quarter",
            "carry_forward",
            "lessons",
            "company",
            "department",
            "team",
            "person",
            "visibility",
            "narrative"));
    Cycle cycle = Reading.cycle(f, cal, "retrospective", true);
    Owner owner = Reading.owner(f, "retrospective", false);
    List<Retrospective.ScoredObjective> scores = new ArrayList<>();
    for (YamlMapping m : Reading.mappings(f, "scores", "objective score")) {
      FieldReader sf = new FieldReader(m, "objective score", d);
      sf.allowOnly(Set.of("objective", "score", "key_results"));
      List<Retrospective.ScoredKr> krs = new ArrayList<>();
      for (YamlMapping km : Reading.mappings(sf, "key_results", "key result score")) {
        FieldReader kf = new FieldReader(km, "key result score", d);
        kf.allowOnly(Set.of("kr", "id", "score"));
        krs.add(
            new Retrospective.ScoredKr(
                kf.has("kr") ? kf.text("kr") : kf.text("id"),
                kf.fraction("score", Rule.SCORE_RANGE)));
      }
      scores.add(
          new Retrospective.ScoredObjective(
              sf.requiredText("objective"), sf.fraction("score", Rule.SCORE_RANGE), krs));
    }
    if (cycle == null) return null;
    Owner o = owner != null ? owner : company;
    List<String> carry = new ArrayList<>(f.textList("carry_forward_to_next_quarter"));
    carry.addAll(f.textList("carry_forward"));
    String narrative =
        doc.body() != null && !doc.body().isBlank() ? doc.body() : f.text("narrative");
    return new Retrospective(
        "retro-" + cycle.id() + "-" + o.level().key() + "-" + o.id(),
        cycle.id(),
        o,
        f.date("date"),
        scores,
        f.fraction("overall_average", Rule.SCORE_RANGE),
        f.textList("wins"),
        f.textList("misses"),
        f.textList("keep_doing"),
        f.textList("start_doing"),
        f.textList("stop_doing"),
        carry,
        f.textList("lessons"),
        narrative,
        f.mapping().position());
  }

  static KpiDashboard kpis(DocumentKind doc, Owner company, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "kpi_dashboard", d);
    List<String> allowed =
        new ArrayList<>(
            List.of(
                "cadence", "date", "company", "department", "team", "person", "visibility", "id"));
    for (String c : KPI_CATEGORIES) allowed.add(c + "_metrics");
    f.allowOnly(allowed);
    Owner owner = Reading.owner(f, "kpi_dashboard", false);
    Owner o = owner != null ? owner : company;
    List<Kpi> kpis = new ArrayList<>();
    for (String c : KPI_CATEGORIES) {
      for (YamlMapping m : Reading.mappings(f, c + "_metrics", "metric")) {
        FieldReader kf = new FieldReader(m, "KPI", d);
        kf.allowOnly(Set.of("name", "current", "target", "trend", "status", "unit"));
        String name = kf.requiredText("name");
        if (name == null) continue;
        String cur = kf.text("current");
        String tgt = kf.text("target");
        String trend = kf.text("trend");
        if (trend != null && !Set.of("up", "down", "flat").contains(trend)) {
          d.error(
              kf.at("trend"), Rule.KPI_VALUE, "trend '" + trend + "' is not up, down or flat", "");
        }
        String status = kf.text("status");
        if (status != null && !Set.of("green", "yellow", "red").contains(status)) {
          d.error(
              kf.at("status"),
              Rule.KPI_VALUE,
              "status '" + status + "' is not green, yellow or red",
              "");
        }
        kpis.add(
            new Kpi(c, name.trim(), cur, parse(cur), tgt, parse(tgt), trend, status, m.position()));
      }
    }
    var date = f.date("date");
    String id =
        f.text("id") != null
            ? Slug.of(f.text("id"))
            : "kpis-" + o.id() + (date == null ? "" : "-" + date);
    return new KpiDashboard(id, date, o, f.text("cadence"), kpis, f.mapping().position());
  }

  static Dependency dependency(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "dependency_contract", d);
    f.allowOnly(
        Set.of(
            "id",
            "provider_team",
            "consumer_team",
            "deliverable",
            "needed_by",
            "provider_kr",
            "consumer_kr",
            "escalation_date",
            "status",
            "quarter",
            "cycle",
            "visibility"));
    String provider = f.requiredText("provider_team");
    String consumer = f.requiredText("consumer_team");
    String deliverable = f.requiredText("deliverable");
    String status = f.text("status");
    if (status != null
        && !Set.of("on_track", "at_risk", "blocked", "done", "late").contains(status)) {
      d.error(
          f.at("status"),
          Rule.DEPENDENCY_STATUS,
          "status '" + status + "' is not known",
          "use on_track, at_risk, blocked, late or done");
    }
    Cycle cycle = Reading.cycle(f, cal, "dependency_contract", false);
    var neededBy = f.date("needed_by");
    if (cycle == null && neededBy != null) cycle = cal.quarterOf(neededBy);
    if (provider == null || consumer == null || deliverable == null) return null;
    String id =
        f.text("id") != null
            ? Slug.of(f.text("id"))
            : Slug.of(provider + " to " + consumer + " " + deliverable);
    return new Dependency(
        id,
        provider.trim(),
        consumer.trim(),
        deliverable.trim(),
        neededBy,
        f.text("provider_kr"),
        f.text("consumer_kr"),
        f.date("escalation_date"),
        status == null ? null : status.toLowerCase(Locale.ROOT),
        cycle == null ? null : cycle.id(),
        f.mapping().position());
  }

  static Commitment commitment(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "individual_commitment", d);
    f.allowOnly(
        Set.of("name", "quarter", "cycle", "role", "commitments", "growth_goal", "visibility"));
    String name = f.requiredText("name");
    Cycle cycle = Reading.cycle(f, cal, "individual_commitment", true);
    List<Commitment.Item> items = new ArrayList<>();
    for (YamlMapping m : Reading.mappings(f, "commitments", "commitment")) {
      FieldReader cf = new FieldReader(m, "commitment", d);
      cf.allowOnly(Set.of("description", "supports_kr", "milestones", "milestone"));
      List<String> ms = new ArrayList<>(cf.textList("milestones"));
      ms.addAll(cf.textList("milestone"));
      items.add(new Commitment.Item(cf.requiredText("description"), cf.text("supports_kr"), ms));
    }
    if (name == null || cycle == null) return null;
    return new Commitment(
        "commitment-" + cycle.id() + "-" + Slug.of(name),
        Slug.of(name),
        name.trim(),
        f.text("role"),
        cycle.id(),
        items,
        f.text("growth_goal"),
        f.mapping().position());
  }

  static Doc doc(DocumentKind doc, Diagnostics d) {
    FieldReader f =
        new FieldReader(doc.fields() == null ? doc.doc().data() : doc.fields(), "doc", d);
    f.allowOnly(Set.of("title", "weight", "visibility", "status", "description"));
    String path = doc.doc().path();
    String file = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
    String title = f.text("title");
    if (title == null) title = firstHeading(doc.body(), file);
    Double w = f.number("weight");
    String rel = path.startsWith("docs/") ? path.substring(5) : path;
    String id = Slug.of(rel.replaceFirst("\\.[^.]+$", ""));
    return new Doc(
        id, title, w == null ? 100 : w.intValue(), doc.body() == null ? "" : doc.body(), path);
  }

  private static String firstHeading(String body, String fallback) {
    if (body != null) {
      for (String line : body.split("\n")) {
        if (line.startsWith("# ")) return line.substring(2).trim();
      }
    }
    return fallback.replace('-', ' ').replace('_', ' ');
  }

  private static Quantity parse(String t) {
    return t == null ? null : Quantity.parse(t).orElse(null);
  }
}
