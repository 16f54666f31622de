package org.okrsite.review;

import java.util.List;
import org.okrsite.model.Level;

/**
 * The insights of one scope (the company, a department, a team or a person) for the cycle under
 * review.
 *
 * @param healthScore 0–100: on-track key results count fully, at-risk ones half, the rest nothing
 * @param counts key-result statuses now
 * @param previousWeek key-result statuses one week earlier, from the check-in history
 * @param insights in a stable order: overview first, then key results, alignment, blockers, advice
 */
public record ScopeInsights(
    Scope scope,
    int healthScore,
    StatusCounts counts,
    StatusCounts previousWeek,
    List<Insight> insights) {
  public ScopeInsights {
    insights = List.copyOf(insights);
  }

  /** Whose insights: the level and id of a unit or person. */
  public record Scope(Level level, String id, String name) {}

  /** Key results by status. */
  public record StatusCounts(int onTrack, int atRisk, int offTrack, int stale, int unknown) {
    public int total() {
      return onTrack + atRisk + offTrack + stale + unknown;
    }
  }

  /** The insights of one kind. */
  public List<Insight> of(String kind) {
    return insights.stream().filter(i -> i.kind().equals(kind)).toList();
  }
}
