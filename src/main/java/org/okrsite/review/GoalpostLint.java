package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;

/** Moving goalposts: a key result's target changed while its cycle was running. */
final class GoalpostLint {
  private GoalpostLint() {}

  /**
   * One finding per target change dated inside the key result's cycle, on or before {@code asOf}.
   */
  static List<Finding> check(Model model, GoalHistory history, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    for (GoalHistory.TargetChange c : history.changes()) {
      if (c.date().isAfter(asOf)) continue;
      Match m = find(model, c);
      if (m == null) continue;
      Cycle cycle = model.cycle(m.objective().cycleId()).orElse(null);
      if (cycle == null || !cycle.contains(c.date())) continue;
      String shortCommit = c.commit().length() > 7 ? c.commit().substring(0, 7) : c.commit();
      out.add(
          new Finding(
              Rule.MOVING_GOALPOSTS,
              m.objective().id(),
              m.kr().id(),
              m.kr().id()
                  + " target changed from \""
                  + c.oldTarget()
                  + "\" to \""
                  + c.newTarget()
                  + "\" on "
                  + c.date()
                  + " (commit "
                  + shortCommit
                  + "), during "
                  + cycle.name(),
              "lock targets for the cycle; explain the miss in the score's narrative instead",
              m.kr().position() != null ? m.kr().position() : m.objective().position(),
              Evidence.of(
                  "commit " + shortCommit + " changed " + c.file() + " line " + c.line(),
                  Ref.keyResult(m.objective().id(), m.kr().id()))));
    }
    return out;
  }

  private record Match(Objective objective, KeyResult kr) {}

  /** The key result a change belongs to: same file and id, preferring one whose target matches. */
  private static Match find(Model model, GoalHistory.TargetChange c) {
    Match any = null;
    for (Objective o : model.objectives()) {
      if (o.lifecycle() == Lifecycle.CANCELLED) continue;
      for (KeyResult kr : o.keyResults()) {
        if (kr.position() == null
            || !c.file().equals(kr.position().file())
            || !c.krId().equals(kr.id())) continue;
        if (kr.target() != null && kr.target().text().equals(c.newTarget()))
          return new Match(o, kr);
        if (any == null) any = new Match(o, kr);
      }
    }
    return any;
  }
}
