package org.okrsite.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Revision;
import org.okrsite.review.Evidence.Ref;

/**
 * Moving goalposts: a key result's target changed, or a key result was deleted, while its cycle was
 * running, and no {@code revisions:} entry of the objective records the change.
 *
 * <p>A revision records a change when it names the same key result, says the same kind of change
 * ({@code to: removed} for a deletion, any other {@code to:} for a new target), and agrees on when
 * or what: its date is within {@value #REVISION_DAYS} days of the commit's, or its {@code from:}
 * and {@code to:} are the old and new target ({@code from:} the last target, for a deletion).
 */
final class GoalpostLint {
  /**
   * How far apart a revision's date and the commit's may be: approval and commit are days apart.
   */
  static final int REVISION_DAYS = 7;

  private GoalpostLint() {}

  /**
   * One finding per unrecorded target change and per unrecorded deletion dated inside the key
   * result's cycle, on or before {@code asOf}.
   */
  static List<Finding> check(Model model, GoalHistory history, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    for (GoalHistory.TargetChange c : history.changes()) {
      if (c.date().isAfter(asOf)) continue;
      Match m = find(model, c);
      if (m == null) continue;
      Cycle cycle = model.cycle(m.objective().cycleId()).orElse(null);
      if (cycle == null || !cycle.contains(c.date())) continue;
      if (recorded(m.objective(), m.kr().id(), false, c.date(), c.oldTarget(), c.newTarget()))
        continue;
      String shortCommit = shortCommit(c.commit());
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
              "lock targets for the cycle; explain the miss in the score's narrative instead, or"
                  + " record an agreed change under 'revisions:'",
              m.kr().position() != null ? m.kr().position() : m.objective().position(),
              Evidence.of(
                  "commit " + shortCommit + " changed " + c.file() + " line " + c.line(),
                  Ref.keyResult(m.objective().id(), m.kr().id()))));
    }
    out.addAll(deletions(model, history, asOf));
    return out;
  }

  /** The latest unrecorded deletion of each key result that is still gone. */
  private static List<Finding> deletions(Model model, GoalHistory history, LocalDate asOf) {
    Map<String, Finding> latest = new LinkedHashMap<>();
    for (GoalHistory.Removal r : history.removals()) {
      if (r.date().isAfter(asOf) || stillThere(model, r)) continue;
      Objective o = owner(model, r);
      if (o == null) continue;
      Cycle cycle = model.cycle(o.cycleId()).orElseThrow();
      if (recorded(o, r.krId(), true, r.date(), r.target(), Revision.REMOVED)) continue;
      String shortCommit = shortCommit(r.commit());
      latest.put(
          o.id() + "/" + r.krId(),
          new Finding(
              Rule.MOVING_GOALPOSTS,
              o.id(),
              r.krId(),
              r.krId()
                  + (r.metric() != null ? " \"" + r.metric() + "\"" : "")
                  + lastKnown(r)
                  + " was deleted on "
                  + r.date()
                  + " (commit "
                  + shortCommit
                  + "), during "
                  + cycle.name(),
              "keep the key result and score it at the end of the cycle, or record the agreed"
                  + " change under 'revisions:' with 'kr: "
                  + r.krId()
                  + "' and 'to: removed'",
              o.position(),
              Evidence.of(
                  "commit " + shortCommit + " deleted " + r.krId() + " from " + r.file(),
                  Ref.objective(o.id()))));
    }
    return new ArrayList<>(latest.values());
  }

  /** What the file last said of a deleted key result's values, e.g. " (target 2%, current 4%)". */
  private static String lastKnown(GoalHistory.Removal r) {
    List<String> parts = new ArrayList<>();
    if (r.baseline() != null) parts.add("baseline " + r.baseline());
    if (r.target() != null) parts.add("target " + r.target());
    if (r.current() != null) parts.add("last current " + r.current());
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  /**
   * True when the file's objectives still have the key result: one with the same metric, or, when
   * the deleted one had no metric line, the same id.
   */
  private static boolean stillThere(Model model, GoalHistory.Removal r) {
    for (Objective o : model.objectives()) {
      if (o.position() == null || !r.file().equals(o.position().file())) continue;
      for (KeyResult kr : o.keyResults()) {
        boolean same =
            r.metric() != null
                ? Revision.sameValue(r.metric(), kr.metric())
                : kr.id().equalsIgnoreCase(r.krId());
        if (same) return true;
      }
    }
    return false;
  }

  /**
   * The objective a deleted key result belonged to: of the same file, not cancelled, with the
   * deletion inside its cycle; the one with the title written above the key result, else the only
   * one.
   */
  private static Objective owner(Model model, GoalHistory.Removal r) {
    List<Objective> candidates = new ArrayList<>();
    for (Objective o : model.objectives()) {
      if (o.lifecycle() == Lifecycle.CANCELLED
          || o.position() == null
          || !r.file().equals(o.position().file())) continue;
      Cycle cycle = model.cycle(o.cycleId()).orElse(null);
      if (cycle == null || !cycle.contains(r.date())) continue;
      if (r.objective() != null && Revision.sameValue(r.objective(), o.title())) return o;
      candidates.add(o);
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /** Whether a revision of {@code o} records this change of key result {@code krId}. */
  private static boolean recorded(
      Objective o, String krId, boolean removal, LocalDate date, String from, String to) {
    for (Revision r : o.revisions()) {
      if (r.krId() == null || !r.krId().equalsIgnoreCase(krId)) continue;
      if (r.removesKeyResult() != removal) continue;
      boolean near = Math.abs(ChronoUnit.DAYS.between(r.date(), date)) <= REVISION_DAYS;
      boolean same =
          Revision.sameValue(r.from(), from) && (removal || Revision.sameValue(r.to(), to));
      if (near || same) return true;
    }
    return false;
  }

  private static String shortCommit(String commit) {
    return commit.length() > 7 ? commit.substring(0, 7) : commit;
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
