package org.okrsite.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The history of key-result targets, for the moving-goalposts rule: every commit that changed a
 * {@code target:} line, or the reason no history is available.
 *
 * @param changes target changes, oldest first
 * @param unavailableReason why there is no history (e.g. "not a git repository"), or null
 */
public record GoalHistory(List<TargetChange> changes, String unavailableReason) {
  public GoalHistory {
    changes = changes.stream().sorted(TargetChange.ORDER).toList();
  }

  /** No history, for the stated reason; the review says so in the health check. */
  public static GoalHistory none(String reason) {
    return new GoalHistory(List.of(), reason);
  }

  /** A history made of these changes. */
  public static GoalHistory of(List<TargetChange> changes) {
    return new GoalHistory(changes, null);
  }

  public boolean available() {
    return unavailableReason == null;
  }

  /**
   * One commit's change of one key result's target.
   *
   * @param file the content file, relative to the source folder, with {@code /}
   * @param krId the id of the key result whose {@code target:} changed
   * @param line the line of the new {@code target:} in that commit's version of the file
   * @param date the day the change was authored
   */
  public record TargetChange(
      String file,
      String krId,
      String oldTarget,
      String newTarget,
      String commit,
      LocalDate date,
      int line) {
    static final Comparator<TargetChange> ORDER =
        Comparator.comparing(TargetChange::date)
            .thenComparing(TargetChange::file)
            .thenComparing(TargetChange::krId)
            .thenComparing(TargetChange::commit);
  }
}
