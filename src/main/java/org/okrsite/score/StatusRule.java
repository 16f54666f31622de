package org.okrsite.score;

import org.okrsite.config.Settings;
import org.okrsite.model.KrKind;

/**
 * Status during a cycle from the data and the confidence together (contract §3).
 *
 * <p>A key result is <b>off track</b> when it breaches its band (stay above/below), has regressed
 * past its baseline, or is far behind its expected pace (progress more than {@code
 * scoring.far_behind}, 0.3, behind the share of the cycle elapsed). It is <b>at risk</b> when it
 * lags its pace (more than {@code scoring.behind}, 0.1, behind) or its latest confidence is below
 * {@code scoring.green} (0.7). Otherwise it is <b>on track</b>. A done milestone or a measured
 * baseline is on track whatever the confidence. Without data the confidence alone decides, and
 * without either the status is unknown.
 *
 * <p>Confidence that disagrees with the data is a {@link Divergence}: at or above {@code
 * scoring.green} on a key result the data puts off track, or below {@code scoring.yellow} (0.4) on
 * one the data puts on pace.
 *
 * <pre>{@code
 * StatusRule rule = new StatusRule(settings);
 * StatusRule.Verdict v = rule.keyResult(KrKind.INCREASE, 0.05, 0.59, 0.95);
 * // v.status() == RED, v.reason() == "far behind pace: 5% of the way at 59% of the cycle",
 * // v.divergence() == OVERCONFIDENT
 * }</pre>
 */
public final class StatusRule {
  private final double confident;
  private final double doubtful;
  private final double behind;
  private final double farBehind;

  public StatusRule(Settings settings) {
    this(settings.green(), settings.yellow(), settings.behind(), settings.farBehind());
  }

  StatusRule(double confident, double doubtful, double behind, double farBehind) {
    this.confident = confident;
    this.doubtful = doubtful;
    this.behind = behind;
    this.farBehind = farBehind;
  }

  /** Confidence that disagrees with the data. */
  public enum Divergence {
    NONE("", ""),
    /** Confident, while the data is off track. */
    OVERCONFIDENT("overconfident", "confidence says on track; the data says off track"),
    /** Doubtful, while the data is on pace. */
    UNDERCONFIDENT("underconfident", "confidence says off track; the data says on pace");

    private final String key;
    private final String label;

    Divergence(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** The word used in JSON: overconfident, underconfident, or empty. */
    public String key() {
      return key;
    }

    public String label() {
      return label;
    }
  }

  /** A status, the reason in words (empty when nothing needs saying) and any divergence. */
  public record Verdict(Status status, String reason, Divergence divergence) {}

  private enum Data {
    NONE,
    ON_TRACK,
    COMPLETE,
    LAGGING,
    OFF_TRACK
  }

  /**
   * The status of a key result of kind {@code kind} with unclamped {@code progress} (null: no data)
   * when {@code expected} of the cycle has elapsed (null: no pace applies), given its latest {@code
   * confidence} (null: none).
   */
  public Verdict keyResult(KrKind kind, Double progress, Double expected, Double confidence) {
    Data data = Data.NONE;
    String why = "";
    if (kind != null && progress != null && Double.isFinite(progress)) {
      switch (kind) {
        case STAY_ABOVE, STAY_BELOW -> {
          boolean held = progress >= 1 - 1e-9;
          data = held ? Data.ON_TRACK : Data.OFF_TRACK;
          why = held ? "" : "breaches its band";
        }
        case MILESTONE, BASELINE -> data = progress >= 1 - 1e-9 ? Data.COMPLETE : Data.NONE;
        case INCREASE, DECREASE -> {
          double gap = expected == null ? 0 : expected - progress;
          if (progress < -1e-9) {
            data = Data.OFF_TRACK;
            why = "regressed past its baseline";
          } else if (gap > farBehind + 1e-9) {
            data = Data.OFF_TRACK;
            why = "far behind pace: " + ofTheWay(progress, expected);
          } else if (gap > behind + 1e-9) {
            data = Data.LAGGING;
            why = "behind pace: " + ofTheWay(progress, expected);
          } else {
            data = Data.ON_TRACK;
          }
        }
      }
    }
    boolean low = confidence != null && confidence < confident - 1e-9;
    String lowWhy =
        low ? "confidence " + decimal(confidence) + " is below " + decimal(confident) : "";
    return switch (data) {
      case OFF_TRACK ->
          new Verdict(
              Status.RED,
              why,
              confidence != null && !low ? Divergence.OVERCONFIDENT : Divergence.NONE);
      case LAGGING -> new Verdict(Status.YELLOW, low ? why + "; " + lowWhy : why, Divergence.NONE);
      case COMPLETE -> new Verdict(Status.GREEN, "", Divergence.NONE);
      case ON_TRACK ->
          new Verdict(
              low ? Status.YELLOW : Status.GREEN,
              lowWhy,
              confidence != null && confidence < doubtful - 1e-9
                  ? Divergence.UNDERCONFIDENT
                  : Divergence.NONE);
      case NONE ->
          confidence == null
              ? new Verdict(Status.UNKNOWN, "", Divergence.NONE)
              : new Verdict(low ? Status.YELLOW : Status.GREEN, lowWhy, Divergence.NONE);
    };
  }

  /**
   * The status a key result had at the end of {@code day}, from its check-ins up to then (the
   * readings before any check-in are not known): what "last week" meant on the changes page and in
   * the insights' trend.
   */
  public Status at(KrKind kind, KrScore s, org.okrsite.model.Cycle cycle, java.time.LocalDate day) {
    Double progress = null;
    Double confidence = null;
    for (KrScore.Point p : s.history()) {
      if (p.date().isAfter(day)) break;
      if (p.progress() != null) progress = p.progress();
      if (p.confidence() != null) confidence = p.confidence();
    }
    boolean trending = kind == KrKind.INCREASE || kind == KrKind.DECREASE;
    Double expected = trending ? KeyResultMath.round2(cycle.elapsed(day)) : null;
    return keyResult(kind, progress, expected, confidence).status();
  }

  /**
   * An objective's status from its key results' (weights as written, null counting 1) and the
   * owner's goal confidence: off track when off-track key results carry at least half the weight of
   * those with a status, at risk when any is off track or at risk or the goal confidence is below
   * {@code scoring.green}, on track when all are; unknown when none has a status and there is no
   * goal confidence.
   */
  public Status objective(
      java.util.List<Status> krs, java.util.List<Double> weights, Double goalConfidence) {
    double known = 0;
    double red = 0;
    boolean anyRisk = false;
    for (int i = 0; i < krs.size(); i++) {
      Status s = krs.get(i);
      if (s != Status.GREEN && s != Status.YELLOW && s != Status.RED) continue;
      Double w = i < weights.size() ? weights.get(i) : null;
      double weight = w == null ? 1.0 : w;
      known += weight;
      if (s == Status.RED) red += weight;
      if (s != Status.GREEN) anyRisk = true;
    }
    boolean low = goalConfidence != null && goalConfidence < confident - 1e-9;
    if (known == 0) {
      if (goalConfidence == null) return Status.UNKNOWN;
      return low ? Status.YELLOW : Status.GREEN;
    }
    if (red > 0 && red >= known / 2 - 1e-9) return Status.RED;
    return anyRisk || low ? Status.YELLOW : Status.GREEN;
  }

  private static String ofTheWay(double progress, double expected) {
    return percent(progress) + " of the way at " + percent(expected) + " of the cycle";
  }

  private static String decimal(double d) {
    return String.format(java.util.Locale.ROOT, "%.2f", d);
  }

  private static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }
}
