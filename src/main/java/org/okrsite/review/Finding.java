package org.okrsite.review;

import java.util.Comparator;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * One anti-pattern found by the lint. It is also reported as a warning with the same rule id, so
 * {@code rules:} in {@code site.yaml} can turn it off or make it an error.
 *
 * @param rule the catalogue's rule, e.g. {@link Rule#KR_TASK}
 * @param objectiveId the objective it concerns, or null for organisation-wide findings
 * @param krId the key result it concerns, or null
 */
public record Finding(
    Rule rule,
    String objectiveId,
    String krId,
    String message,
    String hint,
    SourcePosition position,
    Evidence evidence) {

  /** Position, then rule id, then message: the order of diagnostics. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::position)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  /** The rule's stable id, e.g. {@code kr-task}. */
  public String ruleId() {
    return rule.id();
  }
}
