package org.okrsite.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the content says, linked: the input of scoring, review and rendering.
 *
 * @param index the look-ups by id and by owner and cycle (derived; use the constructor without it)
 */
public record Model(
    Strategy strategy,
    Organisation organisation,
    List<Cycle> cycles,
    List<Pillar> pillars,
    List<AnnualGoal> annualGoals,
    List<Objective> objectives,
    List<CheckIn> checkIns,
    List<Retrospective> retrospectives,
    List<KpiDashboard> kpiDashboards,
    List<Dependency> dependencies,
    List<Commitment> commitments,
    List<Doc> docs,
    ModelIndex index) {
  public Model {
    cycles = List.copyOf(cycles);
    pillars = List.copyOf(pillars);
    annualGoals = List.copyOf(annualGoals);
    objectives = List.copyOf(objectives);
    checkIns = List.copyOf(checkIns);
    retrospectives = List.copyOf(retrospectives);
    kpiDashboards = List.copyOf(kpiDashboards);
    dependencies = List.copyOf(dependencies);
    commitments = List.copyOf(commitments);
    docs = List.copyOf(docs);
  }

  /** A model of these parts, indexed. */
  public Model(
      Strategy strategy,
      Organisation organisation,
      List<Cycle> cycles,
      List<Pillar> pillars,
      List<AnnualGoal> annualGoals,
      List<Objective> objectives,
      List<CheckIn> checkIns,
      List<Retrospective> retrospectives,
      List<KpiDashboard> kpiDashboards,
      List<Dependency> dependencies,
      List<Commitment> commitments,
      List<Doc> docs) {
    this(
        strategy,
        organisation,
        cycles,
        pillars,
        annualGoals,
        objectives,
        checkIns,
        retrospectives,
        kpiDashboards,
        dependencies,
        commitments,
        docs,
        ModelIndex.of(List.copyOf(objectives), List.copyOf(checkIns)));
  }

  /** This model with other check-ins (everything else, and the objective look-ups, shared). */
  public Model withCheckIns(List<CheckIn> replaced) {
    return new Model(
        strategy,
        organisation,
        cycles,
        pillars,
        annualGoals,
        objectives,
        replaced,
        retrospectives,
        kpiDashboards,
        dependencies,
        commitments,
        docs,
        index.withCheckIns(List.copyOf(replaced)));
  }

  public Optional<Cycle> cycle(String id) {
    return cycles.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(index.objective(id));
  }
}
