package org.okrsite.scaffold;

import static org.okrsite.escape.Yaml.quote;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.Retrospective;
import org.okrsite.score.KrScore;
import org.okrsite.score.Scores;

/**
 * A new quarter's OKR document in the seed's template: context, objective, key results (the KR
 * table), initiatives, dependencies and what we are NOT doing. It starts as {@code status: draft}
 * so that it stays off the site until the team approves it. With carry-forward, the previous
 * cycle's unfinished key results (final score below 1.0) come back with their last value as the new
 * baseline, and the retrospective's carry-forward items become initiatives.
 */
public final class OkrScaffold {
  private OkrScaffold() {}

  /**
   * @param previous the cycle to carry forward from, or null for a blank document
   */
  public static Scaffold of(Model model, Scores scores, Owner owner, Cycle cycle, Cycle previous) {
    List<String> notes = new ArrayList<>();
    List<KeyResult> carried = new ArrayList<>();
    List<KrScore> carriedScores = new ArrayList<>();
    List<String> carriedItems = new ArrayList<>();
    if (previous != null) {
      for (Objective o : model.objectives()) {
        if (!o.owner().key().equals(owner.key()) || !o.cycleId().equals(previous.id())) continue;
        for (KeyResult kr : o.keyResults()) {
          KrScore s = scores.kr(o.id(), kr.id()).orElse(null);
          if (s != null && s.finalScore() != null && s.finalScore() >= 1.0) continue;
          carried.add(kr);
          carriedScores.add(s);
        }
      }
      for (Retrospective r : model.retrospectives()) {
        if (r.owner().key().equals(owner.key()) && r.cycleId().equals(previous.id())) {
          for (String item : r.carryForward())
            if (!carriedItems.contains(item)) carriedItems.add(item);
        }
      }
      notes.add(
          "carried forward from "
              + previous.name()
              + ": "
              + carried.size()
              + " unfinished key result(s), "
              + carriedItems.size()
              + " item(s) of the retrospective");
    }
    // KR ids are unique per owner and cycle, drafts included: number on after the ones in use.
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Objective o : model.objectives()) {
      if (o.owner().key().equals(owner.key()) && o.cycleId().equals(cycle.id())) {
        for (KeyResult kr : o.keyResults()) used.add(kr.id().toLowerCase(java.util.Locale.ROOT));
      }
    }
    java.util.function.Supplier<String> next =
        new java.util.function.Supplier<>() {
          int n;

          @Override
          public String get() {
            String id;
            do id = "KR" + (++n);
            while (used.contains(id.toLowerCase(java.util.Locale.ROOT)));
            return id;
          }
        };
    StringBuilder b = new StringBuilder();
    b.append("# ").append(cycle.name()).append(" OKRs — ").append(owner.name()).append('\n');
    b.append(
        "# Replace every TODO, delete what you do not need, and set 'status: approved' when"
            + " agreed.\n");
    b.append(
        "# More than one objective? Use 'objectives:' with a list of {objective, key_results,"
            + " ...}.\n");
    b.append("okr:\n");
    b.append("  quarter: ").append(quote(cycle.name())).append('\n');
    b.append("  ")
        .append(owner.level().key())
        .append(": ")
        .append(quote(owner.name()))
        .append('\n');
    b.append("  status: draft\n");
    b.append("  context:\n");
    b.append("    annual_goal: \"TODO: the annual goal this supports\"\n");
    b.append("    key_assumption: \"TODO: what must be true for these to matter\"\n");
    b.append("    biggest_risk: \"TODO: what could derail us\"\n");
    b.append("  objective: \"TODO: an inspiring statement of what we want to achieve\"\n");
    b.append(
        "  key_results:              # 2–4 measurable outcomes: baseline → target, one owner"
            + " each\n");
    for (int i = 0; i < carried.size(); i++)
      keyResult(b, next.get(), carried.get(i), carriedScores.get(i), previous);
    // The seed's table has three rows; with carried KRs, one more row for something new.
    for (int i = carried.isEmpty() ? 3 : 1; i > 0; i--) placeholder(b, next.get());
    b.append("  initiatives:              # 2–3 bullet points of HOW\n");
    for (String item : carriedItems)
      b.append("    - ").append(quote(item)).append("   # carried forward\n");
    b.append("    - \"TODO: the first thing we will do\"\n");
    b.append("  dependencies:             # what we need from other teams, and by when\n");
    b.append("    - \"TODO: need from [team]: [what] by [when]\"\n");
    b.append("  not_doing:                # what we are NOT doing this quarter\n");
    b.append("    - \"TODO: something we deliberately deprioritise\"\n");
    String path = "okrs/" + cycle.id() + "/" + Owners.folder(owner) + ".yaml";
    return new Scaffold(path, b.toString(), notes);
  }

  private static void placeholder(StringBuilder b, String id) {
    b.append("    - id: ").append(quote(id)).append('\n');
    b.append("      metric: \"TODO: what you measure\"\n");
    b.append(
        "      baseline: 0               # TODO: where it is today, e.g. \"7 days\", \"18%\"\n");
    b.append(
        "      target: 1                 # TODO: where it should be, e.g. \"< 2 days\", \"45%\"\n");
    b.append("      measurement: \"TODO: how and where it is measured\"\n");
    b.append("      confidence: 0.5           # 0.0–1.0; 0.5–0.7 for an ambitious target\n");
  }

  private static void keyResult(
      StringBuilder b, String id, KeyResult kr, KrScore s, Cycle previous) {
    String last = s != null && s.currentText() != null ? s.currentText() : null;
    b.append("    - id: ")
        .append(quote(id))
        .append("   # ")
        .append(kr.id())
        .append(" of ")
        .append(previous.name());
    if (s != null && s.finalScore() != null)
      b.append(", scored ").append(YamlText.number(s.finalScore()));
    b.append('\n');
    b.append("      metric: ")
        .append(quote(kr.metric() != null ? kr.metric() : kr.text() != null ? kr.text() : "TODO"))
        .append('\n');
    if (last != null && kr.kind() != org.okrsite.model.KrKind.MILESTONE) {
      b.append("      baseline: ")
          .append(quote(last))
          .append("   # last value in ")
          .append(previous.name())
          .append('\n');
    } else if (kr.baseline() != null) {
      b.append("      baseline: ").append(quote(kr.baseline().text())).append('\n');
    }
    if (kr.target() != null)
      b.append("      target: ").append(quote(kr.target().text())).append('\n');
    if (kr.kind() != null) b.append("      kind: ").append(kr.kind().yamlName()).append('\n');
    if (kr.measurement() != null)
      b.append("      measurement: ").append(quote(kr.measurement())).append('\n');
    if (kr.owner() != null) b.append("      owner: ").append(quote(kr.owner())).append('\n');
    b.append("      confidence: 0.5\n");
    if (kr.leadingIndicator() != null) {
      b.append("      leading_indicator: ").append(quote(kr.leadingIndicator())).append('\n');
    }
  }
}
