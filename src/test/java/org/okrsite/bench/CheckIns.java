package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.okrsite.bench.Objectives.Kr;
import org.okrsite.bench.Objectives.Objective;
import org.okrsite.bench.Objectives.Owned;

/**
 * Writes the weekly check-ins of the current cycle, one file per owner per week (CONTRACT §2):
 * teams and people weekly, departments every second week, the company every fourth.
 */
final class CheckIns {
  private static final String[] NOTES = {
    "On track after the latest release",
    "Slower than planned; scope cut agreed",
    "Experiment readout due next week",
    "Dip caused by a holiday week",
    "Best week of the quarter so far",
    "Waiting on data from another team",
    "Rollout reached all customers"
  };
  private static final String[] ISSUES = {
    "Waiting on design specs",
    "Hiring for an open role is slower than planned",
    "Dashboard data is a week behind",
    "Dependency on Platform slipped a sprint"
  };
  private static final String[] PLANS = {
    "Ship the next iteration to 50% of customers",
    "Run the pricing-page test",
    "Review the at-risk key results with the lead",
    "Write the readout and share it company-wide"
  };

  private final Random r;
  private final String cycleId;
  private final String quarter;
  private final List<LocalDate> fridays;

  CheckIns(Random r, String cycleId, String quarter, List<LocalDate> fridays) {
    this.r = r;
    this.cycleId = cycleId;
    this.quarter = quarter;
    this.fridays = fridays;
  }

  /** How many weeks apart an owner checks in at its cadence. */
  static int every(String cadence) {
    return switch (cadence) {
      case "monthly" -> 4;
      case "biweekly" -> 2;
      default -> 1;
    };
  }

  /** Writes all check-ins of one owner; returns how many files. */
  int write(Path root, Owned owned) throws IOException {
    int step = every(owned.cadence());
    int written = 0;
    for (int w = fridays.size() - 1; w >= 0; w -= step) {
      Path file =
          root.resolve("checkins")
              .resolve(cycleId)
              .resolve(owned.dir())
              .resolve(fridays.get(w) + ".yaml");
      text(owned, w).write(file);
      written++;
    }
    return written;
  }

  /** The check-in of {@code owned} for week {@code w}. */
  Yaml text(Owned owned, int w) {
    Yaml y =
        new Yaml()
            .line(0, "checkin:")
            .kv(1, "date", fridays.get(w).toString())
            .str(1, owned.ownerKey(), owned.ownerName())
            .str(1, "quarter", quarter)
            .str(1, "author", owned.author());
    double g = owned.objectives().get(0).krs().get(0).plan().confidence()[w];
    y.kv(1, "goal_confidence", KrCatalog.trim(g));
    y.line(1, "key_results:");
    for (Objective o : owned.objectives()) {
      for (Kr k : o.krs()) {
        y.line(2, "- id: " + Yaml.q(k.id()));
        y.str(3, "current", k.plan().valueText(w))
            .kv(3, "confidence", KrCatalog.trim(k.plan().confidence()[w]))
            .str(3, "note", NOTES[r.nextInt(NOTES.length)]);
      }
    }
    if (r.nextInt(3) == 0) {
      y.line(1, "issues:").item(2, ISSUES[r.nextInt(ISSUES.length)]);
    } else {
      y.line(1, "issues: []");
    }
    y.line(1, "plan:");
    y.line(2, "- priority: " + Yaml.q(PLANS[r.nextInt(PLANS.length)]));
    y.line(3, "supports: " + Yaml.q(owned.objectives().get(0).krs().get(0).id()));
    return y;
  }
}
