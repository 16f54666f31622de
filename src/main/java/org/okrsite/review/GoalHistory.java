package org.okrsite.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The history of key results, for the moving-goalposts rule: every commit that changed a {@code
 * target:} line or took a key result out of a file, and what the history lacks, if anything.
 *
 * @param changes target changes, oldest first
 * @param removals key results taken out of a file, oldest first
 * @param gap why the history is missing or partial, or null when it is whole
 */
public record GoalHistory(List<TargetChange> changes, List<Removal> removals, Gap gap) {
  public GoalHistory {
    changes = changes.stream().sorted(TargetChange.ORDER).toList();
    removals = removals.stream().sorted(Removal.ORDER).toList();
  }

  /**
   * No history because the source folder is not kept in git: the usual case for a site that is not
   * in git, so the review says it in the health check only.
   */
  public static GoalHistory none(String reason) {
    return new GoalHistory(List.of(), List.of(), new Gap(Gap.Kind.NOT_IN_GIT, reason));
  }

  /**
   * No history although the source folder is in a git repository (git is missing, refuses the
   * repository, fails): the review warns, since the user expects the rule to run.
   */
  public static GoalHistory unreadable(String reason) {
    return new GoalHistory(List.of(), List.of(), new Gap(Gap.Kind.UNREADABLE, reason));
  }

  /** A whole history made of these target changes. */
  public static GoalHistory of(List<TargetChange> changes) {
    return new GoalHistory(changes, List.of(), null);
  }

  /** A whole history made of these target changes and removals. */
  public static GoalHistory of(List<TargetChange> changes, List<Removal> removals) {
    return new GoalHistory(changes, removals, null);
  }

  /** This history, read from a shallow clone: only the fetched commits. */
  public GoalHistory fromShallowClone() {
    return new GoalHistory(
        changes,
        removals,
        new Gap(
            Gap.Kind.SHALLOW, "the git repository is a shallow clone; only the fetched commits"));
  }

  /** True when the history was read (perhaps only in part, from a shallow clone). */
  public boolean available() {
    return gap == null || gap.kind() == Gap.Kind.SHALLOW;
  }

  /** True when the history was read from a shallow clone. */
  public boolean shallow() {
    return gap != null && gap.kind() == Gap.Kind.SHALLOW;
  }

  /** Why there is no history (e.g. "not a git repository"), or null when it was read. */
  public String unavailableReason() {
    return available() ? null : gap.reason();
  }

  /**
   * What the history lacks.
   *
   * @param reason in plain words, e.g. "the source folder is not inside a git repository"
   */
  public record Gap(Kind kind, String reason) {
    /** Why history is missing or partial. */
    public enum Kind {
      /** The source folder is not in a git repository: nothing to read. */
      NOT_IN_GIT,
      /** It is, but git could not read it. */
      UNREADABLE,
      /** It is a shallow clone: the history stops at the oldest fetched commit. */
      SHALLOW
    }
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

  /**
   * One commit's removal of a key result from a file, with what the file last said about it.
   *
   * @param file the content file, relative to the source folder, with {@code /}
   * @param krId the id the key result had
   * @param objective the title of the objective above it, or null
   * @param metric its metric as last written, or null
   * @param baseline its baseline as last written, or null
   * @param target its target as last written, or null
   * @param current its current value as last written in the file, or null
   * @param date the day the removal was authored
   */
  public record Removal(
      String file,
      String krId,
      String objective,
      String metric,
      String baseline,
      String target,
      String current,
      String commit,
      LocalDate date) {
    static final Comparator<Removal> ORDER =
        Comparator.comparing(Removal::date)
            .thenComparing(Removal::file)
            .thenComparing(Removal::krId)
            .thenComparing(Removal::commit);
  }
}
