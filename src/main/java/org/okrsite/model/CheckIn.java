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
   * @param leading this week's reading of the key result's leading indicator ({@code leading:}), or
   *     null
   */
  public record Update(
      String ref,
      String objectiveId,
      String krId,
      String currentText,
      Quantity current,
      Double confidence,
      String note,
      Reading leading,
      SourcePosition position) {}

  /**
   * A reading of a key result's leading indicator as written ({@code leading: 42}, {@code leading:
   * "61%"}).
   *
   * @param value the number read from {@code text}, never null (unreadable readings are reported
   *     and dropped)
   * @param position where the value is written
   */
  public record Reading(String text, Quantity value, SourcePosition position) {}

  /** A blocker, and who can unblock it. */
  public record Blocker(String text, String need, String from) {}

  /** A priority of the week, and the KR it supports (null when operational). */
  public record Priority(String text, String supports) {}
}
