package org.okrsite.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.okrsite.config.Settings;
import org.okrsite.model.Cadence;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.OwnerCycle;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Quantity;

/**
 * Scores a model as of a date (contract §3): progress, computed, recorded and final scores,
 * objective scores, confidence and status, staleness, expected progress, pace and forecast.
 * Check-ins dated after the as-of date are not seen, so an old date rebuilds an old view.
 *
 * <pre>{@code
 * Scores s = Scorer.score(model, settings, LocalDate.parse("2026-11-23"));
 * double q = s.of("growth-onboarding").score();
 * }</pre>
 */
public final class Scorer {
  private final Model model;
  private final Settings settings;
  private final LocalDate asOf;
  private final Map<String, List<Object[]>> updatesByKr = new HashMap<>();
  private final Map<String, org.okrsite.model.Unit> units;
  private final Map<String, org.okrsite.model.Person> people = new HashMap<>();
  private final Map<String, Cycle> cycles = new HashMap<>();
  private final StatusRule rule;

  private Scorer(Model model, Settings settings, LocalDate asOf) {
    this(model, settings, asOf, null);
  }

  /** Indexes only the key result updates of the owners {@code ownerCycles} (null: all). */
  private Scorer(
      Model model, Settings settings, LocalDate asOf, java.util.Set<OwnerCycle> ownerCycles) {
    this.model = model;
    this.settings = settings;
    this.asOf = asOf;
    this.rule = new StatusRule(settings);
    this.units = model.organisation().unitsById();
    for (var p : model.organisation().people()) people.putIfAbsent(p.id(), p);
    for (Cycle c : model.cycles()) cycles.putIfAbsent(c.id(), c);
    // owner ids first: the development server's quick path scores one owner, and making the key of
    // every other check-in of a large organisation took tens of milliseconds an edit
    java.util.Set<String> ownerIds = null;
    if (ownerCycles != null) {
      ownerIds = new java.util.HashSet<>();
      for (Objective o : model.objectives()) {
        if (o.owner() != null && ownerCycles.contains(OwnerCycle.of(o.owner(), o.cycleId())))
          ownerIds.add(o.owner().id());
      }
    }
    for (CheckIn c : model.checkIns()) {
      if (c.date().isAfter(asOf)) continue;
      if (ownerIds != null && (c.owner() == null || !ownerIds.contains(c.owner().id()))) continue;
      if (ownerCycles != null && !ownerCycles.contains(OwnerCycle.of(c.owner(), c.cycleId())))
        continue;
      for (CheckIn.Update u : c.updates()) {
        updatesByKr
            .computeIfAbsent(u.objectiveId() + "/" + u.krId(), k -> new ArrayList<>())
            .add(new Object[] {c, u});
      }
    }
  }

  public static Scores score(Model model, Settings settings, LocalDate asOf) {
    return new Scorer(model, settings, asOf).run();
  }

  /**
   * {@code previous} with the objectives {@code ids} scored again on {@code model} (the development
   * server's quick path after one check-in changed). With roll-up on, parents depend on children,
   * so everything is scored again.
   */
  public static Scores rescore(
      Scores previous, Model model, Settings settings, java.util.Collection<String> ids) {
    if (settings.rollup()) return score(model, settings, previous.asOf());
    // An objective's score reads only its owner's check-ins of its cycle (a check-in updates key
    // results of its own owner only), so index just those owners' check-ins.
    java.util.Set<String> ids2 = new java.util.HashSet<>(ids);
    java.util.Set<OwnerCycle> owners = new java.util.HashSet<>();
    List<Objective> again = new ArrayList<>();
    for (Objective o : model.objectives()) {
      if (ids2.contains(o.id())) {
        again.add(o);
        owners.add(OwnerCycle.of(o.owner(), o.cycleId()));
      }
    }
    Scorer s = new Scorer(model, settings, previous.asOf(), owners);
    Map<String, ObjectiveScore> out = new LinkedHashMap<>(previous.objectives());
    for (Objective o : again) out.put(o.id(), s.objective(o));
    return new Scores(previous.asOf(), out);
  }

  private Scores run() {
    Map<String, ObjectiveScore> out = new LinkedHashMap<>();
    for (Objective o : model.objectives()) out.put(o.id(), objective(o));
    if (settings.rollup()) out = new Rollup(model).apply(out);
    return new Scores(asOf, out);
  }

  private ObjectiveScore objective(Objective o) {
    Cycle cycle = cycles.get(o.cycleId());
    List<CheckIn> mine = upToAsOf(model.index().checkIns(OwnerCycle.of(o.owner(), o.cycleId())));
    LocalDate last = mine.stream().map(CheckIn::date).max(LocalDate::compareTo).orElse(null);
    boolean stale = isStale(o.owner(), cycle, last) && o.lifecycle() != Lifecycle.CANCELLED;
    double expected = cycle.elapsed(asOf);
    boolean closed = cycle.end().isBefore(asOf);
    List<KrScore> krs = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) krs.add(keyResult(o, kr, cycle, stale, closed, expected));
    List<Double> weights = o.keyResults().stream().map(KeyResult::weight).toList();
    Double score = mean(krs.stream().map(KrScore::finalScore).toList(), weights);
    Double progress =
        mean(
            krs.stream()
                .map(k -> k.progress() == null ? null : KeyResultMath.clamp01(k.progress()))
                .toList(),
            weights);
    Double goalConfidence =
        mine.stream()
            .filter(c -> c.goalConfidence() != null)
            .max((a, b) -> a.date().compareTo(b.date()))
            .map(CheckIn::goalConfidence)
            .orElse(null);
    Double confidence =
        goalConfidence != null
            ? goalConfidence
            : mean(krs.stream().map(KrScore::confidence).toList(), null);
    Status status =
        o.lifecycle() == Lifecycle.CANCELLED
            ? Status.CANCELLED
            : closed
                ? Status.CLOSED
                : stale
                    ? Status.STALE
                    : rule.objective(
                        krs.stream().map(KrScore::status).toList(), weights, goalConfidence);
    Band band =
        !closed || o.lifecycle() == Lifecycle.CANCELLED
            ? null
            : Band.of(o.recordedScore() != null ? o.recordedScore() : score);
    boolean drop = krs.stream().anyMatch(KrScore::confidenceDrop);
    return new ObjectiveScore(
        o.id(),
        score,
        o.recordedScore(),
        progress,
        KeyResultMath.round2(expected),
        confidence,
        status,
        band,
        last,
        stale,
        drop,
        krs);
  }

  /** The check-ins (oldest first) dated on or before the as-of date. */
  private List<CheckIn> upToAsOf(List<CheckIn> oldestFirst) {
    int n = 0;
    while (n < oldestFirst.size() && !oldestFirst.get(n).date().isAfter(asOf)) n++;
    return oldestFirst.subList(0, n);
  }

  private KrScore keyResult(
      Objective o, KeyResult kr, Cycle cycle, boolean stale, boolean closed, double expected) {
    List<KrScore.Point> history = new ArrayList<>();
    Quantity current = kr.current();
    String currentText = kr.currentText();
    LocalDate lastUpdate = null;
    List<Double> confidences = new ArrayList<>();
    if (kr.confidence() != null) confidences.add(kr.confidence());
    List<Object[]> ups =
        new ArrayList<>(updatesByKr.getOrDefault(o.id() + "/" + kr.id(), List.of()));
    ups.sort((a, b) -> ((CheckIn) a[0]).date().compareTo(((CheckIn) b[0]).date()));
    for (Object[] cu : ups) {
      CheckIn c = (CheckIn) cu[0];
      CheckIn.Update u = (CheckIn.Update) cu[1];
      if (u.currentText() != null) {
        current = u.current();
        currentText = u.currentText();
        lastUpdate = c.date();
      }
      if (u.confidence() != null) confidences.add(u.confidence());
      history.add(
          new KrScore.Point(
              c.date(),
              u.current(),
              u.currentText(),
              round(progress(kr, u.current(), u.currentText())),
              u.confidence(),
              u.note(),
              u.leading() == null ? null : u.leading().value(),
              c.id()));
    }
    Double progress = round(progress(kr, current, currentText));
    Double computed =
        progress == null ? null : KeyResultMath.round2(KeyResultMath.clamp01(progress));
    Double fin = kr.recordedScore() != null ? kr.recordedScore() : computed;
    Double conf = confidences.isEmpty() ? null : confidences.get(confidences.size() - 1);
    Double prev = confidences.size() < 2 ? null : confidences.get(confidences.size() - 2);
    boolean drop =
        prev != null
            && conf != null
            && Math.round((prev - conf) * 1e6) > Math.round(settings.confidenceDrop() * 1e6);
    boolean trending = kr.kind() == KrKind.INCREASE || kr.kind() == KrKind.DECREASE;
    Double forecast = trending ? round(Forecast.atEnd(cycle, history)) : null;
    Double exp = trending ? KeyResultMath.round2(expected) : null;
    boolean cancelled = o.lifecycle() == Lifecycle.CANCELLED;
    StatusRule.Verdict verdict =
        cancelled || closed || stale
            ? new StatusRule.Verdict(
                cancelled ? Status.CANCELLED : closed ? Status.CLOSED : Status.STALE,
                "",
                StatusRule.Divergence.NONE)
            : rule.keyResult(kr.kind(), progress, exp, conf);
    return new KrScore(
        o.id(),
        kr.id(),
        current,
        currentText,
        lastUpdate,
        progress,
        computed,
        kr.recordedScore(),
        fin,
        conf,
        prev,
        drop,
        verdict.status(),
        verdict.reason(),
        verdict.divergence(),
        closed && !cancelled ? Band.of(fin) : null,
        exp,
        forecast,
        trending && !closed ? Pace.of(progress, exp, settings.behind()) : Pace.UNKNOWN,
        history);
  }

  /** Progress of a value; milestones read "done"/"not done", baselines count once measured. */
  static Double progress(KeyResult kr, Quantity value, String text) {
    if (kr.kind() == null) return null;
    OptionalDouble p =
        switch (kr.kind()) {
          case MILESTONE ->
              text == null ? OptionalDouble.empty() : KeyResultMath.milestoneProgress(text);
          case BASELINE -> text == null ? OptionalDouble.empty() : OptionalDouble.of(1.0);
          default ->
              value == null
                  ? OptionalDouble.empty()
                  : KeyResultMath.progress(kr.kind(), kr.baseline(), kr.target(), value);
        };
    return p.isPresent() ? p.getAsDouble() : null;
  }

  private boolean isStale(Owner owner, Cycle cycle, LocalDate last) {
    if (!cycle.contains(asOf)) return false;
    String cadence = cadenceOf(owner);
    int allowed =
        Math.max(
            settings.staleAfterDays(),
            cadence != null ? Cadence.daysOf(cadence) : settings.cadence().days() + 7);
    LocalDate since = last != null ? last : cycle.start();
    return ChronoUnit.DAYS.between(since, asOf) > allowed;
  }

  /** A unit's own cadence; a person checks in at their team's cadence. */
  private String cadenceOf(Owner owner) {
    String unitId =
        owner.level() == org.okrsite.model.Level.PERSON
            ? (people.containsKey(owner.id()) ? people.get(owner.id()).unitId() : null)
            : owner.id();
    org.okrsite.model.Unit u = unitId == null ? null : units.get(unitId);
    return u == null ? null : u.cadence();
  }

  static Double mean(List<Double> values, List<Double> weights) {
    List<Double> vs = new ArrayList<>();
    List<Double> ws = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) continue;
      vs.add(values.get(i));
      ws.add(weights == null || i >= weights.size() ? null : weights.get(i));
    }
    OptionalDouble m = KeyResultMath.weightedMean(vs, ws);
    return m.isPresent() ? KeyResultMath.round2(m.getAsDouble()) : null;
  }

  private static Double round(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : Math.round(d * 10000) / 10000.0;
  }

  /** Keeps {@link ParentRef} imported for Rollup's use of the same model. */
  static boolean isObjectiveParent(ParentRef p) {
    return p.kind() == ParentRef.Kind.OBJECTIVE && p.targetId() != null;
  }
}
