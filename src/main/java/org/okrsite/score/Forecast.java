package org.okrsite.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.okrsite.model.Cycle;

/**
 * The progress a key result will have at cycle end if its trend holds: a least-squares line through
 * its check-ins (through the cycle start at progress 0 when there is only one).
 */
final class Forecast {
  private Forecast() {}

  /** Null when there is no check-in with a progress value. */
  static Double atEnd(Cycle cycle, List<KrScore.Point> points) {
    List<KrScore.Point> ps = points.stream().filter(p -> p.progress() != null).toList();
    if (ps.isEmpty()) return null;
    double end = ChronoUnit.DAYS.between(cycle.start(), cycle.end()) + 1;
    if (ps.size() == 1) {
      double t = day(cycle.start(), ps.get(0).date());
      return t <= 0 ? null : ps.get(0).progress() / t * end;
    }
    double n = ps.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (KrScore.Point p : ps) {
      double x = day(cycle.start(), p.date());
      sx += x;
      sy += p.progress();
      sxx += x * x;
      sxy += x * p.progress();
    }
    double den = n * sxx - sx * sx;
    if (Math.abs(den) < 1e-12) return ps.get(ps.size() - 1).progress();
    double slope = (n * sxy - sx * sy) / den;
    double intercept = (sy - slope * sx) / n;
    return intercept + slope * end;
  }

  private static double day(LocalDate start, LocalDate d) {
    return ChronoUnit.DAYS.between(start, d) + 1;
  }
}
