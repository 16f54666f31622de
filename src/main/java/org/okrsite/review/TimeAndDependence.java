package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrsite.config.Dimension;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.review.DependencyIndex.Need;
import org.okrsite.review.Evidence.Ref;

/**
 * The rubric's time-bound and independence dimensions. Time-bound counts only the objective's own
 * milestones: dates its key results set themselves, and deliverables it owes another unit for one
 * of its key results. What other units owe it, and the annual goal's milestone, are other people's
 * dates. Independence counts each need once, however many documents declare it.
 */
final class TimeAndDependence {
  private final Model model;

  /** Made once: every objective reads it. */
  private final DependencyIndex dependencies;

  TimeAndDependence(Model model) {
    this.model = model;
    this.dependencies = new DependencyIndex(model);
  }

  DependencyIndex dependencies() {
    return dependencies;
  }

  /** 0 without a cycle, 50 for "this quarter", 100 with milestones of its own inside the cycle. */
  Rubric.Rating timeBound(Objective o, int weight) {
    Cycle cycle = o.cycleId() == null ? null : model.cycle(o.cycleId()).orElse(null);
    Dimension d = Dimension.TIME_BOUND;
    if (cycle == null) {
      return new Rubric.Rating(
          d, 0, weight, List.of(Evidence.of("no cycle, no deadline", Ref.objective(o.id()))));
    }
    List<Evidence> ev = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      for (KrDates.Due due : KrDates.of(kr)) {
        LocalDate date = due.in(cycle);
        if (date != null)
          ev.add(
              Evidence.of(
                  "milestone: " + kr.id() + " \"" + due.words() + "\" (" + date + ")",
                  Ref.keyResult(o.id(), kr.id())));
      }
    }
    for (Need n : dependencies.owed(o)) {
      Dependency dep = n.main();
      if (dep.neededBy() != null && cycle.contains(dep.neededBy()))
        ev.add(
            Evidence.of(
                "milestone: owes \""
                    + dep.deliverable()
                    + "\" to "
                    + dep.consumer()
                    + " by "
                    + dep.neededBy(),
                depRef(dep, o)));
    }
    if (!ev.isEmpty()) return new Rubric.Rating(d, 100, weight, ev);
    ev.add(
        Evidence.of(
            "\"this quarter\": " + cycle.name() + ", no milestone of its own inside it",
            Ref.objective(o.id())));
    List<String> others = othersDates(o, cycle);
    if (!others.isEmpty())
      ev.add(
          Evidence.of(
              "not its own, so not counted: " + String.join("; ", others), Ref.objective(o.id())));
    return new Rubric.Rating(d, 50, weight, ev);
  }

  /** The dates in the cycle that belong to others: what others owe it, its annual goal's. */
  private List<String> othersDates(Objective o, Cycle cycle) {
    List<String> out = new ArrayList<>();
    for (Need n : dependencies.needs(o)) {
      Dependency dep = n.main();
      if (dep.neededBy() != null && cycle.contains(dep.neededBy()))
        out.add(dep.provider() + "'s \"" + dep.deliverable() + "\" by " + dep.neededBy());
    }
    for (ParentRef p : o.parents()) {
      if (p.kind() != ParentRef.Kind.ANNUAL_GOAL || p.targetId() == null) continue;
      for (AnnualGoal g : model.annualGoals()) {
        if (!g.id().equals(p.targetId())) continue;
        for (AnnualGoal.Milestone m : g.milestones()) {
          if (quarterOf(cycle, g, m))
            out.add("annual goal " + g.id() + "'s " + cycle.name() + " milestone");
        }
      }
    }
    return out;
  }

  /** 100 with no dependency, 50 with documented ones, 25 with many or at-risk ones. */
  Rubric.Rating independence(Objective o, int weight) {
    List<Need> needs = dependencies.needs(o);
    Dimension d = Dimension.INDEPENDENCE;
    if (needs.isEmpty()) {
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
    for (Need n : needs) {
      Dependency dep = n.main();
      String status = n.status() == null ? "no status" : n.status();
      troubled |= "at_risk".equals(status) || "blocked".equals(status);
      String ways =
          n.declarations().size() == 1
              ? ""
              : ": one need, written " + n.declarations().size() + " times (" + places(n) + ")";
      List<Ref> refs = new ArrayList<>();
      for (Dependency x : n.declarations()) refs.add(depRef(x, o));
      ev.add(
          Evidence.of(
              "needs \""
                  + dep.deliverable()
                  + "\" from "
                  + dep.provider()
                  + " ("
                  + status
                  + ")"
                  + ways,
              refs));
    }
    int score = troubled || needs.size() > 2 ? 25 : 50;
    return new Rubric.Rating(d, score, weight, ev);
  }

  /** The files a need is written in, in the order found. */
  private static String places(Need n) {
    List<String> out = new ArrayList<>();
    for (Dependency d : n.declarations()) {
      String file = d.position() == null ? "?" : d.position().file();
      if (!out.contains(file)) out.add(file);
    }
    return String.join(", ", out);
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
