package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.okrsite.bench.KrCatalog.Plan;
import org.okrsite.bench.Objectives.Kr;
import org.okrsite.bench.Objectives.Objective;
import org.okrsite.bench.Objectives.Owned;

/**
 * Writes a past cycle's end: one {@code okr_score} per objective and one retrospective per owner.
 */
final class History {
  private static final String[] WINS = {
    "Shipped the main initiative in the first month",
    "Weekly check-ins kept everyone on the same page",
    "The experiment backlog never ran dry"
  };
  private static final String[] MISSES = {
    "Instrumentation arrived in week 6, too late to steer",
    "Two initiatives had no named owner and slipped",
    "We optimised the top of the funnel while the middle leaked"
  };

  private final Random r;
  private final String cycleId;
  private final String quarter;
  private final String retroDate;

  History(Random r, String cycleId, String quarter, String retroDate) {
    this.r = r;
    this.cycleId = cycleId;
    this.quarter = quarter;
    this.retroDate = retroDate;
  }

  /** The agreed score of a key result: its final progress, clamped and rounded to 0.1. */
  static double score(Plan p) {
    double last = p.weekly()[p.weekly().length - 1];
    double progress =
        p.target() == p.baseline() ? 0 : (last - p.baseline()) / (p.target() - p.baseline());
    return Math.round(Math.max(0, Math.min(1, progress)) * 10) / 10.0;
  }

  void write(Path root, Owned owned) throws IOException {
    for (Objective o : owned.objectives())
      score(o)
          .write(
              root.resolve("scores")
                  .resolve(cycleId)
                  .resolve(owned.dir() + "-" + o.id().substring(o.id().length() - 2) + ".yaml"));
    retro(owned).write(root.resolve("retros").resolve(cycleId).resolve(owned.dir() + ".yaml"));
  }

  private Yaml score(Objective o) {
    Yaml y =
        new Yaml()
            .line(0, "okr_score:")
            .str(1, "quarter", quarter)
            .str(1, o.ownerKey(), o.ownerName())
            .str(1, "objective", o.title())
            .kv(1, "objective_score", KrCatalog.trim(mean(o)));
    y.line(1, "key_results:");
    for (Kr k : o.krs()) {
      Plan p = k.plan();
      y.line(2, "- id: " + Yaml.q(k.id()));
      y.str(3, "metric", p.shape().metric())
          .str(3, "baseline", p.baselineText())
          .str(3, "target", p.targetText())
          .str(3, "actual", p.valueText(p.weekly().length - 1))
          .kv(3, "score", KrCatalog.trim(score(p)))
          .str(
              3,
              "narrative",
              "Ended at " + p.valueText(p.weekly().length - 1) + " against " + p.targetText());
    }
    y.line(1, "lessons:").item(2, "Instrument every key result before the quarter starts");
    y.line(1, "carry_forward:").item(2, o.krs().get(0).plan().shape().metric() + " follow-up");
    return y;
  }

  private static double mean(Objective o) {
    double s = 0;
    for (Kr k : o.krs()) s += score(k.plan());
    return Math.round(s / o.krs().size() * 100) / 100.0;
  }

  private Yaml retro(Owned owned) {
    Yaml y =
        new Yaml()
            .line(0, "retrospective:")
            .str(1, "quarter", quarter)
            .str(1, owned.ownerKey(), owned.ownerName())
            .str(1, "date", retroDate);
    y.line(1, "scores:");
    double total = 0;
    for (Objective o : owned.objectives()) {
      y.line(2, "- objective: " + Yaml.q(o.title())).kv(3, "score", KrCatalog.trim(mean(o)));
      y.line(3, "key_results:");
      for (Kr k : o.krs()) {
        Plan p = k.plan();
        y.line(
            4,
            "- kr: "
                + Yaml.q(p.shape().metric() + ": " + p.baselineText() + " → " + p.targetText()));
        y.kv(5, "score", KrCatalog.trim(score(p)));
      }
      total += mean(o);
    }
    y.kv(
        1,
        "overall_average",
        String.format(Locale.ROOT, "%.2f", total / owned.objectives().size()));
    y.line(1, "wins:").item(2, WINS[r.nextInt(WINS.length)]);
    y.line(1, "misses:").item(2, MISSES[r.nextInt(MISSES.length)]);
    y.line(1, "keep_doing:").item(2, "Friday check-ins");
    y.line(1, "start_doing:").item(2, "One named owner for every initiative");
    y.line(1, "stop_doing:").item(2, "Running more than two experiments on one funnel step");
    y.line(1, "carry_forward_to_next_quarter:").item(2, owned.objectives().get(0).title());
    return y;
  }
}
