package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.KrKind;
import org.okrsite.model.Quantity;
import org.okrsite.score.GoalMilestones.State;

class GoalMilestonesTest {
  private static final LocalDate END_Q1 = LocalDate.of(2026, 3, 31);
  private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);

  static AnnualGoal.Milestone m(String quarter, String target, String actual) {
    return new AnnualGoal.Milestone(
        quarter,
        target,
        Quantity.parse(target).orElse(null),
        actual,
        actual == null ? null : Quantity.parse(actual).orElse(null));
  }

  static AnnualGoal goal(String baseline, AnnualGoal.Milestone... ms) {
    return new AnnualGoal(
        "AG-2026-09",
        "A goal",
        null,
        null,
        2026,
        null,
        null,
        baseline,
        List.of(ms),
        List.of(),
        List.of(),
        null,
        null);
  }

  @Test
  void theDirectionRunsFromTheBaselineToTheLastMilestone() {
    assertEquals(
        KrKind.DECREASE,
        GoalMilestones.direction(goal("$38", m("q1", "$36", null), m("q4", "$23", null))));
    assertEquals(KrKind.INCREASE, GoalMilestones.direction(goal("$120K", m("q4", "$1M", null))));
    // no baseline (or one in another unit): the first milestone to the last
    assertEquals(
        KrKind.DECREASE,
        GoalMilestones.direction(goal(null, m("q1", "9 days", null), m("q4", "2 days", null))));
    assertEquals(
        KrKind.DECREASE,
        GoalMilestones.direction(goal("lots", m("q1", "9 days", null), m("q4", "2 days", null))));
  }

  @Test
  void aDecreasingGoalsMilestoneIsReachedAtOrBelowIt() {
    AnnualGoal g = goal("$38", m("q4", "$23", null));
    assertEquals(State.MISSED, GoalMilestones.state(g, m("q1", "$36", "$37"), END_Q1, AS_OF));
    assertEquals(State.REACHED, GoalMilestones.state(g, m("q1", "$36", "$36"), END_Q1, AS_OF));
    assertEquals(State.REACHED, GoalMilestones.state(g, m("q1", "$36", "$35"), END_Q1, AS_OF));
  }

  @Test
  void anIncreasingGoalsMilestoneIsReachedAtOrAboveIt() {
    AnnualGoal g = goal("$120K", m("q4", "$1M", null));
    assertEquals(State.MISSED, GoalMilestones.state(g, m("q1", "$250K", "$240K"), END_Q1, AS_OF));
    assertEquals(State.REACHED, GoalMilestones.state(g, m("q1", "$250K", "$250K"), END_Q1, AS_OF));
  }

  @Test
  void aComparisonOnTheMilestoneWins() {
    AnnualGoal g = goal("$120K", m("q4", "$1M", null));
    assertEquals(
        State.REACHED, GoalMilestones.state(g, m("q1", "< $300K", "$250K"), END_Q1, AS_OF));
    assertEquals(State.MISSED, GoalMilestones.state(g, m("q1", "< $300K", "$300K"), END_Q1, AS_OF));
  }

  @Test
  void beforeItsQuarterEndsAMilestoneIsNotYetDueUnlessReached() {
    AnnualGoal g = goal("$38", m("q4", "$23", null));
    LocalDate early = LocalDate.of(2026, 3, 15);
    assertEquals(State.NOT_YET_DUE, GoalMilestones.state(g, m("q1", "$36", "$37"), END_Q1, early));
    assertEquals(State.NOT_YET_DUE, GoalMilestones.state(g, m("q1", "$36", null), END_Q1, early));
    assertEquals(State.REACHED, GoalMilestones.state(g, m("q1", "$36", "$35"), END_Q1, early));
    // the last day of the quarter is still within it
    assertEquals(State.NOT_YET_DUE, GoalMilestones.state(g, m("q1", "$36", "$37"), END_Q1, END_Q1));
  }

  @Test
  void pastAndUnreadableResultsSaySo() {
    AnnualGoal g = goal("$38", m("q4", "$23", null));
    assertEquals(State.NOT_REPORTED, GoalMilestones.state(g, m("q1", "$36", null), END_Q1, AS_OF));
    assertEquals(
        State.NOT_COMPARABLE, GoalMilestones.state(g, m("q1", "$36", "on plan"), END_Q1, AS_OF));
    assertEquals(
        State.NOT_COMPARABLE, GoalMilestones.state(g, m("q1", "$36", "36 days"), END_Q1, AS_OF));
    // no year known: no due date, so a shortfall is not (yet) a miss
    assertEquals(State.NOT_YET_DUE, GoalMilestones.state(g, m("q1", "$36", "$37"), null, AS_OF));
  }
}
