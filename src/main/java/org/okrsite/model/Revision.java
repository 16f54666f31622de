package org.okrsite.model;

import java.time.LocalDate;
import java.util.Locale;
import org.okrsite.diagnostic.SourcePosition;

/**
 * An approved change to an objective during its cycle, recorded under {@code revisions:}: a key
 * result's new target, or a key result taken out ({@code to: removed}). The moving-goalposts rule
 * accepts a change that a revision records.
 *
 * @param date the day the change was agreed
 * @param krId the key result it changes, or null for a revision of the objective itself
 * @param from the value before, as written (e.g. the old target), or null
 * @param to the value after, as written; {@value #REMOVED} when the key result was taken out
 * @param reason why the change was agreed
 */
public record Revision(
    LocalDate date, String krId, String from, String to, String reason, SourcePosition position) {
  /** The {@code to:} of a revision that takes a key result out. */
  public static final String REMOVED = "removed";

  /** True when the revision takes its key result out of the objective. */
  public boolean removesKeyResult() {
    return to != null && to.strip().equalsIgnoreCase(REMOVED);
  }

  /**
   * Whether two values as written say the same ({@code "< 2 days"} and {@code <2 Days}): quotes,
   * spaces and case aside.
   */
  public static boolean sameValue(String a, String b) {
    return a != null && b != null && normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.replaceAll("[\\s\"']", "").toLowerCase(Locale.ROOT);
  }
}
