package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.OwnerCycle;
import org.okrsite.review.Evidence.Ref;

/**
 * Dependency bottlenecks, overdue escalations and recurring blockers of a scope. One serves every
 * scope of a review, on all cores: what scopes share (a blocker's terms, the dependencies' names in
 * lower case) is worked out once.
 */
final class BlockerInsights {
  private final Model model;
  private final Cycle cycle;
  private final LocalDate asOf;

  /** The cycle's dependencies, with provider and consumer in lower case. */
  private final List<Named> dependencies = new ArrayList<>();

  /**
   * A blocker text's terms; texts repeat across check-ins, and each check-in is in several scopes.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> terms =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Named(Dependency dependency, String provider, String consumer) {}

  BlockerInsights(Model model, Cycle cycle, LocalDate asOf) {
    this.model = model;
    this.cycle = cycle;
    this.asOf = asOf;
    for (Dependency d : model.dependencies()) {
      if (d.cycleId() == null || d.cycleId().equals(cycle.id()))
        dependencies.add(new Named(d, lower(d.provider()), lower(d.consumer())));
    }
  }

  void add(List<Objective> mine, List<Insight> out) {
    Set<String> owners = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    boolean company = false;
    for (Objective o : mine) {
      owners.add(o.owner().key());
      names.add(o.owner().name().toLowerCase(Locale.ROOT));
      company |= o.owner().level() == Level.COMPANY;
    }
    dependencies(names, company, out);
    List<CheckIn> checkIns = new java.util.ArrayList<>();
    for (String owner : owners) {
      for (CheckIn c : model.index().checkIns(new OwnerCycle(owner, cycle.id())))
        if (!c.date().isAfter(asOf)) checkIns.add(c);
    }
    // the order of the model's check-ins, as before: by date, then id
    checkIns.sort(java.util.Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id));
    askedOf(checkIns, out);
    for (RecurringBlockers.Term t :
        RecurringBlockers.mine(
            checkIns,
            2,
            5,
            text ->
                text == null
                    ? List.of()
                    : terms.computeIfAbsent(text, x -> List.copyOf(RecurringBlockers.terms(x))))) {
      List<Ref> refs = t.checkIns().stream().map(c -> Ref.checkIn(c.id())).toList();
      out.add(
          new Insight(
              "recurring-blocker",
              "\"" + t.text() + "\" comes up in " + t.checkIns().size() + " check-ins' issues",
              Evidence.of(
                  "first on "
                      + t.checkIns().get(0).date()
                      + ", last on "
                      + t.checkIns().get(t.checkIns().size() - 1).date(),
                  refs)));
    }
  }

  private void dependencies(Set<String> names, boolean company, List<Insight> out) {
    for (Named n : dependencies) {
      Dependency d = n.dependency();
      boolean mine = company || names.contains(n.provider()) || names.contains(n.consumer());
      if (!mine || d.id() == null) continue;
      String status = d.status() == null ? "" : d.status();
      if (d.escalationDate() != null
          && !d.escalationDate().isAfter(asOf)
          && !status.equals("on_track")
          && !status.equals("done")) {
        out.add(
            new Insight(
                "overdue-escalation",
                d.provider()
                    + " → "
                    + d.consumer()
                    + " \""
                    + d.deliverable()
                    + "\" is "
                    + status.replace('_', ' ')
                    + " past its escalation date "
                    + d.escalationDate()
                    + ": escalate",
                Evidence.of("dependency contract", Ref.dependency(d.id()))));
      } else if (status.equals("at_risk") || status.equals("blocked")) {
        out.add(
            new Insight(
                "dependency-bottleneck",
                d.provider()
                    + " → "
                    + d.consumer()
                    + " \""
                    + d.deliverable()
                    + "\" is "
                    + status.replace('_', ' '),
                Evidence.of("dependency contract", Ref.dependency(d.id()))));
      }
    }
  }

  /** People named as "from" in the issues of two or more check-ins: a person bottleneck. */
  private static void askedOf(List<CheckIn> checkIns, List<Insight> out) {
    Map<String, List<CheckIn>> asked = new TreeMap<>();
    for (CheckIn c : checkIns) {
      Set<String> once = new LinkedHashSet<>();
      for (CheckIn.Blocker b : c.issues())
        if (b.from() != null && !b.from().isBlank()) once.add(b.from().strip());
      for (String p : once) asked.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
    }
    for (var e : asked.entrySet()) {
      if (e.getValue().size() < 2) continue;
      out.add(
          new Insight(
              "dependency-bottleneck",
              e.getKey() + " is needed to unblock " + e.getValue().size() + " check-ins' issues",
              Evidence.of(
                  "issues naming " + e.getKey(),
                  e.getValue().stream().map(c -> Ref.checkIn(c.id())).toList())));
    }
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
