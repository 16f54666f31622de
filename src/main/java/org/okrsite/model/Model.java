package org.okrsite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the content says, linked: the input of scoring, review and rendering.
 *
 * @param objectiveIndex objectives by id (derived; use the constructor without it)
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
    Map<String, Objective> objectiveIndex) {
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

  /** A model of these parts, with objectives indexed by id. */
  public Model(Strategy strategy, Organisation organisation, List<Cycle> cycles, List<Pillar> pillars,
      List<AnnualGoal> annualGoals, List<Objective> objectives, List<CheckIn> checkIns,
      List<Retrospective> retrospectives, List<KpiDashboard> kpiDashboards, List<Dependency> dependencies,
      List<Commitment> commitments, List<Doc> docs) {
    this(strategy, organisation, cycles, pillars, annualGoals, objectives, checkIns, retrospectives,
        kpiDashboards, dependencies, commitments, docs, index(objectives));
  }

  /** This model with other check-ins (everything else, and the objective index, shared). */
  public Model withCheckIns(List<CheckIn> replaced) {
    return new Model(strategy, organisation, cycles, pillars, annualGoals, objectives, replaced, retrospectives,
        kpiDashboards, dependencies, commitments, docs, objectiveIndex);
  }

  private static Map<String, Objective> index(List<Objective> objectives) {
    Map<String, Objective> m = new java.util.HashMap<>();
    for (Objective o : objectives) m.putIfAbsent(o.id(), o);
    return java.util.Collections.unmodifiableMap(m);
  }

  public Optional<Cycle> cycle(String id) {
    return cycles.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(objectiveIndex.get(id));
  }
}
