package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.okrsite.chart.BurnUp;
import org.okrsite.chart.ConfidenceTrend;
import org.okrsite.chart.DatedValue;
import org.okrsite.chart.KpiTrend;
import org.okrsite.chart.KrTrend;
import org.okrsite.chart.LeadingTrend;
import org.okrsite.chart.ScoreDistribution;
import org.okrsite.chart.UnitScores;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Kpi;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.KrKind;
import org.okrsite.model.Objective;
import org.okrsite.model.Quantity;
import org.okrsite.score.KrScore;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Scores;

/**
 * The model and its scores mapped into the chart package's records: pure functions, no drawing.
 * Each returns empty when the data cannot make the chart (a key result without numbers, a cycle
 * without scores), so pages simply leave the chart out.
 */
final class ChartData {
  private ChartData() {}

  /**
   * A key result's check-ins against baseline, target and pace. Only increase/decrease key results
   * with a numeric baseline and target have one; milestones and stay-above/below key results show
   * their status in words instead.
   */
  static Optional<KrTrend> krTrend(Cycle c, KeyResult kr, KrScore s) {
    if (s == null || kr.baseline() == null || kr.target() == null) return Optional.empty();
    if (kr.kind() != null && kr.kind() != KrKind.INCREASE && kr.kind() != KrKind.DECREASE)
      return Optional.empty();
    double baseline = kr.baseline().value();
    double target = kr.target().value();
    if (baseline == target) return Optional.empty();
    List<DatedValue> points = new ArrayList<>();
    for (KrScore.Point p : s.history())
      if (p.date() != null && p.value() != null)
        points.add(new DatedValue(p.date(), p.value().value()));
    // The score's forecast is progress at cycle end; the chart wants the value.
    OptionalDouble forecast =
        s.forecast() == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(baseline + s.forecast() * (target - baseline));
    return Optional.of(
        new KrTrend(
            kr.id() + " " + label(kr),
            kr.target().unit(),
            c.start(),
            c.end(),
            baseline,
            target,
            points,
            forecast));
  }

  /**
   * A key result's leading-indicator readings ({@code leading:} in its check-ins); empty without
   * any. One axis, one unit: the first reading's that has one; a reading in another unit is left
   * out (and reported as {@code leading-unit-mismatch}), a bare number agrees with any.
   */
  static Optional<LeadingTrend> leadingTrend(Cycle c, KeyResult kr, KrScore s) {
    List<Quantity> readings = leadingReadings(s);
    if (readings.isEmpty()) return Optional.empty();
    String unit =
        readings.stream().map(Quantity::unit).filter(u -> !u.isEmpty()).findFirst().orElse("");
    List<DatedValue> points = new ArrayList<>();
    for (KrScore.Point p : s.history())
      if (p.date() != null
          && p.leading() != null
          && (p.leading().unit().isEmpty() || p.leading().unit().equals(unit)))
        points.add(new DatedValue(p.date(), p.leading().value()));
    return Optional.of(
        new LeadingTrend(
            kr.id() + " " + label(kr), kr.leadingIndicator(), unit, c.start(), c.end(), points));
  }

  /** The leading-indicator readings of a key result's check-ins, oldest first. */
  static List<Quantity> leadingReadings(KrScore s) {
    List<Quantity> out = new ArrayList<>();
    if (s == null) return out;
    for (KrScore.Point p : s.history()) if (p.leading() != null) out.add(p.leading());
    return out;
  }

  /**
   * The confidence each key result of an objective was given at its check-ins; empty without any.
   */
  static Optional<ConfidenceTrend> confidence(
      Cycle c, Objective o, Scores scores, double redBelow, double greenFrom) {
    List<ConfidenceTrend.KrConfidence> krs = new ArrayList<>();
    boolean any = false;
    for (KeyResult kr : o.keyResults()) {
      List<DatedValue> points = new ArrayList<>();
      KrScore s = scores.kr(o.id(), kr.id()).orElse(null);
      if (s != null)
        for (KrScore.Point p : s.history())
          if (p.date() != null && p.confidence() != null)
            points.add(new DatedValue(p.date(), p.confidence()));
      any |= !points.isEmpty();
      krs.add(new ConfidenceTrend.KrConfidence(kr.id(), points));
    }
    if (!any) return Optional.empty();
    return Optional.of(
        new ConfidenceTrend(o.title(), c.start(), c.end(), krs, redBelow, greenFrom));
  }

  /** The mean score of scored objectives, or empty when none is scored. */
  static OptionalDouble averageScore(List<Objective> objectives, Scores scores) {
    double sum = 0;
    int n = 0;
    for (Objective o : objectives) {
      ObjectiveScore s = scores.of(o.id());
      if (s != null && s.score() != null) {
        sum += s.score();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** Bars from (label, score) pairs already in display order; empty without any. */
  static Optional<UnitScores> unitScores(String title, List<UnitScores.UnitScore> bars) {
    return bars.isEmpty() ? Optional.empty() : Optional.of(new UnitScores(title, bars));
  }

  /** Every final key-result score of a cycle's objectives; empty when none is scored. */
  static Optional<ScoreDistribution> scoreDistribution(
      Cycle c, List<Objective> objectives, Scores scores) {
    List<Double> finals = new ArrayList<>();
    for (Objective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        scores.kr(o.id(), kr.id()).map(KrScore::finalScore).ifPresent(finals::add);
      }
    }
    if (finals.isEmpty()) return Optional.empty();
    return Optional.of(new ScoreDistribution("Final key-result scores of " + c.name(), finals));
  }

  /**
   * One KPI's numeric readings across the snapshots, with the latest target; empty without numbers.
   */
  static Optional<KpiTrend> kpiTrend(Kpi latest, List<KpiDashboard> snapshots) {
    List<DatedValue> values = new ArrayList<>();
    String unit = "";
    for (KpiDashboard d : snapshots) {
      Kpi k = KpiViews.find(d, latest.name());
      if (k != null && k.current() != null) {
        values.add(new DatedValue(d.date(), k.current().value()));
        unit = k.current().unit();
      }
    }
    if (values.isEmpty()) return Optional.empty();
    Quantity target = latest.target();
    return Optional.of(
        new KpiTrend(
            latest.name(),
            unit,
            values,
            target == null ? OptionalDouble.empty() : OptionalDouble.of(target.value())));
  }

  /**
   * The average progress of a cycle's key results at the end of each week with check-ins, against
   * the straight line to cycle end. Only key results that ever reported progress count; before
   * their first reading they count as 0 (still at baseline).
   */
  static Optional<BurnUp> burnUp(
      Cycle c, List<Objective> objectives, Scores scores, List<CheckIn> checkIns, LocalDate asOf) {
    List<KrScore> tracked = new ArrayList<>();
    for (Objective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        KrScore s = scores.kr(o.id(), kr.id()).orElse(null);
        if (s != null
            && s.history().stream().anyMatch(p -> p.progress() != null && p.date() != null))
          tracked.add(s);
      }
    }
    TreeMap<String, LocalDate> weekEnds = new TreeMap<>();
    for (CheckIn ci : checkIns) {
      if (ci.date() == null || ci.date().isAfter(asOf)) continue;
      weekEnds.merge(Formats.weekId(ci.date()), ci.date(), (a, b) -> a.isAfter(b) ? a : b);
    }
    if (tracked.isEmpty() || weekEnds.isEmpty()) return Optional.empty();
    List<DatedValue> points = new ArrayList<>();
    for (LocalDate day : weekEnds.values()) {
      double sum = 0;
      for (KrScore s : tracked) sum += progressOn(s, day);
      points.add(new DatedValue(day, sum / tracked.size()));
    }
    return Optional.of(
        new BurnUp(
            "Average progress of " + c.name() + " (" + tracked.size() + " key results)",
            c.start(),
            c.end(),
            points));
  }

  private static double progressOn(KrScore s, LocalDate day) {
    double progress = 0;
    LocalDate latest = null;
    for (KrScore.Point p : s.history()) {
      if (p.date() == null || p.progress() == null || p.date().isAfter(day)) continue;
      if (latest == null || !p.date().isBefore(latest)) {
        latest = p.date();
        progress = p.progress();
      }
    }
    return Math.max(0, Math.min(1, progress));
  }

  private static String label(KeyResult kr) {
    if (kr.metric() != null) return kr.metric();
    return kr.text() == null ? "" : kr.text();
  }
}
