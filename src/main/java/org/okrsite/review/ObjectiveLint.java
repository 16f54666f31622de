package org.okrsite.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.okrsite.config.ReviewSettings;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;

/**
 * The anti-patterns visible in one objective's own words: tasks, activities, binary and vague key
 * results, a metric in the objective, a missing baseline or owner, business as usual, no alignment
 * and too many key results.
 */
final class ObjectiveLint {
  /** Openings of a business-as-usual objective (seed: "Continue", "Maintain" are bad verbs). */
  static final Set<String> BAU_VERBS = Set.of("continue", "maintain", "keep");

  /** Owners that are nobody in particular (seed: "The team" owns it). */
  static final Set<String> NOBODY =
      Set.of("team", "the team", "everyone", "all", "tbd", "us", "we");

  /** Digits that are not a metric: "#1", "1st", years, quarters, time spans ("first 90 days"). */
  private static final Pattern NOT_A_METRIC =
      Pattern.compile(
          "#\\s*\\d+|\\b\\d+(st|nd|rd|th)\\b|\\b(19|20)\\d{2}\\b|\\b[qQhH][1-4]\\b"
              + "|\\b\\d+\\s*(hours?|days?|weeks?|months?|years?)\\b");

  private final ReviewSettings settings;
  private final List<Finding> out = new ArrayList<>();

  private ObjectiveLint(ReviewSettings settings) {
    this.settings = settings;
  }

  /** The findings of one objective, in rule order. */
  static List<Finding> check(Objective o, ReviewSettings settings) {
    ObjectiveLint l = new ObjectiveLint(settings);
    l.objective(o);
    for (KeyResult kr : o.keyResults()) l.keyResult(o, kr);
    return l.out;
  }

  private void objective(Objective o) {
    Evidence ev = Evidence.of("objective \"" + o.title() + "\"", Ref.objective(o.id()));
    if (metricInTitle(o.title()).isPresent()) {
      add(
          Rule.OBJECTIVE_HAS_METRIC,
          o,
          null,
          "objective \""
              + o.title()
              + "\" contains a metric ("
              + metricInTitle(o.title()).get()
              + ")",
          "keep the objective qualitative (\"Become the fastest way to onboard\"); put numbers in"
              + " key results",
          ev);
    }
    String first = firstWord(o.title());
    if (BAU_VERBS.contains(first)) {
      add(
          Rule.OBJECTIVE_BAU,
          o,
          null,
          "objective \""
              + o.title()
              + "\" starts with \""
              + first
              + "\": business as usual is not an OKR",
          "say what will be different at the end of the cycle, or track it as a KPI",
          ev);
    }
    if (o.parents().stream().noneMatch(p -> p.targetId() != null)) {
      add(
          Rule.OBJECTIVE_UNALIGNED,
          o,
          null,
          "objective \"" + o.title() + "\" maps to no pillar, annual goal or parent objective",
          "add pillar:, parent_annual_goal: or parent: — a goal that maps to no pillar does not get"
              + " resourced",
          ev);
    }
    int n = o.keyResults().size();
    if (n > settings.maxKeyResults()) {
      add(
          Rule.TOO_MANY_KRS,
          o,
          null,
          "objective has "
              + n
              + " key results; at most "
              + settings.maxKeyResults()
              + " keep it focused",
          "keep the "
              + settings.minKeyResults()
              + "–"
              + settings.maxKeyResults()
              + " that best show the objective is met",
          ev);
    }
  }

  private void keyResult(Objective o, KeyResult kr) {
    String label = KeyResultText.label(kr);
    Evidence ev = Evidence.of("key result \"" + label + "\"", Ref.keyResult(o.id(), kr.id()));
    Optional<String> task = KeyResultText.taskVerb(kr);
    boolean binary = KeyResultText.isBinary(kr);
    if (task.isPresent()) {
      add(
          Rule.KR_TASK,
          o,
          kr,
          kr.id()
              + " \""
              + label
              + "\" is a task (starts with \""
              + cap(task.get())
              + "\"), not a result",
          "measure what the work changes, e.g. \"Reduce time-to-first-value from 7 days to 2"
              + " days\"",
          ev);
    } else {
      KeyResultText.activity(kr)
          .ifPresent(
              a ->
                  add(
                      Rule.KR_ACTIVITY,
                      o,
                      kr,
                      kr.id()
                          + " \""
                          + label
                          + "\" counts activity (\""
                          + a
                          + "\"), not an outcome",
                      "count what the activity produces, e.g. \"Book 30 discovery calls from"
                          + " outbound\"",
                      ev));
    }
    if (binary) {
      add(
          Rule.KR_BINARY,
          o,
          kr,
          kr.id() + " \"" + label + "\" is done or not done, with no scale",
          "measure adoption or effect, e.g. \"Enterprise accounts using SSO: 0 → 15\"",
          ev);
    } else if (KeyResultText.isVague(kr)) {
      String word =
          KeyResultText.vagueWord(kr).map(w -> " (\"" + w + "\" without a number)").orElse("");
      add(
          Rule.KR_VAGUE,
          o,
          kr,
          kr.id() + " \"" + label + "\" has no number" + word,
          "state a baseline and a target, e.g. \"Increase NPS from 40 to 60\"",
          ev);
    }
    if (kr.target() != null
        && kr.baseline() == null
        && kr.kind() != KrKind.BASELINE
        && kr.kind() != KrKind.MILESTONE) {
      add(
          Rule.KR_NO_BASELINE,
          o,
          kr,
          kr.id()
              + " \""
              + label
              + "\" has a target but no baseline"
              + (kr.kind() == KrKind.INCREASE || kr.kind() == KrKind.DECREASE
                  ? ", so its progress cannot be computed"
                  : ""),
          "add baseline: — you can't improve what you haven't measured",
          ev);
    }
    String owner = kr.owner() == null ? "" : kr.owner().strip();
    if (owner.isEmpty()) {
      add(
          Rule.NO_OWNER,
          o,
          kr,
          kr.id() + " \"" + label + "\" has no owner",
          "add owner: with one person accountable",
          ev);
    } else if (NOBODY.contains(owner.toLowerCase(Locale.ROOT))) {
      add(
          Rule.NO_OWNER,
          o,
          kr,
          kr.id()
              + " \""
              + label
              + "\" is owned by \""
              + owner
              + "\", which is nobody in particular",
          "name one person accountable per key result",
          ev);
    }
  }

  /** The metric-like part of an objective's title ("50%", "$1M"), if any. */
  static Optional<String> metricInTitle(String title) {
    if (title == null) return Optional.empty();
    String s = NOT_A_METRIC.matcher(title).replaceAll(" ");
    var m = Pattern.compile("[$€£]?\\s?\\d[\\d.,]*\\s?(%|[kKmMbB]\\b)?").matcher(s);
    return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
  }

  static String firstWord(String title) {
    String[] w = KeyResultText.words(title == null ? "" : title);
    return w.length == 0 ? "" : w[0];
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void add(Rule rule, Objective o, KeyResult kr, String message, String hint, Evidence ev) {
    out.add(
        new Finding(
            rule,
            o.id(),
            kr == null ? null : kr.id(),
            message,
            hint,
            kr == null || kr.position() == null ? o.position() : kr.position(),
            ev));
  }
}
