package org.okrsite.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.config.Dimension;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.review.Evidence.Ref;

/** The rubric's time-bound and independence dimensions, both read from dates and dependencies. */
final class TimeAndDependence {
  private final Model model;

  /**
   * The model's dependencies by consumer in lower case, in the model's order; read by every
   * objective.
   */
  private final Map<String, List<Dependency>> byConsumer = new java.util.HashMap<>();

  TimeAndDependence(Model model) {
    this.model = model;
    for (Dependency dep : model.dependencies()) {
      if (dep.consumer() != null)
        byConsumer
            .computeIfAbsent(dep.consumer().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(dep);
    }
  }

  /** 0 without a cycle, 50 for "this quarter", 100 with dated milestones inside the cycle. */
  Rubric.Rating timeBound(Objective o, int weight) {
    Cycle cycle = o.cycleId() == null ? null : model.cycle(o.cycleId()).orElse(null);
    Dimension d = Dimension.TIME_BOUND;
    if (cycle == null) {
      return new Rubric.Rating(
          d, 0, weight, List.of(Evidence.of("no cycle, no deadline", Ref.objective(o.id()))));
    }
    List<Evidence> ev = new ArrayList<>();
    for (Dependency dep : consumed(o)) {
      if (dep.neededBy() != null && cycle.contains(dep.neededBy())) {
        ev.add(
            Evidence.of(
                "milestone: " + dep.deliverable() + " by " + dep.neededBy(), depRef(dep, o)));
      }
    }
    for (ParentRef p : o.parents()) {
      if (p.kind() != ParentRef.Kind.ANNUAL_GOAL || p.targetId() == null) continue;
      for (AnnualGoal g : model.annualGoals()) {
        if (!g.id().equals(p.targetId())) continue;
        for (AnnualGoal.Milestone m : g.milestones()) {
          if (quarterOf(cycle, g, m)) {
            ev.add(
                Evidence.of(
                    "annual goal " + g.id() + " milestone for " + cycle.name() + ": " + m.target(),
                    Ref.objective(o.id())));
          }
        }
      }
    }
    if (ev.isEmpty()) {
      return new Rubric.Rating(
          d,
          50,
          weight,
          List.of(
              Evidence.of(
                  "\"this quarter\": " + cycle.name() + ", no milestones inside it",
                  Ref.objective(o.id()))));
    }
    return new Rubric.Rating(d, 100, weight, ev);
  }

  /** 100 with no dependency, 50 with documented ones, 25 with many or at-risk ones. */
  Rubric.Rating independence(Objective o, int weight) {
    List<Dependency> deps = consumed(o);
    Dimension d = Dimension.INDEPENDENCE;
    if (deps.isEmpty()) {
      return new Rubric.Rating(
          d,
          100,
          weight,
          List.of(
              Evidence.of(
                  "no declared dependency: primarily within " + o.owner().name() + "'s control",
                  Ref.objective(o.id()))));
    }
    List<Evidence> ev = new ArrayList<>();
    boolean troubled = false;
    for (Dependency dep : deps) {
      String status = dep.status() == null ? "no status" : dep.status();
      troubled |= "at_risk".equals(status) || "blocked".equals(status);
      ev.add(
          Evidence.of(
              "needs \"" + dep.deliverable() + "\" from " + dep.provider() + " (" + status + ")",
              depRef(dep, o)));
    }
    int score = troubled || deps.size() > 2 ? 25 : 50;
    return new Rubric.Rating(d, score, weight, ev);
  }

  /** The dependencies where this objective (or its owner, in its cycle) is the consumer. */
  List<Dependency> consumed(Objective o) {
    Map<String, Dependency> m = new LinkedHashMap<>();
    for (Dependency dep : o.dependencies()) m.put(key(dep), dep);
    String owner = o.owner().name() == null ? "" : o.owner().name().toLowerCase(Locale.ROOT);
    for (Dependency dep : byConsumer.getOrDefault(owner, List.of())) {
      if (dep.cycleId() == null || dep.cycleId().equals(o.cycleId())) m.putIfAbsent(key(dep), dep);
    }
    return new ArrayList<>(m.values());
  }

  private static String key(Dependency d) {
    return d.id() != null ? d.id() : d.provider() + "|" + d.deliverable();
  }

  private static Ref depRef(Dependency dep, Objective o) {
    return dep.id() != null ? Ref.dependency(dep.id()) : Ref.objective(o.id());
  }

  private static boolean quarterOf(Cycle cycle, AnnualGoal g, AnnualGoal.Milestone m) {
    String name = cycle.name().toLowerCase(Locale.ROOT);
    return m.quarter() != null
        && name.startsWith(m.quarter().toLowerCase(Locale.ROOT) + " ")
        && name.endsWith(String.valueOf(g.year()));
  }
}
