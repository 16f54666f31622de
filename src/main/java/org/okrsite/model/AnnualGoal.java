package org.okrsite.model;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/** An annual goal with its quarterly milestones, serving a pillar. */
public record AnnualGoal(
    String id,
    String statement,
    String pillar,
    String pillarId,
    int year,
    String whyNow,
    String successMetric,
    String baseline,
    List<Milestone> milestones,
    List<String> dependencies,
    List<String> risks,
    String owner,
    SourcePosition position) {
  public AnnualGoal {
    milestones = List.copyOf(milestones);
    dependencies = List.copyOf(dependencies);
    risks = List.copyOf(risks);
  }

  /**
   * A quarterly milestone: the value planned by the end of {@code quarter} and, where reported, the
   * value reached.
   */
  public record Milestone(
      String quarter, String target, Quantity targetValue, String actual, Quantity actualValue) {}
}
