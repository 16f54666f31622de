package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Objective;
import org.okrsite.render.EvidenceLinks.EvidenceView;
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

  /** An objective's rubric card: the weighted total, its band and CSS level, and each rating. */
  record RubricView(int total, String band, String level, List<RatingView> ratings) {}

  /** One dimension of the rubric: its score and level, weight ("20%") and evidence. */
  record RatingView(
      String dimension, int score, String weight, String level, List<EvidenceView> evidence) {}

  /**
   * The seven dimensions with score, weight and evidence, the total and the band; null if not
   * rated.
   */
  RubricView rubric(Page page, Objective o) {
    Rubric r = site.review == null ? null : site.review.rubrics().get(o.id());
    if (r == null) return null;
    List<RatingView> ratings = new ArrayList<>();
    for (Rubric.Rating rating : r.ratings()) {
      ratings.add(
          new RatingView(
              rating.dimension().label(),
              rating.score(),
              rating.weight() + "%",
              level(rating.score()),
              links.views(page, rating.evidence())));
    }
    return new RubricView(r.total(), r.band(), level(r.total()), ratings);
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

  /** A lint finding: rule, key result (linked when it exists), message, hint, evidence or null. */
  record FindingView(
      String rule, String kr, String krHref, String message, String hint, EvidenceView evidence) {}

  /** The lint findings about an objective and its key results, in the review's order. */
  List<FindingView> findings(Page page, Objective o) {
    List<FindingView> out = new ArrayList<>();
    if (site.review == null) return out;
    Cycle c = site.cycleOf(o);
    for (Finding f : findingsByObjective().getOrDefault(o.id(), List.of())) {
      String krHref =
          f.krId() == null || CheckInViews.kr(o, f.krId()).isEmpty()
              ? null
              : page.href(SitePaths.objective(c.id(), o.id()) + "#" + SitePaths.krAnchor(f.krId()));
      out.add(
          new FindingView(
              f.ruleId(),
              f.krId(),
              krHref,
              f.message(),
              f.hint(),
              f.evidence() == null ? null : links.view(page, f.evidence())));
    }
    return out;
  }

  /** A scope's insights: health score, status counts, the insights shown, the count left out. */
  record InsightsView(
      String scopeName,
      String level,
      int healthScore,
      List<TrendCount> counts,
      boolean hasPrevious,
      List<InsightItem> items,
      List<MoreInsights> more,
      String jsonHref,
      String cycleName) {}

  /** One insight: its kind as a CSS key and in words, its message and evidence (or null). */
  record InsightItem(String kind, String kindLabel, String message, EvidenceView evidence) {}

  /** How many insights of a kind were left out, as display text ("1,234"). */
  record MoreInsights(String kind, String kindLabel, String count) {}

  /** A status count now and its change since last week in words (null without a last week). */
  record TrendCount(String key, String label, int count, String trend) {}

  /** A scope's insights when {@code c} is the reviewed cycle and the scope has any; else null. */
  InsightsView insights(Page page, Cycle c, Level level, String id) {
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

  private InsightsView insights(Page page, ScopeInsights s) {
    List<InsightItem> items = new ArrayList<>();
    Map<String, Integer> shown = new java.util.HashMap<>();
    Map<String, Integer> hidden = new java.util.LinkedHashMap<>();
    for (Insight i : s.insights()) {
      int n = shown.merge(i.kind(), 1, Integer::sum);
      if (n > INSIGHTS_SHOWN_PER_KIND) {
        hidden.merge(i.kind(), 1, Integer::sum);
        continue;
      }
      items.add(
          new InsightItem(
              i.kind(),
              kindLabel(i.kind()),
              i.message(),
              i.evidence() == null ? null : links.view(page, i.evidence())));
    }
    List<MoreInsights> more = new ArrayList<>();
    for (Map.Entry<String, Integer> e : hidden.entrySet()) {
      more.add(
          new MoreInsights(
              e.getKey(),
              kindLabel(e.getKey()),
              String.format(java.util.Locale.ROOT, "%,d", e.getValue())));
    }
    StatusCounts now = s.counts();
    StatusCounts before = s.previousWeek();
    List<TrendCount> counts =
        List.of(
            count("green", "On track", now.onTrack(), before == null ? null : before.onTrack()),
            count("yellow", "At risk", now.atRisk(), before == null ? null : before.atRisk()),
            count("red", "Off track", now.offTrack(), before == null ? null : before.offTrack()),
            count("stale", "Stale", now.stale(), before == null ? null : before.stale()));
    return new InsightsView(
        s.scope().name(),
        s.scope().level().key(),
        s.healthScore(),
        counts,
        before != null,
        items,
        more,
        more.isEmpty() ? null : page.href(SitePaths.OKRS_JSON),
        links.reviewedCycle().name());
  }

  /** A count now and its change since a week earlier, in words and an arrow. */
  private static TrendCount count(String key, String label, int now, Integer before) {
    String trend =
        before == null
            ? null
            : now == before
                ? "→ same as last week"
                : (now > before ? "↑ +" : "↓ −") + Math.abs(now - before) + " since last week";
    return new TrendCount(key, label, now, trend);
  }

  /** The goal-system health: the score out of {@code outOf} signals, the verdict, each signal. */
  record HealthView(
      int score, int outOf, String verdict, List<SignalView> signals, String cycleName) {}

  /** One signal of a working goal system: healthy or not in words and an icon, with evidence. */
  record SignalView(
      String key,
      String name,
      boolean healthy,
      String state,
      String icon,
      List<EvidenceView> evidence) {}

  /**
   * The goal-system health: eight signals with their evidence, the score out of 8 and the verdict.
   */
  HealthView health(Page page) {
    if (site.review == null || site.review.health() == null) return null;
    Health h = site.review.health();
    List<SignalView> signals = new ArrayList<>();
    for (Health.Signal s : h.signals()) {
      signals.add(
          new SignalView(
              s.key(),
              s.name(),
              s.healthy(),
              s.healthy() ? "healthy" : "needs work",
              s.healthy() ? "✓" : "✗",
              links.views(page, s.evidence())));
    }
    return new HealthView(
        h.score(), h.signals().size(), h.verdict(), signals, links.reviewedCycle().name());
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
