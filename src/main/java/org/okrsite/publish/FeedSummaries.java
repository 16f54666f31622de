package org.okrsite.publish;

import java.util.List;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Retrospective;

/**
 * The plain-text content of feed entries: a check-in's GRIP, a retrospective's scores and lessons.
 */
final class FeedSummaries {
  private FeedSummaries() {}

  /** G, R, I, P in the order people read a check-in. */
  static String checkIn(CheckIn c) {
    StringBuilder b = new StringBuilder();
    b.append("G — goal confidence: ").append(number(c.goalConfidence())).append('\n');
    for (CheckIn.Update u : c.updates()) {
      b.append("R — ")
          .append(u.ref())
          .append(": ")
          .append(u.currentText() == null ? "no value" : u.currentText());
      if (u.confidence() != null)
        b.append(" (confidence ").append(number(u.confidence())).append(')');
      if (u.note() != null) b.append(" — ").append(u.note());
      b.append('\n');
    }
    for (CheckIn.Blocker i : c.issues()) {
      b.append("I — ").append(i.text());
      if (i.need() != null) b.append(" → need ").append(i.need());
      if (i.from() != null) b.append(" from ").append(i.from());
      b.append('\n');
    }
    for (CheckIn.Priority p : c.plan()) {
      b.append("P — ").append(p.text());
      if (p.supports() != null) b.append(" → supports ").append(p.supports());
      b.append('\n');
    }
    return b.toString().strip();
  }

  static String retrospective(Retrospective r) {
    StringBuilder b = new StringBuilder();
    for (Retrospective.ScoredObjective o : r.scores()) {
      b.append("Score ").append(number(o.score())).append(" — ").append(o.objective()).append('\n');
    }
    if (r.overallAverage() != null)
      b.append("Overall average: ").append(number(r.overallAverage())).append('\n');
    list(b, "Win", r.wins());
    list(b, "Miss", r.misses());
    list(b, "Keep doing", r.keepDoing());
    list(b, "Start doing", r.startDoing());
    list(b, "Stop doing", r.stopDoing());
    list(b, "Carry forward", r.carryForward());
    list(b, "Lesson", r.lessons());
    return b.toString().strip();
  }

  private static void list(StringBuilder b, String label, List<String> items) {
    for (String s : items) b.append(label).append(" — ").append(s).append('\n');
  }

  private static String number(Double d) {
    return d == null ? "not given" : org.okrsite.model.Fixed.of(d, 2);
  }
}
