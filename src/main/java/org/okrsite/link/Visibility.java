package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Pillar;

/**
 * Leaves out of the model what must not be published: private documents and everything derived from
 * them (their check-in updates, links to them), and drafts unless asked for.
 */
final class Visibility {
  private final Hidden hidden;
  private final boolean drafts;

  Visibility(Hidden hidden, boolean drafts) {
    this.hidden = hidden;
    this.drafts = drafts;
  }

  Model publish(Model m) {
    Set<String> gone = new HashSet<>(hidden.objectiveIds());
    for (Objective o : m.objectives())
      if (o.lifecycle() == Lifecycle.DRAFT && !drafts) gone.add(o.id());
    // a private goal or pillar is not named either, not even as a public objective's parent
    Set<String> goneGoals = new HashSet<>();
    for (AnnualGoal g : m.annualGoals()) if (hidden.has(g)) goneGoals.add(g.id());
    Set<String> gonePillars = new HashSet<>();
    for (Pillar p : m.pillars()) if (hidden.has(p)) gonePillars.add(p.id());
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : m.objectives()) {
      if (gone.contains(o.id())) continue;
      List<ParentRef> ps =
          o.parents().stream()
              .filter(
                  p ->
                      switch (p.kind()) {
                        case OBJECTIVE -> !gone.contains(p.targetId());
                        case ANNUAL_GOAL -> !goneGoals.contains(p.targetId());
                        case PILLAR -> !gonePillars.contains(p.targetId());
                      })
              .toList();
      objectives.add(o.withParents(ps));
    }
    List<CheckIn> checkIns = new ArrayList<>();
    for (CheckIn c : m.checkIns()) {
      if (hidden.has(c)) continue;
      List<CheckIn.Update> us =
          c.updates().stream().filter(u -> !gone.contains(u.objectiveId())).toList();
      checkIns.add(
          new CheckIn(
              c.id(),
              c.date(),
              c.owner(),
              c.cycleId(),
              c.author(),
              c.goalConfidence(),
              us,
              c.issues(),
              c.plan(),
              c.narrative(),
              c.position()));
    }
    return new Model(
        m.strategy(),
        m.organisation(),
        m.cycles(),
        keep(m.pillars()),
        keep(m.annualGoals()),
        objectives,
        checkIns,
        keep(m.retrospectives()),
        keep(m.kpiDashboards()),
        keep(m.dependencies()),
        keep(m.commitments()),
        keep(m.docs()));
  }

  private <T> List<T> keep(List<T> items) {
    return items.stream().filter(t -> !hidden.has(t)).toList();
  }
}
