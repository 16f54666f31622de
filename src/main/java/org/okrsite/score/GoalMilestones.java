package org.okrsite.score;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Comparison;
import org.okrsite.model.KrKind;
import org.okrsite.model.Quantity;

/**
 * Whether an annual goal's quarterly milestones were reached, read in the goal's direction the way
 * a key result is: {@link KrKind#infer} from the baseline to the last milestone, so "$38 → $23 per
 * account" is a decreasing goal whose Q1 milestone of $36 is reached at $36 or less, and missed at
 * $37. A comparison written on the milestone itself ({@code "≤ $36"}) wins over the inferred
 * direction.
 *
 * <p>Usage: {@code GoalMilestones.state(goal, goal.milestones().get(0), quarterEnd, asOf)}.
 */
public final class GoalMilestones {
  private GoalMilestones() {}

  /** Where a milestone stands on the as-of date. */
  public enum State {
    REACHED("reached", "Reached"),
    MISSED("missed", "Missed"),
    NOT_YET_DUE("not-yet-due", "Not yet due"),
    NOT_REPORTED("not-reported", "No result reported"),
    NOT_COMPARABLE("not-comparable", "Reported (not comparable with the target)");

    private final String key;
    private final String label;

    State(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** The word used in CSS classes: reached, missed, not-yet-due, … */
    public String key() {
      return key;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The goal's direction: {@link KrKind#DECREASE} or {@link KrKind#STAY_BELOW} when lower is
   * better, else an increase or a floor. From the baseline to the last milestone with a number;
   * without a baseline, from the first milestone to the last.
   */
  public static KrKind direction(AnnualGoal g) {
    List<Quantity> targets =
        g.milestones().stream()
            .map(AnnualGoal.Milestone::targetValue)
            .filter(q -> q != null)
            .toList();
    if (targets.isEmpty()) return KrKind.INCREASE;
    Quantity last = targets.get(targets.size() - 1);
    Quantity base = g.baseline() == null ? null : Quantity.parse(g.baseline()).orElse(null);
    if (base == null || !base.sameUnitAs(last)) base = targets.size() > 1 ? targets.get(0) : null;
    return KrKind.infer(base, last);
  }

  /** True when lower values are better for this goal. */
  public static boolean lowerIsBetter(AnnualGoal g) {
    KrKind k = direction(g);
    return k == KrKind.DECREASE || k == KrKind.STAY_BELOW;
  }

  /**
   * The state of milestone {@code m} of goal {@code g} on {@code asOf}; {@code due} is the last day
   * of its quarter, or null when the goal's year is unknown (then a milestone without a result is
   * not yet due, and one that falls short is missed only once due).
   */
  public static State state(AnnualGoal g, AnnualGoal.Milestone m, LocalDate due, LocalDate asOf) {
    boolean past = due != null && due.isBefore(asOf);
    if (m.actual() == null) return past ? State.NOT_REPORTED : State.NOT_YET_DUE;
    Quantity a = m.actualValue();
    Quantity t = m.targetValue();
    if (a == null || t == null || !a.sameUnitAs(t)) return State.NOT_COMPARABLE;
    if (reached(a.value(), t, lowerIsBetter(g))) return State.REACHED;
    return past ? State.MISSED : State.NOT_YET_DUE;
  }

  private static boolean reached(double actual, Quantity target, boolean lowerIsBetter) {
    double t = target.value();
    Comparison c = target.comparison();
    if (c == Comparison.LT) return actual < t;
    if (c == Comparison.GT) return actual > t;
    if (c == Comparison.LE || (c == Comparison.NONE && lowerIsBetter)) return actual <= t;
    return actual >= t;
  }
}
