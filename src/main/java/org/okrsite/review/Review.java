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
    Map<String, Rubric> rubrics = new LinkedHashMap<>();
    RubricScorer rubric = new RubricScorer(model, review);
    // each objective is rated on its own: on all cores, then kept in the model's order
    List<Rubric> rated = model.objectives().parallelStream().map(rubric::rate).toList();
    for (int i = 0; i < rated.size(); i++)
      rubrics.put(model.objectives().get(i).id(), rated.get(i));

    Cycle cycle = Cycles.current(model, asOf).orElse(null);
    List<String> notes = new ArrayList<>();
    if (!history.available())
      notes.add("moving-goalposts not checked: " + history.unavailableReason());
    HistoryGaps.report(history, diagnostics);
    if (cycle == null) {
      notes.add("no cycle with objectives has started by " + asOf);
      return new ReviewResult(
          null, rubrics, List.of(), new Health(List.of(), 0, Health.verdict(0)), List.of(), notes);
    }
    // each objective is linted on its own, on all cores; in the model's order, as before sorting
    List<Finding> findings = new ArrayList<>();
    model.objectives().parallelStream()
        .filter(o -> cycle.id().equals(o.cycleId()) && o.lifecycle() != Lifecycle.CANCELLED)
        .map(o -> ObjectiveLint.check(o, review))
        .toList()
        .forEach(findings::addAll);
    CheckInSchedule schedule = new CheckInSchedule(model, settings.cadence());
    findings.addAll(CascadeLint.check(model, cycle, asOf, review, schedule));
    findings.addAll(ScoreLint.check(model, scores, asOf, review));
    findings.addAll(GoalpostLint.check(model, history, asOf));
    findings.sort(Finding.ORDER);
    for (Finding f : findings) diagnostics.warning(f.position(), f.rule(), f.message(), f.hint());

    Cycle previous = Cycles.previous(model, cycle).orElse(null);
    Health health = new HealthCheck(model, scores, cycle, previous, findings).judge(history);
    List<ScopeInsights> insights =
        new InsightBuilder(model, scores, cycle, previous, review, settings, findings).build();
    return new ReviewResult(cycle.id(), rubrics, findings, health, insights, notes);
  }

  /**
   * The review after an edit that changed only check-ins of the owners of {@code touched}: what
   * check-ins decide per owner (early hits and cycle-end averages, from the score history) is
   * reviewed again for those owners and replaces what {@code previous} found for them; findings
   * about objectives' text and the cascade cannot change with a check-in and are kept, and so are
   * rubrics (they rate the objectives as written). Health and insights look at the whole
   * organisation and stay as they were until the next full review. New findings are reported to
   * {@code diagnostics} as warnings.
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
    return new Revision(
        new ReviewResult(
            previous.cycleId(),
            previous.rubrics(),
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
