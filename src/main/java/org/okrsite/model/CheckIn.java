package org.okrsite.model;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * A weekly check-in in the GRIP shape: Goal confidence, Results, Issues, Plan.
 *
 * @param goalConfidence G: confidence in reaching the objective(s), or null
 * @param updates R: one entry per key result updated
 * @param issues I: blockers
 * @param plan P: plan forward
 */
public record CheckIn(
    String id,
    LocalDate date,
    Owner owner,
    String cycleId,
    String author,
    Double goalConfidence,
    List<Update> updates,
    List<Blocker> issues,
    List<Priority> plan,
    String narrative,
    SourcePosition position) {
  public CheckIn {
    // the cycle id is worked out per check-in; all of a cycle's check-ins share one string
    cycleId = cycleId == null ? null : cycleId.intern();
    updates = List.copyOf(updates);
    issues = List.copyOf(issues);
    plan = List.copyOf(plan);
  }

  /**
   * One key result's new value.
   *
   * @param ref the KR reference as written ({@code KR1} or {@code objective-id/KR1})
   * @param objectiveId the objective it resolved to, or null when it did not
   */
  public record Update(
      String ref,
      String objectiveId,
      String krId,
      String currentText,
      Quantity current,
      Double confidence,
      String note,
      SourcePosition position) {}

  /** A blocker, and who can unblock it. */
  public record Blocker(String text, String need, String from) {}

  /** A priority of the week, and the KR it supports (null when operational). */
  public record Priority(String text, String supports) {}
}
