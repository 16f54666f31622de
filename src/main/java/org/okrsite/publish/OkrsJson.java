package org.okrsite.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.json.Json;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Quantity;
import org.okrsite.model.Revision;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.KrScore;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Scores;
import org.okrsite.score.Status;
import org.okrsite.site.SitePaths;

/**
 * {@code data/okrs.json}: every published objective with its computed values (contract §4), for
 * integrations. Numbers are JSON numbers; unknown values are {@code null}.
 */
public final class OkrsJson {
  /** Where the file goes in the site. */
  public static final String PATH = SitePaths.OKRS_JSON;

  private OkrsJson() {}

  public static String render(Model m, Scores s, ReviewResult review, String siteTitle) {
    return Json.pretty(document(m, s, review, siteTitle));
  }

  /** Writes the document into {@code out} one objective at a time. */
  public static void write(
      Model m, Scores s, ReviewResult review, String siteTitle, java.io.Writer out)
      throws java.io.IOException {
    Json.pretty(document(m, s, review, siteTitle), out);
  }

  /** The document, with the objectives made as they are written. */
  private static Map<String, Object> document(
      Model m, Scores s, ReviewResult review, String siteTitle) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("site", siteTitle);
    root.put("as_of", s.asOf().toString());
    List<Object> cycles = new ArrayList<>();
    for (Cycle c : m.cycles()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("id", c.id());
      cm.put("name", c.name());
      cm.put("start", c.start().toString());
      cm.put("end", c.end().toString());
      cycles.add(cm);
    }
    root.put("cycles", cycles);
    Map<String, List<org.okrsite.review.Finding>> findings = ReviewJson.byObjective(review);
    root.put(
        "objectives",
        Json.each(
            m.objectives(),
            o -> {
              Map<String, Object> j = objective(m, o, s.of(o.id()));
              if (review != null) {
                j.put("rubric", ReviewJson.rubric(review.rubrics().get(o.id())));
                j.put("findings", ReviewJson.findings(findings.getOrDefault(o.id(), List.of())));
              }
              return j;
            }));
    if (review != null) {
      root.put("review_cycle", review.cycleId());
      root.put("health", ReviewJson.health(review.health()));
      root.put("insights", ReviewJson.insights(review.insights()));
    }
    return root;
  }

  private static Map<String, Object> objective(Model m, Objective o, ObjectiveScore s) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", o.id());
    j.put("title", o.title());
    j.put("owner", o.owner().name());
    j.put("owner_id", o.owner().id());
    j.put("level", o.owner().level().key());
    j.put("cycle", o.cycleId());
    j.put("cycle_name", m.cycle(o.cycleId()).map(Cycle::name).orElse(null));
    String parent =
        o.parents().stream()
            .filter(p -> p.kind() == ParentRef.Kind.OBJECTIVE && p.targetId() != null)
            .map(ParentRef::targetId)
            .findFirst()
            .orElse(null);
    j.put("parent", parent);
    List<Object> parents = new ArrayList<>();
    for (ParentRef p : o.parents()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
      pm.put("id", p.targetId());
      pm.put("ref", p.ref());
      pm.put("via", p.via());
      parents.add(pm);
    }
    j.put("parents", parents);
    j.put("tier", o.tier().yamlName());
    j.put("lifecycle", o.lifecycle().yamlName());
    j.put("score", s.score());
    j.put("recorded_score", s.recordedScore());
    j.put("self_score", o.selfScore());
    j.put("progress", s.progress());
    j.put("expected_progress", s.expectedProgress());
    j.put("confidence", s.confidence());
    j.put("status", s.status().key());
    j.put("band", s.band() == null ? null : s.band().key());
    j.put("stale", s.stale());
    j.put("last_check_in", s.lastCheckIn() == null ? null : s.lastCheckIn().toString());
    List<Object> krs = new ArrayList<>();
    for (int i = 0; i < o.keyResults().size(); i++)
      krs.add(keyResult(o.keyResults().get(i), s.keyResults().get(i)));
    j.put("key_results", krs);
    j.put("revisions", revisions(o));
    return j;
  }

  /** The objective's approved changes ({@code revisions:}), oldest first. */
  private static List<Object> revisions(Objective o) {
    List<Object> out = new ArrayList<>();
    for (Revision r :
        o.revisions().stream().sorted(java.util.Comparator.comparing(Revision::date)).toList()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("date", r.date().toString());
      j.put("kr", r.krId());
      j.put("from", r.from());
      j.put("to", r.to());
      j.put("removed", r.removesKeyResult());
      j.put("reason", r.reason());
      out.add(j);
    }
    return out;
  }

  private static Map<String, Object> keyResult(KeyResult kr, KrScore s) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", kr.id());
    j.put("metric", kr.metric());
    j.put("kind", kr.kind() == null ? null : kr.kind().yamlName());
    j.put("unit", unit(kr));
    j.put("baseline", value(kr.baseline()));
    j.put("target", value(kr.target()));
    j.put("current", value(s.current()));
    j.put("baseline_text", kr.baseline() == null ? null : kr.baseline().text());
    j.put("target_text", kr.target() == null ? null : kr.target().text());
    j.put("current_text", s.currentText());
    j.put("owner", kr.owner());
    j.put("weight", kr.weight());
    j.put("progress", s.progress());
    j.put("expected_progress", s.expectedProgress());
    if (s.status() != Status.CLOSED) {
      j.put("forecast", s.forecast());
      j.put("pace", s.pace().key());
    }
    j.put("computed_score", s.computedScore());
    j.put("recorded_score", s.recordedScore());
    j.put("self_score", kr.selfScore());
    j.put("score", s.finalScore());
    j.put("confidence", s.confidence());
    j.put("confidence_drop", s.confidenceDrop());
    j.put("status", s.status().key());
    j.put("status_reason", s.statusReason().isEmpty() ? null : s.statusReason());
    j.put("divergence", s.divergence().key().isEmpty() ? null : s.divergence().key());
    j.put("band", s.band() == null ? null : s.band().key());
    j.put("last_update", s.lastUpdate() == null ? null : s.lastUpdate().toString());
    j.put("leading_indicator", kr.leadingIndicator());
    j.put("leading_reading", leadingReading(s));
    return j;
  }

  /** The latest check-in reading of the key result's leading indicator, or null. */
  private static Map<String, Object> leadingReading(KrScore s) {
    KrScore.Point last = null;
    for (KrScore.Point p : s.history()) if (p.leading() != null) last = p;
    if (last == null) return null;
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("value", last.leading().value());
    j.put("unit", last.leading().unit().isEmpty() ? null : last.leading().unit());
    j.put("text", last.leading().text());
    j.put("date", last.date() == null ? null : last.date().toString());
    return j;
  }

  private static Double value(Quantity q) {
    return q == null ? null : q.value();
  }

  private static String unit(KeyResult kr) {
    Quantity q = kr.target() != null ? kr.target() : kr.baseline();
    return q == null || q.unit().isEmpty() ? null : q.unit();
  }
}
