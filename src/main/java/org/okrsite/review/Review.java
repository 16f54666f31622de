package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.config.ReviewSettings;
import org.okrsite.config.Settings;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.score.CheckInSchedule;
import org.okrsite.score.Scores;

/**
 * The review stage: rubric, lint, health and insights over a scored model.
 *
 * <pre>{@code
 * ReviewResult r = Review.run(model, scores, settings, ReviewSettings.defaults(),
 *     GitGoalHistory.read(source), diagnostics);
 * }</pre>
 */
public final class Review {
  private Review() {}

  /**
   * Reviews the model as of {@code scores.asOf()}. Text and cascade rules look at the cycle under
   * review (the one running, else the latest started); cycle-end averages at every finished cycle;
   * early hits and moving goalposts at every cycle. Each finding is also reported as a warning.
   *
   * @param history target changes for the moving-goalposts rule, or {@link GoalHistory#none}
   */
  public static ReviewResult run(
      Model model, Scores scores, Settings settings, GoalHistory history, Diagnostics diagnostics) {
    ReviewSettings review = settings.review();
    LocalDate asOf = scores.asOf();
    RubricScorer rubric = new RubricScorer(model, review);
    Cycle cycle = Cycles.current(model, asOf).orElse(null);
    List<String> notes = new ArrayList<>();
    if (!history.available())
      notes.add("moving-goalposts not checked: " + history.unavailableReason());
    HistoryGaps.report(history, diagnostics);
    // each objective's own words and dates are linted on their own, on all cores, in model order:
    // reported for the cycle under review, read by the rubric for every cycle
    List<List<Finding>> own =
        model.objectives().parallelStream()
            .map(o -> ownFindings(model, rubric, review, o))
            .toList();
    List<Finding> findings = new ArrayList<>();
    if (cycle != null) {
      for (int i = 0; i < own.size(); i++)
        if (reviewed(cycle, model.objectives().get(i))) findings.addAll(own.get(i));
      CheckInSchedule schedule = new CheckInSchedule(model, settings.cadence());
      findings.addAll(CascadeLint.check(model, cycle, asOf, review, schedule));
      findings.addAll(ScoreLint.check(model, scores, asOf, review));
      findings.addAll(GoalpostLint.check(model, history, asOf));
      findings.sort(Finding.ORDER);
      for (Finding f : findings) diagnostics.warning(f.position(), f.rule(), f.message(), f.hint());
    }
    Map<String, Rubric> rubrics = rubrics(model, rubric, findings, own, cycle, o -> true);
    if (cycle == null) {
      notes.add("no cycle with objectives has started by " + asOf);
      return new ReviewResult(
          null, rubrics, List.of(), new Health(List.of(), 0, Health.verdict(0)), List.of(), notes);
    }

    Cycle previous = Cycles.previous(model, cycle).orElse(null);
    Health health = new HealthCheck(model, scores, cycle, previous, findings).judge(history);
    List<ScopeInsights> insights =
        new InsightBuilder(model, scores, cycle, previous, review, settings, findings).build();
    return new ReviewResult(cycle.id(), rubrics, findings, health, insights, notes);
  }

  private static boolean reviewed(Cycle cycle, Objective o) {
    return cycle.id().equals(o.cycleId()) && o.lifecycle() != Lifecycle.CANCELLED;
  }

  /** The findings in an objective's own words and dates. */
  private static List<Finding> ownFindings(
      Model model, RubricScorer rubric, ReviewSettings review, Objective o) {
    List<Finding> out = new ArrayList<>(ObjectiveLint.check(o, review));
    out.addAll(DeadlineLint.check(model, rubric.dependencies(), o));
    return out;
  }

  /**
   * The rubrics of the objectives {@code which} accepts, each lowered by the findings about it: the
   * reported ones, the findings in its own words when its cycle is not the one reported, and its
   * key results the check stage could not measure.
   */
  private static Map<String, Rubric> rubrics(
      Model model,
      RubricScorer rubric,
      List<Finding> reported,
      List<List<Finding>> own,
      Cycle cycle,
      java.util.function.Predicate<Objective> which) {
    List<Finding> all = new ArrayList<>(reported);
    for (int i = 0; i < model.objectives().size(); i++) {
      Objective o = model.objectives().get(i);
      if (!which.test(o)) continue;
      if (cycle == null || !reviewed(cycle, o)) all.addAll(own.get(i));
      all.addAll(RubricFindings.notMeasurable(o));
    }
    Map<String, List<Finding>> about = RubricFindings.byObjective(model, all);
    // each objective is rated on its own: on all cores, then kept in the model's order
    List<Objective> rated = model.objectives().stream().filter(which).toList();
    List<Rubric> rubrics =
        rated.parallelStream()
            .map(o -> rubric.rate(o, about.getOrDefault(o.id(), List.of())))
            .toList();
    Map<String, Rubric> out = new LinkedHashMap<>();
    for (int i = 0; i < rated.size(); i++) out.put(rated.get(i).id(), rubrics.get(i));
    return out;
  }

  /**
   * The review after an edit that changed only check-ins of the owners of {@code touched}: what
   * check-ins decide per owner (early hits and cycle-end averages, from the score history) is
   * reviewed again for those owners and replaces what {@code previous} found for them; findings
   * about objectives' text and the cascade cannot change with a check-in and are kept; the rubrics
   * of those owners' objectives are rated again, as they cite the findings. Health and insights
   * look at the whole organisation and stay as they were until the next full review. New findings
   * are reported to {@code diagnostics} as warnings.
   *
   * @return the revised review, and the previous findings it dropped
   */
  public static Revision revise(
      ReviewResult previous,
      Model model,
      Scores scores,
      ReviewSettings review,
      List<Objective> touched,
      Diagnostics diagnostics) {
    Set<String> owners = new HashSet<>();
    for (Objective o : touched) owners.add(o.owner().key());
    Set<String> ownersObjectives = new HashSet<>();
    for (Objective o : model.objectives())
      if (o.owner() != null && owners.contains(o.owner().key())) ownersObjectives.add(o.id());
    List<Finding> dropped = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : previous.findings()) {
      boolean again = SCORE_RULES.contains(f.rule()) && ownersObjectives.contains(f.objectiveId());
      (again ? dropped : findings).add(f);
    }
    List<Finding> fresh = ScoreLint.check(model, scores, scores.asOf(), review, owners::contains);
    findings.addAll(fresh);
    findings.sort(Finding.ORDER);
    for (Finding f : fresh) diagnostics.warning(f.position(), f.rule(), f.message(), f.hint());
    // the rubric cites score findings (sandbagging): the owners' objectives are rated again
    RubricScorer rubric = new RubricScorer(model, review);
    java.util.function.Predicate<Objective> again = o -> ownersObjectives.contains(o.id());
    List<List<Finding>> own =
        model.objectives().stream()
            .map(o -> again.test(o) ? ownFindings(model, rubric, review, o) : List.<Finding>of())
            .toList();
    Cycle cycle = previous.cycleId() == null ? null : model.cycle(previous.cycleId()).orElse(null);
    Map<String, Rubric> rubrics = new LinkedHashMap<>(previous.rubrics());
    rubrics.putAll(rubrics(model, rubric, findings, own, cycle, again));
    return new Revision(
        new ReviewResult(
            previous.cycleId(),
            rubrics,
            findings,
            previous.health(),
            previous.insights(),
            previous.notes()),
        dropped);
  }

  /** The rules {@link ScoreLint} reports: the only findings a check-in can change. */
  private static final Set<Rule> SCORE_RULES = Set.of(Rule.SANDBAGGING, Rule.UNREALISTIC_TARGETS);

  /** A review revised after an edit, and the findings of the previous review it replaced. */
  public record Revision(ReviewResult review, List<Finding> dropped) {}
}
