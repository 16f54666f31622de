package org.okrsite.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the review found.
 *
 * @param cycleId the cycle under review (null when the model has no objectives)
 * @param rubrics one rubric per objective id, in model order
 * @param findings the lint findings, sorted by position, rule and message
 * @param health the goal-system health check of the cycle under review
 * @param insights per scope: the company, then departments, teams and people
 * @param notes what the review could not check, and why (e.g. no git history)
 */
public record ReviewResult(
    String cycleId,
    Map<String, Rubric> rubrics,
    List<Finding> findings,
    Health health,
    List<ScopeInsights> insights,
    List<String> notes) {
  public ReviewResult {
    rubrics = Collections.unmodifiableMap(new LinkedHashMap<>(rubrics));
    findings = List.copyOf(findings);
    insights = List.copyOf(insights);
    notes = List.copyOf(notes);
  }

  /** The findings of one rule. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
