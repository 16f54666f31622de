package org.okrsite.review;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Retrospective;
import org.okrsite.review.Evidence.Ref;
import org.okrsite.score.KrScore;
import org.okrsite.score.Scores;
import org.okrsite.score.Status;

/** Judges the eight signals of the seed's goal-system health check from the data. */
final class HealthCheck {
  /** Share of owners who must have checked in recently for the cadence to count as working. */
  static final double CADENCE_SHARE = 0.75;

  /** Share of non-company objectives that must hang under a parent objective. */
  static final double CASCADE_SHARE = 0.8;

  /** Share of weekly priorities that must support a key result ("top goals get most time"). */
  static final double FOCUS_SHARE = 0.7;

  private final Model model;
  private final Scores scores;
  private final Cycle cycle;
  private final Cycle previous;
  private final List<Objective> current;
  private final List<Finding> findings;

  HealthCheck(Model model, Scores scores, Cycle cycle, Cycle previous, List<Finding> findings) {
    this.model = model;
    this.scores = scores;
    this.cycle = cycle;
    this.previous = previous;
    this.findings = findings;
    this.current =
        CascadeLint.byOwner(model, cycle).values().stream().flatMap(List::stream).toList();
  }

  Health judge(GoalHistory history) {
    List<Health.Signal> s = new ArrayList<>();
    s.add(written());
    s.add(metrics());
    s.add(cascade());
    s.add(cadence());
    s.add(honest(history));
    s.add(ambitious());
    s.add(resources());
    s.add(retros());
    int score = (int) s.stream().filter(Health.Signal::healthy).count();
    return new Health(s, score, Health.verdict(score));
  }

  private Health.Signal written() {
    long krs = current.stream().mapToLong(o -> o.keyResults().size()).sum();
    return new Health.Signal(
        "written-goals",
        "Written goals exist",
        !current.isEmpty(),
        List.of(
            Evidence.of(
                current.size()
                    + " objectives and "
                    + krs
                    + " key results written for "
                    + cycle.name(),
                current.stream().map(o -> Ref.objective(o.id())).toList())));
  }

  private Health.Signal metrics() {
    List<Ref> vague = new ArrayList<>();
    int total = 0;
    for (Objective o : current) {
      for (KeyResult kr : o.keyResults()) {
        total++;
        if (KeyResultText.isVague(kr)) vague.add(Ref.keyResult(o.id(), kr.id()));
      }
    }
    String note =
        vague.isEmpty()
            ? "all " + total + " key results state a number"
            : vague.size()
                + " of "
                + total
                + " key results have no number (\"Improve customer experience\")";
    return new Health.Signal(
        "goals-have-metrics",
        "Goals have metrics",
        vague.isEmpty() && total > 0,
        List.of(Evidence.of(note, vague)));
  }

  private Health.Signal cascade() {
    List<Ref> orphans = new ArrayList<>();
    int below = 0;
    for (Objective o : current) {
      if (o.owner().level() == Level.COMPANY) continue;
      below++;
      boolean parent =
          o.parents().stream()
              .anyMatch(p -> p.kind() == ParentRef.Kind.OBJECTIVE && p.targetId() != null);
      if (!parent) orphans.add(Ref.objective(o.id()));
    }
    double share = below == 0 ? 0 : (below - orphans.size()) / (double) below;
    String note =
        (below - orphans.size())
            + " of "
            + below
            + " department, team and personal objectives "
            + "hang under a parent objective ("
            + pct(share)
            + "; healthy from "
            + pct(CASCADE_SHARE)
            + ")";
    return new Health.Signal(
        "cascade-clear",
        "Cascade is clear",
        below > 0 && share >= CASCADE_SHARE - 1e-9,
        List.of(Evidence.of(note, orphans)));
  }

  private Health.Signal cadence() {
    int owners = CascadeLint.byOwner(model, cycle).size();
    List<Finding> silent = rule(Rule.SET_AND_FORGET);
    double share = owners == 0 ? 0 : (owners - silent.size()) / (double) owners;
    List<Evidence> ev = new ArrayList<>();
    ev.add(
        Evidence.of(
            (owners - silent.size())
                + " of "
                + owners
                + " owners checked in recently ("
                + pct(share)
                + "; healthy from "
                + pct(CADENCE_SHARE)
                + ")",
            List.of()));
    for (Finding f : silent) ev.add(f.evidence());
    return new Health.Signal(
        "review-cadence", "Review cadence exists", owners > 0 && share >= CADENCE_SHARE - 1e-9, ev);
  }

  private Health.Signal honest(GoalHistory history) {
    int green = 0;
    int rated = 0;
    List<Ref> overconfident = new ArrayList<>();
    for (Objective o : current) {
      var os = scores.of(o.id());
      if (os == null) continue;
      for (KrScore k : os.keyResults()) {
        if (k.status() == Status.UNKNOWN || k.history().isEmpty()) continue;
        rated++;
        if (k.status() == Status.GREEN) green++;
        if (k.divergence() == org.okrsite.score.StatusRule.Divergence.OVERCONFIDENT)
          overconfident.add(Ref.keyResult(o.id(), k.krId()));
      }
    }
    List<Finding> moved = rule(Rule.MOVING_GOALPOSTS);
    // confidence against the data now and then is judgement; in more than one key result in ten it
    // is a habit
    boolean healthy =
        rated > 0 && green < rated && moved.isEmpty() && overconfident.size() * 10 <= rated;
    List<Evidence> ev = new ArrayList<>();
    ev.add(
        Evidence.of(
            green
                + " of "
                + rated
                + " key results with check-in data are green"
                + (green == rated && rated > 0
                    ? ": everything is \"on track\""
                    : ": statuses vary with the data"),
            List.of()));
    ev.add(
        Evidence.of(
            overconfident.size()
                + " of "
                + rated
                + " key results with check-in data are confident while their data is off track"
                + (overconfident.size() * 10 > rated ? ": more than one in ten" : ""),
            overconfident));
    for (Finding f : moved) ev.add(f.evidence());
    ev.add(
        Evidence.of(
            history.available()
                ? "target history read from git"
                    + (history.shallow() ? " (a shallow clone: only the fetched commits)" : "")
                    + ": "
                    + history.changes().size()
                    + " target change(s) in total"
                : "moving goalposts not checked: " + history.unavailableReason(),
            List.of()));
    return new Health.Signal("honest-scoring", "Scoring is honest", healthy, ev);
  }

  private Health.Signal ambitious() {
    List<Evidence> ev = new ArrayList<>();
    boolean healthy;
    if (previous != null) {
      double sum = 0;
      int n = 0;
      int hits = 0;
      for (Objective o :
          CascadeLint.byOwner(model, previous).values().stream().flatMap(List::stream).toList()) {
        var os = scores.of(o.id());
        if (os == null) continue;
        for (KrScore k : os.keyResults()) {
          if (k.finalScore() == null) continue;
          sum += k.finalScore();
          n++;
          if (k.finalScore() >= 1.0 - 1e-9) hits++;
        }
      }
      double avg = n == 0 ? 0 : sum / n;
      healthy = n > 0 && avg >= 0.4 && avg <= 0.9 && hits < n;
      ev.add(
          Evidence.of(
              previous.name()
                  + ": average key-result score "
                  + org.okrsite.model.Fixed.of(avg, 2)
                  + " over "
                  + n
                  + ", "
                  + hits
                  + " fully hit (70% hit rate is healthy, 100% is sandbagging)",
              List.of()));
    } else {
      healthy = false;
      ev.add(Evidence.of("no finished cycle to judge the hit rate by", List.of()));
    }
    for (Finding f : rule(Rule.SANDBAGGING)) ev.add(f.evidence());
    return new Health.Signal("goals-ambitious", "Goals are ambitious", healthy, ev);
  }

  private Health.Signal resources() {
    int supported = 0;
    int all = 0;
    List<Ref> refs = new ArrayList<>();
    for (CheckIn c : model.checkIns()) {
      if (!cycle.id().equals(c.cycleId()) || c.date().isAfter(scores.asOf())) continue;
      for (CheckIn.Priority p : c.plan()) {
        all++;
        if (p.supports() != null && !p.supports().isBlank()) supported++;
        else refs.add(Ref.checkIn(c.id()));
      }
    }
    double share = all == 0 ? 0 : supported / (double) all;
    String note =
        supported
            + " of "
            + all
            + " weekly priorities support a key result ("
            + pct(share)
            + "; healthy from "
            + pct(FOCUS_SHARE)
            + ")";
    return new Health.Signal(
        "resources-match",
        "Resource allocation matches",
        all > 0 && share >= FOCUS_SHARE - 1e-9,
        List.of(Evidence.of(note, refs)));
  }

  private Health.Signal retros() {
    if (previous == null) {
      return new Health.Signal(
          "retros-happen",
          "Retros happen",
          false,
          List.of(Evidence.of("no finished cycle yet", List.of())));
    }
    List<Retrospective> rs =
        model.retrospectives().stream().filter(r -> previous.id().equals(r.cycleId())).toList();
    String note = rs.size() + " retrospective(s) for " + previous.name();
    return new Health.Signal(
        "retros-happen",
        "Retros happen",
        !rs.isEmpty(),
        List.of(Evidence.of(note, rs.stream().map(r -> Ref.retrospective(r.id())).toList())));
  }

  private List<Finding> rule(Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  static String pct(double share) {
    return Math.round(share * 100) + "%";
  }
}
