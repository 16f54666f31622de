package org.okrsite.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.config.ReviewSettings;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cadence;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.OwnerCycle;
import org.okrsite.model.ParentRef;
import org.okrsite.review.Evidence.Ref;
import org.okrsite.score.CheckInSchedule;

/**
 * The anti-patterns only visible across objectives of a cycle: too many objectives per owner, a
 * cascade too deep, individuals without a development objective, and owners who set and forget.
 */
final class CascadeLint {
  private CascadeLint() {}

  /**
   * The organisation-wide findings for the objectives of {@code cycle}; {@code schedule} gives each
   * owner's check-in cadence.
   */
  static List<Finding> check(
      Model model, Cycle cycle, LocalDate asOf, ReviewSettings s, CheckInSchedule schedule) {
    List<Finding> out = new ArrayList<>();
    Map<String, List<Objective>> byOwner = byOwner(model, cycle);
    for (List<Objective> mine : byOwner.values()) {
      tooMany(mine, s, out);
      development(mine, out);
      setAndForget(model, cycle, asOf, mine, s, schedule, out);
    }
    for (List<Objective> mine : byOwner.values()) {
      for (Objective o : mine) depth(model, o, s, out);
    }
    return out;
  }

  /** Active (not cancelled) objectives of a cycle by owner key, in model order. */
  static Map<String, List<Objective>> byOwner(Model model, Cycle cycle) {
    Map<String, List<Objective>> m = new LinkedHashMap<>();
    for (Objective o : model.objectives()) {
      if (!cycle.id().equals(o.cycleId()) || o.lifecycle() == Lifecycle.CANCELLED) continue;
      m.computeIfAbsent(o.owner().key(), k -> new ArrayList<>()).add(o);
    }
    return m;
  }

  private static void tooMany(List<Objective> mine, ReviewSettings s, List<Finding> out) {
    Objective first = mine.get(0);
    int limit = s.objectiveLimit(first.owner().level());
    if (mine.size() <= limit) return;
    Objective over = mine.get(limit);
    String mode = s.firstTimeAdoption() ? " in first-time adoption mode" : "";
    out.add(
        new Finding(
            Rule.TOO_MANY_OBJECTIVES,
            over.id(),
            null,
            first.owner().name()
                + " has "
                + mine.size()
                + " objectives this cycle; the limit for a "
                + first.owner().level().key()
                + " is "
                + limit
                + mode,
            "focus beats coverage: keep the objectives that matter most and move the rest to 'not"
                + " doing'",
            over.position(),
            Evidence.of(mine.size() + " objectives of " + first.owner().name(), refs(mine))));
  }

  private static void development(List<Objective> mine, List<Finding> out) {
    Objective first = mine.get(0);
    if (first.owner().level() != Level.PERSON || mine.stream().anyMatch(Objective::development))
      return;
    out.add(
        new Finding(
            Rule.NO_DEVELOPMENT_OBJECTIVE,
            first.id(),
            null,
            first.owner().name() + " has no development objective this cycle",
            "add an objective with development: true (e.g. \"Grow my leadership capabilities\")",
            first.position(),
            Evidence.of("objectives of " + first.owner().name(), refs(mine))));
  }

  private static void setAndForget(
      Model model,
      Cycle cycle,
      LocalDate asOf,
      List<Objective> mine,
      ReviewSettings s,
      CheckInSchedule schedule,
      List<Finding> out) {
    if (!cycle.contains(asOf)) return;
    Objective first = mine.get(0);
    CheckIn last = lastCheckIn(model, first.owner().key(), cycle, asOf);
    LocalDate since = last != null ? last.date() : cycle.start();
    long days = ChronoUnit.DAYS.between(since, asOf);
    Cadence cadence = schedule.cadenceOf(first.owner());
    long window = silentWindow(s, cadence);
    if (days <= window) return;
    List<Ref> refs = new ArrayList<>(refs(mine));
    if (last != null) refs.add(Ref.checkIn(last.id()));
    String what =
        last == null
            ? "has not checked in since the cycle started (" + days + " days)"
            : "has not checked in for " + days + " days (last check-in " + last.date() + ")";
    out.add(
        new Finding(
            Rule.SET_AND_FORGET,
            first.id(),
            null,
            first.owner().name() + " " + what,
            "check in at least every "
                + (window == s.setAndForgetWeeks() * 7L
                    ? s.setAndForgetWeeks() + " weeks"
                    : window + " days (a " + cadence.key() + " cadence)")
                + ": confidence, progress, issues, plan",
            first.position(),
            Evidence.of(first.owner().name() + " " + what, refs)));
  }

  /**
   * How many days an owner may stay silent before they set and forget: {@code
   * set_and_forget_weeks}, or their cadence when that is longer (a monthly owner is not forgetting
   * after two weeks; an owner not due is never silent for too long).
   */
  static long silentWindow(ReviewSettings s, Cadence cadence) {
    return Math.max(s.setAndForgetWeeks() * 7L, cadence.days());
  }

  /** The owner's latest check-in of the cycle on or before {@code asOf}, or null. */
  static CheckIn lastCheckIn(Model model, String ownerKey, Cycle cycle, LocalDate asOf) {
    CheckIn last = null;
    for (CheckIn c : model.index().checkIns(new OwnerCycle(ownerKey, cycle.id()))) {
      if (c.date().isAfter(asOf)) break;
      last = c;
    }
    return last;
  }

  private static void depth(Model model, Objective o, ReviewSettings s, List<Finding> out) {
    List<String> chain = longestChain(model, o, new HashSet<>());
    if (chain.size() <= s.cascadeDepth()) return;
    List<Ref> refs = chain.stream().map(Ref::objective).toList();
    List<String> top = new ArrayList<>(chain);
    java.util.Collections.reverse(top);
    out.add(
        new Finding(
            Rule.CASCADE_TOO_DEEP,
            o.id(),
            null,
            "objective sits "
                + chain.size()
                + " levels deep ("
                + String.join(" → ", top)
                + "); the limit is "
                + s.cascadeDepth(),
            "align to a higher objective directly: too many levels is bureaucracy",
            o.position(),
            Evidence.of("parent chain of " + o.id(), refs)));
  }

  /** The longest chain of parent objectives from {@code o} upward, {@code o} first. */
  static List<String> longestChain(Model model, Objective o, Set<String> seen) {
    List<String> best = List.of();
    if (!seen.add(o.id())) return List.of();
    for (ParentRef p : o.parents()) {
      if (p.kind() != ParentRef.Kind.OBJECTIVE || p.targetId() == null) continue;
      var parent = model.objective(p.targetId());
      if (parent.isEmpty()) continue;
      List<String> c = longestChain(model, parent.get(), seen);
      if (c.size() > best.size()) best = c;
    }
    seen.remove(o.id());
    List<String> chain = new ArrayList<>();
    chain.add(o.id());
    chain.addAll(best);
    return chain;
  }

  private static List<Ref> refs(List<Objective> os) {
    return os.stream().map(x -> Ref.objective(x.id())).toList();
  }
}
