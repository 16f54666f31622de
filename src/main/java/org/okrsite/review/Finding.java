package org.okrsite.review;

import java.util.Comparator;
import org.okrsite.diagnostic.SourcePosition;

/**
 * One anti-pattern found by the lint. It is also reported as a warning with the same rule id, so
 * {@code rules:} in {@code site.yaml} can turn it off or make it an error.
 *
 * @param ruleId stable id, e.g. {@code kr-task}
 * @param objectiveId the objective it concerns, or null for organisation-wide findings
 * @param krId the key result it concerns, or null
 */
public record Finding(
    String ruleId,
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
}
