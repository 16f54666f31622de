package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrsite.config.ReviewSettings;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;
import org.okrsite.score.KrScore;
import org.okrsite.score.Scores;

/**
 * The anti-patterns visible in scores: sandbagging (a key result at target within the first weeks,
 * or an owner's cycle-end average above 0.9) and unrealistic targets (an average below 0.4).
 */
final class ScoreLint {
  private ScoreLint() {}

  /**
   * Early hits in every cycle, and cycle-end averages of the cycles that have ended by {@code
   * asOf}.
   */
  static List<Finding> check(Model model, Scores scores, LocalDate asOf, ReviewSettings s) {
    return check(model, scores, asOf, s, ownerKey -> true);
  }

  /**
   * Like {@link #check(Model, Scores, LocalDate, ReviewSettings)}, for the owners {@code owners}
   * accepts.
   */
  static List<Finding> check(
      Model model,
      Scores scores,
      LocalDate asOf,
      ReviewSettings s,
      java.util.function.Predicate<String> owners) {
    List<Finding> out = new ArrayList<>();
    for (Cycle cycle : model.cycles()) {
      Map<String, List<Objective>> byOwner = CascadeLint.byOwner(model, cycle);
      for (Map.Entry<String, List<Objective>> e : byOwner.entrySet()) {
        if (!owners.test(e.getKey())) continue;
        List<Objective> mine = e.getValue();
        for (Objective o : mine) early(o, cycle, scores, s, out);
        if (cycle.end().isBefore(asOf)) average(mine, cycle, scores, s, out);
      }
    }
    return out;
  }

  private static void early(
      Objective o, Cycle cycle, Scores scores, ReviewSettings s, List<Finding> out) {
    LocalDate cutoff = cycle.start().plusWeeks(s.sandbaggingWeeks());
    for (KeyResult kr : o.keyResults()) {
      // Holding a floor or ceiling is at target from day one by design; that is not sandbagging.
      if (kr.kind() == KrKind.STAY_ABOVE
          || kr.kind() == KrKind.STAY_BELOW
          || kr.kind() == KrKind.BASELINE) continue;
      KrScore k = scores.kr(o.id(), kr.id()).orElse(null);
      if (k == null) continue;
      for (KrScore.Point p : k.history()) {
        if (p.date() == null
            || !p.date().isBefore(cutoff)
            || p.progress() == null
            || p.progress() < 1.0 - 1e-9) continue;
        List<Ref> refs = new ArrayList<>(List.of(Ref.keyResult(o.id(), kr.id())));
        if (p.checkInId() != null) refs.add(Ref.checkIn(p.checkInId()));
        out.add(
            new Finding(
                Rule.SANDBAGGING,
                o.id(),
                kr.id(),
                kr.id()
                    + " \""
                    + KeyResultText.label(kr)
                    + "\" reached its target on "
                    + p.date()
                    + ", within the first "
                    + s.sandbaggingWeeks()
                    + " weeks of "
                    + cycle.name(),
                "stretch the target to what exceptional execution would reach",
                kr.position() != null ? kr.position() : o.position(),
                Evidence.of("at target (" + p.text() + ") on " + p.date(), refs)));
        break;
      }
    }
  }

  private static void average(
      List<Objective> mine, Cycle cycle, Scores scores, ReviewSettings s, List<Finding> out) {
    double sum = 0;
    int n = 0;
    List<Ref> refs = new ArrayList<>();
    for (Objective o : mine) {
      for (KeyResult kr : o.keyResults()) {
        KrScore k = scores.kr(o.id(), kr.id()).orElse(null);
        if (k == null || k.finalScore() == null) continue;
        sum += k.finalScore();
        n++;
        refs.add(Ref.keyResult(o.id(), kr.id()));
      }
    }
    if (n == 0) return;
    double avg = sum / n;
    Objective first = mine.get(0);
    String who = first.owner().name();
    String avgText = org.okrsite.model.Fixed.of(avg, 2);
    Evidence ev =
        Evidence.of(
            who + "'s average over " + n + " key results in " + cycle.name() + " is " + avgText,
            refs);
    if (avg > s.sandbaggingAverage() + 1e-9) {
      out.add(
          new Finding(
              Rule.SANDBAGGING,
              first.id(),
              null,
              who
                  + " averaged "
                  + avgText
                  + " in "
                  + cycle.name()
                  + " (above "
                  + s.sandbaggingAverage()
                  + "): the goals were too easy",
              "raise ambition next cycle; a healthy average is 0.6–0.7",
              first.position(),
              ev));
    } else if (avg < s.unrealisticAverage() - 1e-9) {
      out.add(
          new Finding(
              Rule.UNREALISTIC_TARGETS,
              first.id(),
              null,
              who
                  + " averaged "
                  + avgText
                  + " in "
                  + cycle.name()
                  + " (below "
                  + s.unrealisticAverage()
                  + "): the targets were unrealistic or under-resourced",
              "recalibrate targets or resources next cycle; a healthy average is 0.6–0.7",
              first.position(),
              ev));
    }
  }
}
