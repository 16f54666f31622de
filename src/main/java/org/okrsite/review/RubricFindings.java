package org.okrsite.review;

import static org.okrsite.config.Dimension.ALIGNMENT;
import static org.okrsite.config.Dimension.AMBITION;
import static org.okrsite.config.Dimension.INDEPENDENCE;
import static org.okrsite.config.Dimension.MEASURABILITY;
import static org.okrsite.config.Dimension.OUTCOME_FOCUS;
import static org.okrsite.config.Dimension.OWNERSHIP;
import static org.okrsite.config.Dimension.TIME_BOUND;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.config.Dimension;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;

/**
 * Where the lint meets the rubric: the one table saying which dimension each finding concerns and
 * how far it lowers it, in the seed's columns (0–25 poor, 50 okay, 75–100 excellent). A finding on
 * a key result caps that key result's share of the dimension; a finding on the objective caps the
 * whole dimension; an owner's finding (silent owner, cycle-end average, no development objective)
 * caps it on each of the owner's objectives of that cycle. The finding is the rating's evidence.
 * {@code docs/guide/review.md} shows the same table ({@code RubricFindingsTest} keeps them equal).
 */
final class RubricFindings {
  /**
   * What a finding does to the rubric.
   *
   * @param atMost the highest rating the dimension (or the key result's share) keeps
   * @param ownerWide without a key result, the finding concerns all the owner's objectives
   */
  record Lowering(Dimension dimension, int atMost, boolean ownerWide, String why) {}

  /** The table, in the order of the documentation. */
  static final Map<Rule, Lowering> TABLE = table();

  private static Map<Rule, Lowering> table() {
    Map<Rule, Lowering> m = new LinkedHashMap<>();
    m.put(
        Rule.SANDBAGGING,
        owners(
            AMBITION,
            25,
            "obviously achievable: at target in the first weeks, or an average above 0.9"));
    m.put(
        Rule.UNREALISTIC_TARGETS,
        owners(AMBITION, 25, "a 10% shot is not a plan: an average below 0.4"));
    m.put(
        Rule.OBJECTIVE_BAU,
        row(AMBITION, 25, "obviously achievable: keeping what is there is no stretch"));
    m.put(
        Rule.NO_DEVELOPMENT_OBJECTIVE,
        owners(AMBITION, 50, "a moderate stretch: nothing in the cycle grows the person"));
    m.put(Rule.KR_VAGUE, row(MEASURABILITY, 0, "vague, subjective"));
    m.put(Rule.KR_NOT_MEASURABLE, row(MEASURABILITY, 25, "vague: it cannot be scored"));
    m.put(Rule.KR_BINARY, row(MEASURABILITY, 25, "done or not done, no scale"));
    m.put(Rule.KR_NO_BASELINE, row(MEASURABILITY, 50, "a metric, but no baseline documented"));
    m.put(
        Rule.MOVING_GOALPOSTS,
        row(MEASURABILITY, 50, "fuzzy measurement: the target moved during the cycle"));
    m.put(Rule.OBJECTIVE_UNALIGNED, row(ALIGNMENT, 0, "does not connect to strategy"));
    m.put(
        Rule.CASCADE_TOO_DEEP,
        row(ALIGNMENT, 50, "loosely related: too many levels below the strategy"));
    m.put(Rule.KR_TASK, row(OUTCOME_FOCUS, 0, "a task, not a result"));
    m.put(Rule.KR_ACTIVITY, row(OUTCOME_FOCUS, 25, "counts activity, not its result"));
    m.put(
        Rule.TOO_MANY_KRS, row(OUTCOME_FOCUS, 50, "a mix of outputs and outcomes: focus is lost"));
    m.put(
        Rule.TOO_MANY_OBJECTIVES,
        row(OUTCOME_FOCUS, 50, "a mix of outputs and outcomes: focus is lost"));
    m.put(
        Rule.OBJECTIVE_HAS_METRIC,
        row(OUTCOME_FOCUS, 75, "the objective states a measure, not the outcome"));
    m.put(Rule.NO_OWNER, row(OWNERSHIP, 0, "\"the team\" or unassigned"));
    m.put(Rule.SET_AND_FORGET, owners(OWNERSHIP, 50, "nobody accountable keeps it up to date"));
    m.put(Rule.KR_DATE_OUTSIDE_CYCLE, row(TIME_BOUND, 25, "no deadline inside the cycle"));
    m.put(Rule.DEPENDENCY_NO_DATE, row(INDEPENDENCE, 25, "a dependency not documented: by when?"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Lowering row(Dimension d, int atMost, String why) {
    return new Lowering(d, atMost, false, why);
  }

  /** A finding about an owner: without a key result it concerns each of their objectives. */
  private static Lowering owners(Dimension d, int atMost, String why) {
    return new Lowering(d, atMost, true, why);
  }

  private RubricFindings() {}

  /**
   * The findings that concern each objective, by objective id: its own, its key results', and the
   * owner-wide findings of its owner in its cycle. Findings of rules the table does not name are
   * left out.
   */
  static Map<String, List<Finding>> byObjective(Model model, List<Finding> findings) {
    Map<String, Objective> byId = new java.util.HashMap<>();
    Map<String, List<Objective>> byOwnerCycle = new java.util.HashMap<>();
    for (Objective o : model.objectives()) {
      if (o.id() == null) continue;
      byId.put(o.id(), o);
      byOwnerCycle.computeIfAbsent(ownerCycle(o), k -> new ArrayList<>()).add(o);
    }
    Map<String, Set<Finding>> out = new java.util.HashMap<>();
    for (Finding f : findings) {
      Lowering l = TABLE.get(f.rule());
      Objective o = f.objectiveId() == null ? null : byId.get(f.objectiveId());
      if (l == null || o == null) continue;
      List<Objective> concerned =
          l.ownerWide() && f.krId() == null
              ? byOwnerCycle.getOrDefault(ownerCycle(o), List.of(o))
              : List.of(o);
      for (Objective c : concerned) out.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(f);
    }
    Map<String, List<Finding>> lists = new java.util.HashMap<>();
    out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }

  private static String ownerCycle(Objective o) {
    return (o.owner() == null ? "" : o.owner().key()) + "|" + o.cycleId();
  }

  /**
   * The {@code kr-not-measurable} findings of an objective: the check stage reports them as
   * warnings before the review runs; the rubric needs them as values.
   */
  static List<Finding> notMeasurable(Objective o) {
    List<Finding> out = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      if (kr.kind() != null) continue;
      String label = KeyResultText.label(kr);
      out.add(
          new Finding(
              Rule.KR_NOT_MEASURABLE,
              o.id(),
              kr.id(),
              kr.id() + " \"" + label + "\" has no baseline and target okrsite can measure",
              Rule.KR_NOT_MEASURABLE.fix(),
              kr.position() != null ? kr.position() : o.position(),
              Evidence.of("key result \"" + label + "\"", Ref.keyResult(o.id(), kr.id()))));
    }
    return out;
  }

  /** The findings of one dimension: those on key results by KR id, and those on the objective. */
  record OfDimension(Map<String, List<Finding>> byKr, List<Finding> onObjective) {
    static OfDimension of(Dimension d, List<Finding> findings) {
      Map<String, List<Finding>> byKr = new LinkedHashMap<>();
      List<Finding> onObjective = new ArrayList<>();
      for (Finding f : findings) {
        Lowering l = TABLE.get(f.rule());
        if (l == null || l.dimension() != d) continue;
        if (f.krId() != null) byKr.computeIfAbsent(f.krId(), k -> new ArrayList<>()).add(f);
        else onObjective.add(f);
      }
      return new OfDimension(byKr, onObjective);
    }

    /** The lowest cap of these findings, or 100. */
    static int cap(List<Finding> fs) {
      int cap = 100;
      for (Finding f : fs) cap = Math.min(cap, TABLE.get(f.rule()).atMost());
      return cap;
    }
  }

  /** How one finding is cited: its rule id, its message. */
  static String cite(Finding f) {
    return f.ruleId() + ": " + f.message();
  }

  /** The references of a finding's evidence, or the objective's and key result's. */
  static List<Ref> refs(Finding f) {
    if (f.evidence() != null && !f.evidence().refs().isEmpty()) return f.evidence().refs();
    return f.krId() == null
        ? List.of(Ref.objective(f.objectiveId()))
        : List.of(Ref.keyResult(f.objectiveId(), f.krId()));
  }

  /**
   * Lowers a rating of a dimension rated on the objective as a whole (ambition, alignment,
   * time-bound, independence): each key result's finding caps its share (1 of n), an objective's
   * finding caps the rating.
   */
  static Rubric.Rating lower(Rubric.Rating r, Objective o, List<Finding> findings) {
    OfDimension of = OfDimension.of(r.dimension(), findings);
    if (of.byKr().isEmpty() && of.onObjective().isEmpty()) return r;
    List<Evidence> ev = new ArrayList<>(r.evidence());
    int score = r.score();
    if (!of.byKr().isEmpty()) {
      int n = Math.max(1, o.keyResults().size());
      double sum = score * (double) (n - of.byKr().size());
      for (Map.Entry<String, List<Finding>> e : of.byKr().entrySet()) {
        int share = Math.min(score, OfDimension.cap(e.getValue()));
        sum += share;
        for (Finding f : e.getValue())
          ev.add(
              Evidence.of(
                  cite(f) + " (" + e.getKey() + "'s share at most " + share + ")", refs(f)));
      }
      score = (int) Math.round(sum / n);
    }
    return capped(new Rubric.Rating(r.dimension(), score, r.weight(), ev), of.onObjective());
  }

  /** Caps a rating by the objective's own findings of its dimension, citing each. */
  static Rubric.Rating capped(Rubric.Rating r, List<Finding> onObjective) {
    if (onObjective.isEmpty()) return r;
    List<Evidence> ev = new ArrayList<>(r.evidence());
    int score = r.score();
    for (Finding f : onObjective) {
      int cap = TABLE.get(f.rule()).atMost();
      score = Math.min(score, cap);
      ev.add(Evidence.of(cite(f) + " (at most " + cap + ")", refs(f)));
    }
    return new Rubric.Rating(r.dimension(), score, r.weight(), ev);
  }

  /** The table as {@code docs/guide/review.md} shows it. */
  static String markdownTable() {
    StringBuilder b = new StringBuilder();
    b.append("| finding | lowers | to at most | because (the seed's column) |\n");
    b.append("|---|---|---|---|\n");
    TABLE.forEach(
        (rule, l) ->
            b.append("| `")
                .append(rule.id())
                .append("` | `")
                .append(l.dimension().key())
                .append("` | ")
                .append(l.atMost())
                .append(" | ")
                .append(l.why())
                .append(l.ownerWide() ? " (each of the owner's objectives)" : "")
                .append(" |\n"));
    return b.toString();
  }
}
