package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Objective;
import org.okrsite.review.Finding;
import org.okrsite.review.Health;
import org.okrsite.review.Insight;
import org.okrsite.review.Rubric;
import org.okrsite.review.ScopeInsights;
import org.okrsite.review.ScopeInsights.StatusCounts;
import org.okrsite.site.SitePaths;

/**
 * The review on the pages: a rubric card and lint findings per objective, the insights of each
 * scope (company, department, team, person) and the goal-system health. Every rating, finding,
 * insight and signal carries its evidence as links ({@link EvidenceLinks}). Without a review (a
 * renderer used on its own) every method returns null or an empty list and the pages leave the
 * sections out.
 */
final class ReviewViews {
  private final SiteIndex site;
  private final EvidenceLinks links;

  ReviewViews(SiteIndex site) {
    this.site = site;
    this.links = new EvidenceLinks(site);
  }

  /**
   * The seven dimensions with score, weight and evidence, the total and the band; null if not
   * rated.
   */
  Map<String, Object> rubric(Page page, Objective o) {
    Rubric r = site.review == null ? null : site.review.rubrics().get(o.id());
    if (r == null) return null;
    List<Map<String, Object>> ratings = new ArrayList<>();
    for (Rubric.Rating rating : r.ratings()) {
      ratings.add(
          Vm.of(
              "dimension",
              rating.dimension().label(),
              "score",
              rating.score(),
              "weight",
              rating.weight() + "%",
              "level",
              level(rating.score()),
              "evidence",
              links.views(page, rating.evidence())));
    }
    return Vm.of(
        "total", r.total(), "band", r.band(), "level", level(r.total()), "ratings", ratings);
  }

  private volatile Map<String, List<Finding>> byObjective;

  /** The review's findings by objective id, in the review's order; made once. */
  private Map<String, List<Finding>> findingsByObjective() {
    Map<String, List<Finding>> m = byObjective;
    if (m == null) {
      m = new java.util.HashMap<>();
      for (Finding f : site.review.findings()) {
        if (f.objectiveId() != null)
          m.computeIfAbsent(f.objectiveId(), k -> new ArrayList<>()).add(f);
      }
      byObjective = m;
    }
    return m;
  }

  /** The lint findings about an objective and its key results, in the review's order. */
  List<Map<String, Object>> findings(Page page, Objective o) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (site.review == null) return out;
    Cycle c = site.cycleOf(o);
    for (Finding f : findingsByObjective().getOrDefault(o.id(), List.of())) {
      String krHref =
          f.krId() == null || CheckInViews.kr(o, f.krId()).isEmpty()
              ? null
              : page.href(SitePaths.objective(c.id(), o.id()) + "#" + SitePaths.krAnchor(f.krId()));
      out.add(
          Vm.of(
              "rule",
              f.ruleId(),
              "kr",
              f.krId(),
              "krHref",
              krHref,
              "message",
              f.message(),
              "hint",
              f.hint(),
              "evidence",
              f.evidence() == null ? null : links.view(page, f.evidence())));
    }
    return out;
  }

  /** A scope's insights when {@code c} is the reviewed cycle and the scope has any; else null. */
  Map<String, Object> insights(Page page, Cycle c, Level level, String id) {
    if (site.review == null || !c.id().equals(site.review.cycleId())) return null;
    ScopeInsights s = insightsByScope().get(level + "/" + id);
    return s == null ? null : insights(page, s);
  }

  private volatile Map<String, ScopeInsights> byScope;

  /**
   * The review's insights by {@code level/id}, the first scope of each; made once. Each person's
   * and unit's page looks its scope up: a scan of all scopes per page was quadratic in the
   * organisation.
   */
  private Map<String, ScopeInsights> insightsByScope() {
    Map<String, ScopeInsights> m = byScope;
    if (m == null) {
      m = new java.util.HashMap<>();
      for (ScopeInsights s : site.review.insights())
        m.putIfAbsent(s.scope().level() + "/" + s.scope().id(), s);
      byScope = m;
    }
    return m;
  }

  /**
   * Insights of one kind shown on a page at most. A company-wide scope of 10,000 people had 18,932
   * "at risk" insights (one per at-risk key result), which made the home page 15 MB; past this many
   * the page counts the rest, which {@code data/okrs.json} lists.
   */
  static final int INSIGHTS_SHOWN_PER_KIND = 20;

  private Map<String, Object> insights(Page page, ScopeInsights s) {
    List<Map<String, Object>> items = new ArrayList<>();
    Map<String, Integer> shown = new java.util.HashMap<>();
    Map<String, Integer> hidden = new java.util.LinkedHashMap<>();
    for (Insight i : s.insights()) {
      int n = shown.merge(i.kind(), 1, Integer::sum);
      if (n > INSIGHTS_SHOWN_PER_KIND) {
        hidden.merge(i.kind(), 1, Integer::sum);
        continue;
      }
      items.add(
          Vm.of(
              "kind",
              i.kind(),
              "kindLabel",
              kindLabel(i.kind()),
              "message",
              i.message(),
              "evidence",
              i.evidence() == null ? null : links.view(page, i.evidence())));
    }
    List<Map<String, Object>> more = new ArrayList<>();
    for (Map.Entry<String, Integer> e : hidden.entrySet()) {
      more.add(
          Vm.of(
              "kind",
              e.getKey(),
              "kindLabel",
              kindLabel(e.getKey()),
              "count",
              String.format(java.util.Locale.ROOT, "%,d", e.getValue())));
    }
    StatusCounts now = s.counts();
    StatusCounts before = s.previousWeek();
    List<Map<String, Object>> counts =
        List.of(
            count("green", "On track", now.onTrack(), before == null ? null : before.onTrack()),
            count("yellow", "At risk", now.atRisk(), before == null ? null : before.atRisk()),
            count("red", "Off track", now.offTrack(), before == null ? null : before.offTrack()),
            count("stale", "Stale", now.stale(), before == null ? null : before.stale()));
    return Vm.of(
        "scopeName",
        s.scope().name(),
        "level",
        s.scope().level().key(),
        "healthScore",
        s.healthScore(),
        "counts",
        counts,
        "hasPrevious",
        before != null,
        "items",
        items,
        "more",
        more,
        "jsonHref",
        more.isEmpty() ? null : page.href(SitePaths.OKRS_JSON),
        "cycleName",
        links.reviewedCycle().name());
  }

  /** A count now and its change since a week earlier, in words and an arrow. */
  private static Map<String, Object> count(String key, String label, int now, Integer before) {
    String trend =
        before == null
            ? null
            : now == before
                ? "→ same as last week"
                : (now > before ? "↑ +" : "↓ −") + Math.abs(now - before) + " since last week";
    return Vm.of("key", key, "label", label, "count", now, "trend", trend);
  }

  /**
   * The goal-system health: eight signals with their evidence, the score out of 8 and the verdict.
   */
  Map<String, Object> health(Page page) {
    if (site.review == null || site.review.health() == null) return null;
    Health h = site.review.health();
    List<Map<String, Object>> signals = new ArrayList<>();
    for (Health.Signal s : h.signals()) {
      signals.add(
          Vm.of(
              "key",
              s.key(),
              "name",
              s.name(),
              "healthy",
              s.healthy(),
              "state",
              s.healthy() ? "healthy" : "needs work",
              "icon",
              s.healthy() ? "✓" : "✗",
              "evidence",
              links.views(page, s.evidence())));
    }
    return Vm.of(
        "score",
        h.score(),
        "outOf",
        h.signals().size(),
        "verdict",
        h.verdict(),
        "signals",
        signals,
        "cycleName",
        links.reviewedCycle().name());
  }

  /** Excellent (75+), okay (50+) or poor: a CSS key beside the number, never colour alone. */
  private static String level(int score) {
    return score >= 75 ? "green" : score >= 50 ? "yellow" : "red";
  }

  /** {@code recurring-blocker} → "Recurring blocker". */
  static String kindLabel(String kind) {
    String words = kind.replace('-', ' ').replace('_', ' ');
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
