package org.okrsite.scaffold;

import static org.okrsite.escape.Yaml.quote;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.score.KrScore;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Scores;

/**
 * An end-of-cycle retrospective in the seed's shape, pre-filled with the computed score of each of
 * the owner's objectives and key results; the team adjusts them and writes what it learned.
 */
public final class RetroScaffold {
  private RetroScaffold() {}

  public static Scaffold of(Model model, Scores scores, Owner owner, Cycle cycle, LocalDate date) {
    List<Objective> objectives = CheckInScaffold.objectives(model, owner, cycle);
    if (objectives.isEmpty()) {
      throw new IllegalArgumentException(
          owner.name() + " has no objectives in " + cycle.name() + " to look back on");
    }
    StringBuilder b = new StringBuilder();
    b.append("# Retrospective — ")
        .append(owner.name())
        .append(", ")
        .append(cycle.name())
        .append('\n');
    b.append("# Scores are the computed ones as of ")
        .append(scores.asOf())
        .append(": agree on them, then fill in the rest.\n");
    b.append("retrospective:\n");
    b.append("  quarter: ").append(quote(cycle.name())).append('\n');
    b.append("  ")
        .append(owner.level().key())
        .append(": ")
        .append(quote(owner.name()))
        .append('\n');
    b.append("  date: ").append(date).append('\n');
    b.append("  scores:\n");
    double sum = 0;
    int n = 0;
    for (Objective o : objectives) {
      ObjectiveScore os = scores.of(o.id());
      b.append("    - objective: ").append(quote(o.title())).append('\n');
      if (os != null && os.score() != null) {
        b.append("      score: ").append(YamlText.number(os.score())).append('\n');
        sum += os.score();
        n++;
      }
      b.append("      key_results:\n");
      for (KeyResult kr : o.keyResults()) {
        KrScore ks = scores.kr(o.id(), kr.id()).orElse(null);
        String what = kr.metric() != null ? kr.metric() : kr.text() != null ? kr.text() : kr.id();
        String line =
            what
                + (kr.baseline() != null && kr.target() != null
                    ? ": " + kr.baseline().text() + " → " + kr.target().text()
                    : "");
        b.append("        - kr: ").append(quote(line)).append('\n');
        if (ks != null && ks.finalScore() != null)
          b.append("          score: ").append(YamlText.number(ks.finalScore())).append('\n');
      }
    }
    if (n > 0) b.append("  overall_average: ").append(YamlText.number(sum / n)).append('\n');
    b.append("  wins: []                      # - \"what worked and why\"\n");
    b.append("  misses: []                    # - \"what failed and the root cause\"\n");
    b.append("  keep_doing: []                # - \"practice to continue\"\n");
    b.append("  start_doing: []               # - \"new practice\"\n");
    b.append("  stop_doing: []                # - \"practice to eliminate\"\n");
    b.append("  carry_forward_to_next_quarter: []   # - \"unfinished work worth continuing\"\n");
    String path = "retros/" + cycle.id() + "/" + Owners.folder(owner) + ".yaml";
    return new Scaffold(
        path,
        b.toString(),
        List.of("pre-filled the scores of " + objectives.size() + " objective(s)"));
  }
}
