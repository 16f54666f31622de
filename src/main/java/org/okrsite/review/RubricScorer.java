package org.okrsite.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrsite.config.Dimension;
import org.okrsite.config.ReviewSettings;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.review.Evidence.Ref;

/**
 * Rates an objective on the seed's seven dimensions. Each rating follows the seed's columns: 0–25
 * poor, 50 okay, 75–100 excellent; key-result dimensions average their key results.
 */
final class RubricScorer {
  private final Model model;
  private final ReviewSettings settings;

  /** Made once: it indexes the model's dependencies, and every objective is rated with it. */
  private final TimeAndDependence time;

  RubricScorer(Model model, ReviewSettings settings) {
    this.model = model;
    this.settings = settings;
    this.time = new TimeAndDependence(model);
  }

  /**
   * Rates an objective; each of {@code findings} (those about it, its key results and its owner)
   * lowers the dimension {@link RubricFindings} maps it to, and is cited there.
   */
  Rubric rate(Objective o, List<Finding> findings) {
    List<Rubric.Rating> ratings = new ArrayList<>();
    ratings.add(RubricFindings.lower(ambition(o), o, findings));
    ratings.add(perKr(o, Dimension.MEASURABILITY, RubricScorer::measurability, findings));
    ratings.add(RubricFindings.lower(alignment(o), o, findings));
    ratings.add(perKr(o, Dimension.OUTCOME_FOCUS, RubricScorer::outcome, findings));
    ratings.add(perKr(o, Dimension.OWNERSHIP, this::ownership, findings));
    ratings.add(RubricFindings.lower(time.timeBound(o, weight(Dimension.TIME_BOUND)), o, findings));
    ratings.add(
        RubricFindings.lower(time.independence(o, weight(Dimension.INDEPENDENCE)), o, findings));
    double sum = 0;
    int weights = 0;
    for (Rubric.Rating r : ratings) {
      sum += r.score() * (double) r.weight();
      weights += r.weight();
    }
    int total = weights == 0 ? 0 : (int) Math.round(sum / weights);
    return new Rubric(o.id(), ratings, total, settings.band(total));
  }

  /** The dependency index the rubric reads, for the lint of the same dates. */
  DependencyIndex dependencies() {
    return time.dependencies();
  }

  private int weight(Dimension d) {
    return settings.weights().getOrDefault(d, 0);
  }

  /** One key result's rating and why. */
  record KrRating(int score, String why) {}

  private interface KrRater {
    KrRating rate(KeyResult kr);
  }

  /**
   * A dimension rated per key result: the mean of their ratings. A finding on a key result caps
   * that key result's rating and is its reason; a finding on the objective caps the mean.
   */
  private Rubric.Rating perKr(Objective o, Dimension d, KrRater rater, List<Finding> findings) {
    if (o.keyResults().isEmpty()) {
      return new Rubric.Rating(
          d, 0, weight(d), List.of(Evidence.of("no key results", Ref.objective(o.id()))));
    }
    RubricFindings.OfDimension of = RubricFindings.OfDimension.of(d, findings);
    List<Evidence> ev = new ArrayList<>();
    int sum = 0;
    for (KeyResult kr : o.keyResults()) {
      KrRating r = rater.rate(kr);
      List<Finding> mine = of.byKr().getOrDefault(kr.id(), List.of());
      int cap = RubricFindings.OfDimension.cap(mine);
      int score = Math.min(r.score(), cap);
      sum += score;
      Ref ref = Ref.keyResult(o.id(), kr.id());
      if (mine.isEmpty() || r.score() < cap)
        ev.add(Evidence.of(kr.id() + ": " + r.why() + " (" + r.score() + ")", ref));
      for (Finding f : mine) {
        List<Ref> refs = new ArrayList<>(List.of(ref));
        refs.addAll(RubricFindings.refs(f));
        ev.add(Evidence.of(RubricFindings.cite(f) + " (" + score + ")", refs));
      }
    }
    int mean = Math.round((float) sum / o.keyResults().size());
    return RubricFindings.capped(new Rubric.Rating(d, mean, weight(d), ev), of.onObjective());
  }

  static KrRating measurability(KeyResult kr) {
    if (KeyResultText.isVague(kr)) return new KrRating(0, "vague, no number");
    if (KeyResultText.isBinary(kr)) return new KrRating(25, "done or not done, no scale");
    if (kr.target() == null) return new KrRating(50, "a number in the words but no target");
    boolean source = kr.measurement() != null && !kr.measurement().isBlank();
    if (kr.baseline() != null && source)
      return new KrRating(100, "target, baseline and measurement source");
    if (kr.baseline() != null)
      return new KrRating(75, "target and baseline, no measurement source");
    return new KrRating(50, "a target but no baseline");
  }

  static KrRating outcome(KeyResult kr) {
    var task = KeyResultText.taskVerb(kr);
    if (task.isPresent()) return new KrRating(0, "a task (\"" + task.get() + "\")");
    var act = KeyResultText.activity(kr);
    if (act.isPresent()) return new KrRating(25, "counts activity (\"" + act.get() + "\")");
    if (KeyResultText.isBinary(kr)) return new KrRating(50, "an output delivered, not its effect");
    return new KrRating(100, "measures a result");
  }

  private volatile java.util.Set<String> unitNames;

  /** Unit names in lower case, made once: every key result asks (from several threads). */
  private java.util.Set<String> unitNames() {
    java.util.Set<String> names = unitNames;
    if (names == null) {
      java.util.Set<String> all = new java.util.HashSet<>();
      for (var u : model.organisation().units()) all.add(u.name().toLowerCase(Locale.ROOT));
      names = java.util.Set.copyOf(all);
      unitNames = names;
    }
    return names;
  }

  private KrRating ownership(KeyResult kr) {
    String owner = kr.owner() == null ? "" : kr.owner().strip();
    if (owner.isEmpty()) return new KrRating(0, "unassigned");
    if (ObjectiveLint.NOBODY.contains(owner.toLowerCase(Locale.ROOT)))
      return new KrRating(0, "\"" + owner + "\"");
    boolean unit = unitNames().contains(owner.toLowerCase(Locale.ROOT));
    if (unit) return new KrRating(50, "owned by the unit " + owner + ", no individual");
    return new KrRating(100, "one person accountable: " + owner);
  }

  private Rubric.Rating ambition(Objective o) {
    List<Double> conf =
        o.keyResults().stream().map(KeyResult::confidence).filter(c -> c != null).toList();
    Dimension d = Dimension.AMBITION;
    if (conf.isEmpty()) {
      return new Rubric.Rating(
          d,
          50,
          weight(d),
          List.of(Evidence.of("no starting confidence recorded", Ref.objective(o.id()))));
    }
    double avg = conf.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    String avgText = org.okrsite.model.Fixed.of(avg, 2);
    int score;
    String why;
    if (avg >= settings.sweetSpotLow() - 1e-9 && avg <= settings.sweetSpotHigh() + 1e-9) {
      score = 100;
      why = "starting confidence " + avgText + ": the 60–70% sweet spot";
    } else if (avg >= 0.9 - 1e-9) {
      score = 25;
      why = "starting confidence " + avgText + ": obviously achievable";
    } else if (avg <= 0.3 + 1e-9) {
      score = 25;
      why = "starting confidence " + avgText + ": a 10% shot is not a plan";
    } else {
      score = avg >= 0.5 && avg <= 0.8 ? 75 : 50;
      why =
          "starting confidence "
              + avgText
              + ": "
              + (avg > settings.sweetSpotHigh() ? "a moderate stretch" : "a hard stretch");
    }
    return new Rubric.Rating(d, score, weight(d), List.of(Evidence.of(why, Ref.objective(o.id()))));
  }

  private Rubric.Rating alignment(Objective o) {
    boolean pillar = linked(o, ParentRef.Kind.PILLAR);
    boolean goal = linked(o, ParentRef.Kind.ANNUAL_GOAL);
    boolean parent = linked(o, ParentRef.Kind.OBJECTIVE);
    int score;
    String why;
    if ((pillar || parent) && goal) {
      score = 100;
      why = "supports " + (pillar ? "a pillar" : "a parent objective") + " and an annual goal";
    } else if (parent && pillar) {
      score = 100;
      why = "supports a parent objective and a pillar";
    } else if (pillar || goal || parent) {
      score = 50;
      why =
          "linked to "
              + (parent ? "a parent objective" : goal ? "an annual goal" : "a pillar")
              + " only";
    } else {
      score = 0;
      why = "connects to no pillar, annual goal or parent objective";
    }
    Dimension d = Dimension.ALIGNMENT;
    return new Rubric.Rating(d, score, weight(d), List.of(Evidence.of(why, Ref.objective(o.id()))));
  }

  private static boolean linked(Objective o, ParentRef.Kind kind) {
    return o.parents().stream().anyMatch(p -> p.kind() == kind && p.targetId() != null);
  }
}
