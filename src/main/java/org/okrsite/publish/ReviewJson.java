package org.okrsite.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.review.Evidence;
import org.okrsite.review.Finding;
import org.okrsite.review.Health;
import org.okrsite.review.ReviewResult;
import org.okrsite.review.Rubric;
import org.okrsite.review.ScopeInsights;

/**
 * The review's parts of {@code data/okrs.json}: rubric and findings per objective, health,
 * insights.
 */
final class ReviewJson {
  private ReviewJson() {}

  static Map<String, Object> rubric(Rubric r) {
    if (r == null) return null;
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("total", r.total());
    j.put("band", r.band());
    List<Object> dims = new ArrayList<>();
    for (Rubric.Rating rating : r.ratings()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("dimension", rating.dimension().key());
      d.put("score", rating.score());
      d.put("weight", rating.weight());
      d.put("evidence", evidence(rating.evidence()));
      dims.add(d);
    }
    j.put("dimensions", dims);
    return j;
  }

  /**
   * The review's findings by objective id, in the review's order (one pass, not one per objective).
   */
  static Map<String, List<Finding>> byObjective(ReviewResult review) {
    Map<String, List<Finding>> out = new java.util.HashMap<>();
    if (review == null) return out;
    for (Finding f : review.findings()) {
      if (f.objectiveId() != null)
        out.computeIfAbsent(f.objectiveId(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /** One objective's findings, from {@link #byObjective}. */
  static List<Object> findings(List<Finding> ofObjective) {
    List<Object> out = new ArrayList<>();
    for (Finding f : ofObjective) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("rule", f.ruleId());
      j.put("key_result", f.krId());
      j.put("message", f.message());
      j.put("hint", f.hint());
      out.add(j);
    }
    return out;
  }

  static Map<String, Object> health(Health h) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("score", h.score());
    j.put("out_of", 8);
    j.put("verdict", h.verdict());
    List<Object> signals = new ArrayList<>();
    for (Health.Signal s : h.signals()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", s.key());
      m.put("name", s.name());
      m.put("healthy", s.healthy());
      m.put("evidence", evidence(s.evidence()));
      signals.add(m);
    }
    j.put("signals", signals);
    return j;
  }

  /**
   * Every scope's insights, made as they are written: an organisation of 50,000 people has some
   * 800,000, too many to hold as JSON values at once.
   */
  static Iterable<Object> insights(List<ScopeInsights> scopes) {
    return org.okrsite.json.Json.each(
        scopes,
        s -> {
          Map<String, Object> j = new LinkedHashMap<>();
          j.put("level", s.scope().level().key());
          j.put("id", s.scope().id());
          j.put("name", s.scope().name());
          j.put("health_score", s.healthScore());
          j.put("counts", counts(s.counts()));
          j.put("previous_week", s.previousWeek() == null ? null : counts(s.previousWeek()));
          j.put(
              "insights",
              org.okrsite.json.Json.each(
                  s.insights(),
                  i -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", i.kind());
                    m.put("message", i.message());
                    m.put(
                        "evidence",
                        i.evidence() == null ? null : evidence(List.of(i.evidence())).get(0));
                    return m;
                  }));
          return j;
        });
  }

  private static Map<String, Object> counts(ScopeInsights.StatusCounts c) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("on_track", c.onTrack());
    j.put("at_risk", c.atRisk());
    j.put("off_track", c.offTrack());
    j.put("stale", c.stale());
    j.put("unknown", c.unknown());
    return j;
  }

  private static List<Object> evidence(List<Evidence> es) {
    List<Object> out = new ArrayList<>();
    for (Evidence e : es) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("note", e.note());
      List<Object> refs = new ArrayList<>();
      for (Evidence.Ref r : e.refs()) {
        Map<String, Object> ref =
            new LinkedHashMap<>(); // ordered: Map.of iterates in a per-run order
        ref.put("kind", r.kind().key());
        ref.put("id", r.id());
        refs.add(ref);
      }
      j.put("refs", refs);
      out.add(j);
    }
    return out;
  }
}
