package org.okrsite.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okrsite.config.ReviewSettings;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;
import org.okrsite.review.KrInsights.Item;
import org.okrsite.review.ScopeInsights.Scope;
import org.okrsite.review.ScopeInsights.StatusCounts;
import org.okrsite.score.KrScore;
import org.okrsite.score.Scores;
import org.okrsite.score.Status;

/** Builds the insights of every scope for the cycle under review. */
final class InsightBuilder {
  private final Model model;
  private final Scores scores;
  private final Cycle cycle;
  private final Cycle previous;
  private final ReviewSettings settings;
  private final org.okrsite.score.StatusRule rule;
  private final List<Finding> findings;
  private final Scopes scopes;
  private final KrInsights krInsights;
  private final CalibrationInsights calibration;

  /** Shared by the scopes: a check-in's issues are read for its team, department and company. */
  private final BlockerInsights blockers;

  private final LocalDate asOf;

  InsightBuilder(
      Model model,
      Scores scores,
      Cycle cycle,
      Cycle previous,
      ReviewSettings settings,
      org.okrsite.config.Settings site,
      List<Finding> findings) {
    this.model = model;
    this.scores = scores;
    this.cycle = cycle;
    this.previous = previous;
    this.settings = settings;
    this.rule = new org.okrsite.score.StatusRule(site);
    this.findings = findings;
    this.scopes = new Scopes(model);
    this.asOf = scores.asOf();
    this.krInsights =
        new KrInsights(
            cycle,
            asOf,
            settings,
            site.confidenceDrop(),
            new org.okrsite.score.CheckInSchedule(model, site.cadence()));
    this.blockers = new BlockerInsights(model, cycle, asOf);
    this.calibration = new CalibrationInsights(settings.calibrationGap());
  }

  /** The insights of every scope that has key results this cycle. */
  List<ScopeInsights> build() {
    List<Objective> current = active(cycle);
    java.util.Map<String, List<Objective>> members = scopes.members(current);
    // the look-ups the scopes share are made first; then each scope is independent, so all cores
    // take part, and the list keeps the scopes' order
    if (previous != null) previousMembers = scopes.members(active(previous));
    findingsByObjective();
    findingOrder();
    return scopes.all(current).parallelStream()
        .map(
            s -> {
              List<Objective> mine = members.getOrDefault(Scopes.key(s), List.of());
              List<Item> items = items(mine);
              return items.isEmpty() ? null : scope(s, mine, items);
            })
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private ScopeInsights scope(Scope s, List<Objective> mine, List<Item> items) {
    StatusCounts now = counts(items, null);
    StatusCounts before = counts(items, asOf.minusDays(7));
    List<Insight> out = new ArrayList<>();
    out.add(trend(now, before, mine));
    velocity(items, out);
    history(s, items, out);
    calibration(s, mine, out);
    out.addAll(krInsights.of(items));
    achievability(items, out);
    alignment(mine, out);
    focus(mine, out);
    blockers.add(mine, out);
    nextCycle(mine, out);
    int rated = now.total() - now.unknown();
    int health =
        rated == 0 ? 0 : (int) Math.round(100.0 * (now.onTrack() + 0.5 * now.atRisk()) / rated);
    return new ScopeInsights(s, health, now, before, out);
  }

  /** The previous cycle's objectives by scope, made on first use. */
  private java.util.Map<String, List<Objective>> previousMembers;

  private List<Objective> active(Cycle c) {
    return CascadeLint.byOwner(model, c).values().stream().flatMap(List::stream).toList();
  }

  private List<Item> items(List<Objective> os) {
    List<Item> out = new ArrayList<>();
    for (Objective o : os) {
      for (KeyResult kr : o.keyResults())
        scores.kr(o.id(), kr.id()).ifPresent(k -> out.add(new Item(o, kr, k)));
    }
    return out;
  }

  /** Statuses now ({@code at} null) or from the last check-in on or before {@code at}. */
  private StatusCounts counts(List<Item> items, LocalDate at) {
    int[] c = new int[5];
    for (Item i : items) {
      Status s = i.score().status();
      if (at != null) s = rule.at(i.kr().kind(), i.score(), cycle, at);
      switch (s) {
        case GREEN -> c[0]++;
        case YELLOW -> c[1]++;
        case RED -> c[2]++;
        case STALE -> c[3]++;
        default -> c[4]++;
      }
    }
    return new StatusCounts(c[0], c[1], c[2], c[3], c[4]);
  }

  private Insight trend(StatusCounts now, StatusCounts before, List<Objective> mine) {
    String text =
        "on track "
            + now.onTrack()
            + delta(now.onTrack(), before.onTrack())
            + ", at risk "
            + now.atRisk()
            + delta(now.atRisk(), before.atRisk())
            + ", off track "
            + now.offTrack()
            + delta(now.offTrack(), before.offTrack())
            + (now.stale() > 0 ? ", stale " + now.stale() : "")
            + " (change since "
            + asOf.minusDays(7)
            + ")";
    return new Insight(
        "status-trend",
        text,
        Evidence.of("key-result statuses", mine.stream().map(o -> Ref.objective(o.id())).toList()));
  }

  private static String delta(int now, int before) {
    int d = now - before;
    return d == 0 ? " (=)" : d > 0 ? " (+" + d + ")" : " (" + d + ")";
  }

  private void velocity(List<Item> items, List<Insight> out) {
    List<Double> ps =
        items.stream()
            .map(i -> i.score().progress())
            .filter(p -> p != null)
            .map(p -> Math.max(0, Math.min(1, p)))
            .toList();
    if (ps.isEmpty()) return;
    double mean = ps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double elapsed = cycle.elapsed(asOf);
    long weeksLeft = Math.max(0, ChronoUnit.DAYS.between(asOf, cycle.end()) / 7);
    String pace =
        mean >= elapsed - 0.05
            ? "on pace"
            : "behind pace by " + Math.round((elapsed - mean) * 100) + " points";
    out.add(
        new Insight(
            "velocity",
            "progress "
                + KrInsights.pct(mean)
                + " with "
                + KrInsights.pct(elapsed)
                + " of "
                + cycle.name()
                + " elapsed and "
                + weeksLeft
                + " weeks left: "
                + pace,
            Evidence.of("mean progress of " + ps.size() + " key results", List.of())));
  }

  private void history(Scope s, List<Item> items, List<Insight> out) {
    if (previous == null) return;
    List<Double> before = new ArrayList<>();
    List<Ref> refs = new ArrayList<>();
    if (previousMembers == null) previousMembers = scopes.members(active(previous));
    for (Objective o : previousMembers.getOrDefault(Scopes.key(s), List.of())) {
      if (scores.of(o.id()) == null) continue;
      for (KrScore k : scores.of(o.id()).keyResults()) {
        if (k.finalScore() == null) continue;
        before.add(k.finalScore());
        refs.add(Ref.keyResult(o.id(), k.krId()));
      }
    }
    List<Double> now =
        items.stream().map(i -> i.score().finalScore()).filter(x -> x != null).toList();
    if (before.isEmpty() || now.isEmpty()) return;
    double b = before.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double n = now.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    out.add(
        new Insight(
            "previous-cycle",
            "average key-result score "
                + KrInsights.num(n)
                + " so far vs "
                + KrInsights.num(b)
                + " at the end of "
                + previous.name(),
            Evidence.of(previous.name() + " scores", refs)));
  }

  /**
   * Self scores against the agreed ones of the finished cycle: the cycle under review once it has
   * ended, else the previous one.
   */
  private void calibration(Scope s, List<Objective> mine, List<Insight> out) {
    boolean ended = cycle.end().isBefore(asOf);
    Cycle finished = ended ? cycle : previous;
    if (finished == null) return;
    List<Objective> os = ended ? mine : previousMembers.getOrDefault(Scopes.key(s), List.of());
    out.addAll(calibration.of(finished, os));
  }

  private void achievability(List<Item> items, List<Insight> out) {
    List<Double> cs =
        items.stream().map(i -> i.score().confidence()).filter(c -> c != null).toList();
    if (cs.isEmpty()) return;
    double avg = cs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    String verdict =
        avg > settings.sweetSpotHigh() + 1e-9
            ? "above the sweet spot: are the targets stretching enough?"
            : avg < settings.sweetSpotLow() - 1e-9
                ? "below the sweet spot: targets may be out of reach"
                : "inside the sweet spot";
    out.add(
        new Insight(
            "achievability",
            "mean confidence "
                + KrInsights.num(avg)
                + " is "
                + verdict
                + " ("
                + KrInsights.num(settings.sweetSpotLow())
                + "–"
                + KrInsights.num(settings.sweetSpotHigh())
                + ")",
            Evidence.of("latest confidence of " + cs.size() + " key results", List.of())));
  }

  private void alignment(List<Objective> mine, List<Insight> out) {
    List<Objective> below = mine.stream().filter(o -> o.owner().level() != Level.COMPANY).toList();
    if (below.isEmpty()) return;
    List<Ref> orphans =
        below.stream()
            .filter(o -> o.parents().stream().noneMatch(p -> p.targetId() != null))
            .map(o -> Ref.objective(o.id()))
            .toList();
    double share = (below.size() - orphans.size()) / (double) below.size();
    out.add(
        new Insight(
            "alignment",
            KrInsights.pct(share)
                + " of objectives support a parent objective, annual goal or pillar"
                + (orphans.isEmpty() ? "" : "; " + orphans.size() + " do not"),
            Evidence.of("alignment coverage", orphans)));
  }

  private void focus(List<Objective> mine, List<Insight> out) {
    Map<String, List<Objective>> byOwner = new LinkedHashMap<>();
    for (Objective o : mine)
      byOwner.computeIfAbsent(o.owner().key(), k -> new ArrayList<>()).add(o);
    for (List<Objective> os : byOwner.values()) {
      int limit = settings.objectiveLimit(os.get(0).owner().level());
      if (os.size() > limit) {
        out.add(
            new Insight(
                "focus",
                os.get(0).owner().name()
                    + " carries "
                    + os.size()
                    + " objectives (limit "
                    + limit
                    + "): efforts are scattered",
                Evidence.of("objectives", os.stream().map(o -> Ref.objective(o.id())).toList())));
      }
    }
  }

  private void nextCycle(List<Objective> mine, List<Insight> out) {
    Set<String> ids = new LinkedHashSet<>();
    for (Objective o : mine) ids.add(o.id());
    // the scope's findings in the review's order, from an index (not a pass over every finding per
    // scope)
    List<Finding> ours = new ArrayList<>();
    for (String id : ids) ours.addAll(findingsByObjective().getOrDefault(id, List.of()));
    ours.sort(java.util.Comparator.comparingInt(findingOrder()::get));
    Map<String, List<Finding>> byRule = new java.util.TreeMap<>();
    for (Finding f : ours) byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    for (var e : byRule.entrySet()) {
      List<Ref> refs = new ArrayList<>();
      for (Finding f : e.getValue()) refs.addAll(f.evidence().refs());
      out.add(
          new Insight(
              "next-cycle",
              e.getValue().size() + " × " + e.getKey() + ": " + e.getValue().get(0).hint(),
              Evidence.of(e.getValue().get(0).message(), refs)));
    }
  }

  private Map<String, List<Finding>> findingsByObjective;
  private Map<Finding, Integer> findingOrder;

  private Map<String, List<Finding>> findingsByObjective() {
    if (findingsByObjective == null) {
      findingsByObjective = new java.util.HashMap<>();
      for (Finding f : findings) {
        if (f.objectiveId() != null)
          findingsByObjective.computeIfAbsent(f.objectiveId(), k -> new ArrayList<>()).add(f);
      }
    }
    return findingsByObjective;
  }

  private Map<Finding, Integer> findingOrder() {
    if (findingOrder == null) {
      findingOrder = new java.util.IdentityHashMap<>();
      for (int i = 0; i < findings.size(); i++) findingOrder.put(findings.get(i), i);
    }
    return findingOrder;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
