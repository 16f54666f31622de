package org.okrsite.scaffold;

import static org.okrsite.escape.Yaml.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.score.KrScore;
import org.okrsite.score.Scores;

/**
 * This week's check-in (GRIP), pre-filled with every key result of the owner's objectives in the
 * cycle at its last value and confidence, so the author only changes what moved.
 */
public final class CheckInScaffold {
  private CheckInScaffold() {}

  /**
   * The owner's objectives in a cycle that take check-ins (not draft, not cancelled), in site
   * order.
   */
  public static List<Objective> objectives(Model model, Owner owner, Cycle cycle) {
    return model.objectives().stream()
        .filter(o -> o.owner().key().equals(owner.key()) && o.cycleId().equals(cycle.id()))
        .filter(o -> o.lifecycle() != Lifecycle.CANCELLED && o.lifecycle() != Lifecycle.DRAFT)
        .toList();
  }

  /**
   * @param author who writes it, or null to leave it out
   * @throws IllegalArgumentException when the owner has no objectives in the cycle
   */
  public static Scaffold of(
      Model model, Scores scores, Owner owner, Cycle cycle, LocalDate date, String author) {
    List<Objective> objectives = objectives(model, owner, cycle);
    if (objectives.isEmpty()) {
      throw new IllegalArgumentException(
          owner.name()
              + " has no objectives in "
              + cycle.name()
              + "; write them first with 'okrsite new okr --"
              + owner.level().key()
              + " \""
              + owner.name()
              + "\"'");
    }
    CheckIn last =
        model.checkIns().stream()
            .filter(
                c ->
                    c.owner().key().equals(owner.key())
                        && cycle.id().equals(c.cycleId())
                        && !c.date().isAfter(date))
            .max(Comparator.comparing(CheckIn::date))
            .orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("# Weekly check-in (GRIP) — ")
        .append(owner.name())
        .append(", ")
        .append(date)
        .append('\n');
    b.append("# Pre-filled with each key result's last value and confidence: change what moved.\n");
    b.append("checkin:\n");
    b.append("  date: ").append(date).append('\n');
    b.append("  ")
        .append(owner.level().key())
        .append(": ")
        .append(quote(owner.name()))
        .append('\n');
    b.append("  quarter: ").append(quote(cycle.name())).append('\n');
    if (author != null) b.append("  author: ").append(quote(author)).append('\n');
    Double goal = last != null && last.goalConfidence() != null ? last.goalConfidence() : null;
    if (goal == null)
      goal =
          scores.of(objectives.get(0).id()) == null
              ? null
              : scores.of(objectives.get(0).id()).confidence();
    b.append("  goal_confidence: ")
        .append(goal == null ? "0.5" : YamlText.number(goal))
        .append("        # G: how confident are we to reach the objective(s)? 0.0–1.0\n");
    b.append("  key_results:                 # R: one entry per key result\n");
    for (Objective o : objectives) {
      b.append("    # ").append(YamlText.comment(o.title())).append('\n');
      for (KeyResult kr : o.keyResults())
        update(b, kr, ref(objectives, o, kr), scores.kr(o.id(), kr.id()).orElse(null));
    }
    b.append(
        "  issues: []                   # I: blockers, e.g. - issue: \"...\"  need: \"...\"  from:"
            + " \"Name\"\n");
    b.append(
        "  plan: []                     # P: next week, e.g. - priority: \"...\"  supports:"
            + " \"KR1\"\n");
    String path = "checkins/" + cycle.id() + "/" + Owners.folder(owner) + "/" + date + ".yaml";
    List<String> notes = new ArrayList<>();
    notes.add(
        "pre-filled "
            + objectives.stream().mapToInt(o -> o.keyResults().size()).sum()
            + " key result(s)"
            + (last == null ? "" : " from the check-in of " + last.date()));
    return new Scaffold(path, b.toString(), notes);
  }

  /** {@code KR1}, or {@code objective-id/KR1} when another objective of the owner has a KR1 too. */
  private static String ref(List<Objective> all, Objective o, KeyResult kr) {
    long same =
        all.stream()
            .flatMap(x -> x.keyResults().stream())
            .filter(k -> k.id().equals(kr.id()))
            .count();
    return same > 1 ? o.id() + "/" + kr.id() : kr.id();
  }

  private static void update(StringBuilder b, KeyResult kr, String ref, KrScore s) {
    b.append("    - id: ").append(quote(ref));
    String what = kr.metric() != null ? kr.metric() : kr.text();
    if (what != null) b.append("   # ").append(YamlText.comment(what));
    if (kr.target() != null) b.append(" → ").append(YamlText.comment(kr.target().text()));
    b.append('\n');
    String current =
        s != null && s.currentText() != null
            ? s.currentText()
            : kr.baseline() != null ? kr.baseline().text() : null;
    if (current != null) {
      b.append("      current: ").append(quote(current));
      b.append(
              s != null && s.lastUpdate() != null
                  ? "   # last: " + s.lastUpdate()
                  : "   # baseline")
          .append('\n');
    }
    Double conf = s != null ? s.confidence() : kr.confidence();
    b.append("      confidence: ")
        .append(conf == null ? "0.5" : YamlText.number(conf))
        .append('\n');
    leading(b, kr, s);
    b.append("      note: \"\"\n");
  }

  /**
   * {@code leading:} for a key result that names a leading indicator: its last reading, or empty
   * ({@code ~}, read as no reading) before the first, with the indicator as a comment.
   */
  private static void leading(StringBuilder b, KeyResult kr, KrScore s) {
    if (kr.leadingIndicator() == null || kr.leadingIndicator().isBlank()) return;
    String last = null;
    if (s != null)
      for (KrScore.Point p : s.history()) if (p.leading() != null) last = p.leading().text();
    b.append("      leading: ")
        .append(last == null ? "~" : quote(last))
        .append("   # ")
        .append(YamlText.comment(kr.leadingIndicator()))
        .append('\n');
  }
}
