package org.okrsite.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.okrsite.model.Cycle;
import org.okrsite.model.Model;

/** Which cycle the review looks at, and the one before it. */
final class Cycles {
  private Cycles() {}

  /**
   * The cycle under review as of a date: one that contains it and has objectives (the shortest such
   * when custom cycles overlap quarters), else the latest that has started.
   */
  static Optional<Cycle> current(Model model, LocalDate asOf) {
    Optional<Cycle> running =
        model.cycles().stream()
            .filter(c -> c.contains(asOf) && hasObjectives(model, c))
            .min(Comparator.comparingLong(Cycle::days).thenComparing(Cycle::id));
    if (running.isPresent()) return running;
    return model.cycles().stream()
        .filter(c -> !c.start().isAfter(asOf) && hasObjectives(model, c))
        .max(Comparator.comparing(Cycle::start).thenComparing(Cycle::id));
  }

  /** The latest cycle with objectives that ended before {@code cycle} started. */
  static Optional<Cycle> previous(Model model, Cycle cycle) {
    return model.cycles().stream()
        .filter(c -> c.end().isBefore(cycle.start()) && hasObjectives(model, c))
        .max(Comparator.comparing(Cycle::end).thenComparing(Cycle::id));
  }

  private static boolean hasObjectives(Model model, Cycle c) {
    return model.objectives().stream().anyMatch(o -> c.id().equals(o.cycleId()));
  }
}
