package org.okrsite.review;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.DependencyIndex.Need;
import org.okrsite.review.Evidence.Ref;

/**
 * The anti-patterns in an objective's dates: a key result whose own date falls outside its cycle,
 * and a need from another unit with no date (the seed's template: "Need from [team]: [what] by
 * [when]").
 */
final class DeadlineLint {
  private DeadlineLint() {}

  /** The findings of one objective: its key results' dates, then its needs. */
  static List<Finding> check(Model model, DependencyIndex dependencies, Objective o) {
    List<Finding> out = new ArrayList<>();
    Cycle cycle = o.cycleId() == null ? null : model.cycle(o.cycleId()).orElse(null);
    if (cycle == null) return out;
    for (KeyResult kr : o.keyResults()) {
      for (KrDates.Due due : KrDates.of(kr)) {
        if (due.in(cycle) != null) continue;
        out.add(
            new Finding(
                Rule.KR_DATE_OUTSIDE_CYCLE,
                o.id(),
                kr.id(),
                kr.id()
                    + " \""
                    + KeyResultText.label(kr)
                    + "\" is due \""
                    + due.words()
                    + "\", outside "
                    + cycle.name()
                    + " ("
                    + cycle.start()
                    + " – "
                    + cycle.end()
                    + ")",
                "set a date inside " + cycle.name() + ", or move the key result to its cycle",
                kr.position() != null ? kr.position() : o.position(),
                Evidence.of(
                    "key result \"" + KeyResultText.label(kr) + "\"",
                    Ref.keyResult(o.id(), kr.id()))));
      }
    }
    for (Need n : dependencies.needs(o)) {
      if (n.dated()) continue;
      Dependency dep = n.main();
      String from = dep.provider() == null ? "" : " from " + dep.provider();
      out.add(
          new Finding(
              Rule.DEPENDENCY_NO_DATE,
              o.id(),
              null,
              o.owner().name() + " needs \"" + dep.deliverable() + "\"" + from + " without a date",
              "say by when: 'by: YYYY-MM-DD' on the need, or 'needed_by:' on its dependency"
                  + " contract",
              dep.position() != null ? dep.position() : o.position(),
              Evidence.of(
                  "needs \"" + dep.deliverable() + "\"" + from,
                  dep.id() != null ? Ref.dependency(dep.id()) : Ref.objective(o.id()))));
    }
    return out;
  }
}
