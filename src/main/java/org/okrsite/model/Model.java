package org.okrsite.model;

import java.util.List;
import java.util.Optional;

/** Everything the content says, linked: the input of scoring, review and rendering. */
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
    List<Doc> docs) {
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

  public Optional<Cycle> cycle(String id) {
    return cycles.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Objective> objective(String id) {
    return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
