package org.okrsite.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic key-result shapes for the synthetic organisation: a metric, a unit, a direction and a
 * plausible baseline range, and the weekly values of one key result drawn from them.
 */
final class KrCatalog {
  private KrCatalog() {}

  /** How a value of a unit is written: {@code 41.5%}, {@code 3.2 days}, {@code $450K}, ... */
  enum Unit {
    PERCENT,
    DAYS,
    DOLLARS_K,
    PER_MONTH,
    MS,
    COUNT;

    String format(double v) {
      return switch (this) {
        case PERCENT -> trim(KrCatalog.round(v, 1)) + "%";
        case DAYS -> trim(KrCatalog.round(v, 1)) + " days";
        case DOLLARS_K -> "$" + Math.round(v) + "K";
        case PER_MONTH -> Math.round(v) + "/month";
        case MS -> Math.round(v) + " ms";
        case COUNT -> grouped(Math.round(v));
      };
    }

    /** Values the unit is written with: whole numbers except % and days. */
    double round(double v) {
      return this == PERCENT || this == DAYS ? KrCatalog.round(v, 1) : Math.round(v);
    }
  }

  /** One kind of key result: increase when {@code upFactor > 1}, else decrease. */
  record Shape(
      String metric,
      String measurement,
      Unit unit,
      double lo,
      double hi,
      double upFactor,
      boolean cap) {
    boolean decreasing() {
      return upFactor < 1;
    }
  }

  static final List<Shape> TEAM =
      List.of(
          new Shape(
              "Weekly active accounts",
              "Accounts with 3+ active members in a calendar week",
              Unit.COUNT,
              800,
              6000,
              1.4,
              false),
          new Shape(
              "Trial-to-paid conversion within 14 days",
              "Paid accounts / trials started, 14-day window",
              Unit.PERCENT,
              4,
              12,
              1.7,
              false),
          new Shape(
              "New accounts activated within 7 days",
              "Accounts creating a project and inviting a teammate in 7 days",
              Unit.PERCENT,
              30,
              55,
              1.4,
              false),
          new Shape(
              "Qualified pipeline created",
              "Stage-2 opportunities opened this quarter (CRM)",
              Unit.DOLLARS_K,
              200,
              900,
              1.6,
              false),
          new Shape(
              "Product-qualified accounts",
              "Trial accounts over the activation and seat-growth threshold",
              Unit.PER_MONTH,
              40,
              200,
              1.8,
              false),
          new Shape(
              "Net revenue retention",
              "Trailing-twelve-month NRR from the finance model",
              Unit.PERCENT,
              98,
              108,
              1.06,
              false),
          new Shape(
              "Self-serve share of new ARR",
              "New ARR without a sales touch / all new ARR",
              Unit.PERCENT,
              25,
              45,
              1.5,
              false),
          new Shape(
              "Expansion revenue",
              "Upsell and seat growth booked this quarter",
              Unit.DOLLARS_K,
              60,
              300,
              1.5,
              false),
          new Shape(
              "Time to first value",
              "Median from signup to first meaningful action",
              Unit.DAYS,
              4,
              9,
              0.35,
              true),
          new Shape(
              "p95 API latency",
              "95th percentile of API response time, weekly",
              Unit.MS,
              300,
              900,
              0.55,
              true),
          new Shape(
              "Monthly churn rate",
              "Revenue churned in the month / MRR at start of month",
              Unit.PERCENT,
              3,
              6,
              0.6,
              true),
          new Shape(
              "Support tickets",
              "Tickets opened per month across all channels",
              Unit.PER_MONTH,
              300,
              900,
              0.7,
              false),
          new Shape(
              "Cycle time",
              "Median time from first commit to production",
              Unit.DAYS,
              3,
              8,
              0.5,
              true),
          new Shape(
              "Infrastructure cost",
              "Monthly cloud bill for production",
              Unit.DOLLARS_K,
              40,
              160,
              0.8,
              false),
          new Shape(
              "Page load time",
              "Median largest contentful paint, dashboard page",
              Unit.MS,
              1200,
              2600,
              0.6,
              true));

  static final List<Shape> PERSON =
      List.of(
          new Shape(
              "Experiments designed and read out",
              "Experiments with my hypothesis, sizing and readout",
              Unit.COUNT,
              0,
              0,
              6,
              false),
          new Shape(
              "Customer interviews held",
              "Interviews with notes in the research repository",
              Unit.COUNT,
              0,
              0,
              12,
              false),
          new Shape(
              "Readouts rated clear and actionable",
              "Share rated 4+ of 5 by the people acting on them",
              Unit.PERCENT,
              40,
              60,
              1.6,
              false),
          new Shape(
              "Review turnaround",
              "Median time from review request to first review",
              Unit.DAYS,
              2,
              4,
              0.4,
              true),
          new Shape(
              "Flaky tests in my area",
              "Tests quarantined as flaky in the owned modules",
              Unit.COUNT,
              12,
              30,
              0.3,
              false),
          new Shape(
              "Slow queries over budget",
              "p95 of the owned endpoints",
              Unit.MS,
              250,
              600,
              0.6,
              true),
          new Shape(
              "Accounts onboarded personally",
              "Accounts reaching first value with my help",
              Unit.PER_MONTH,
              4,
              10,
              2.0,
              false),
          new Shape(
              "Deals advanced to proposal",
              "Opportunities I moved to stage 4",
              Unit.DOLLARS_K,
              50,
              200,
              1.8,
              false));

  /** A planned key result: its values and confidence for each week of the cycle. */
  record Plan(
      Shape shape,
      double baseline,
      double target,
      String baselineText,
      String targetText,
      double[] weekly,
      double[] confidence) {
    String valueText(int week) {
      return shape.unit().format(weekly[week]);
    }
  }

  /** Draws a baseline, a target and a weekly path for {@code weeks} weeks. */
  static Plan plan(Shape s, Random r, int weeks) {
    double baseline;
    double target;
    if (s.lo() == 0 && s.hi() == 0) {
      baseline = 0;
      target = Math.round(s.upFactor() * (0.6 + 0.8 * r.nextDouble()));
      if (target < 2) target = 2;
    } else {
      baseline = s.unit().round(s.lo() + (s.hi() - s.lo()) * r.nextDouble());
      target = s.unit().round(baseline * s.upFactor() * (0.9 + 0.2 * r.nextDouble()));
      if (target == baseline)
        target = s.unit().round(s.decreasing() ? baseline * 0.5 : baseline * 2 + 1);
    }
    String baselineText = s.unit().format(baseline);
    String targetText = (s.cap() ? "< " : "") + s.unit().format(target);
    double achieve = 0.35 + 0.8 * r.nextDouble();
    double[] weekly = new double[weeks];
    double[] conf = new double[weeks];
    double c = 0.4 + 0.1 * r.nextInt(5);
    for (int w = 0; w < weeks; w++) {
      double expected = (w + 1) / (double) weeks;
      double progress = expected * achieve + (r.nextDouble() - 0.5) * 0.08;
      weekly[w] = Math.max(0, s.unit().round(baseline + (target - baseline) * progress));
      c = Math.min(0.9, Math.max(0.1, c + (r.nextInt(5) - 2) * 0.05));
      conf[w] = Math.round(c * 100) / 100.0;
    }
    return new Plan(s, baseline, target, baselineText, targetText, weekly, conf);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  /** {@code 41.0} → {@code 41}, {@code 3.25} stays. */
  static String trim(double v) {
    if (v == Math.rint(v)) return Long.toString((long) v);
    return String.format(Locale.ROOT, "%s", v);
  }

  static String grouped(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
