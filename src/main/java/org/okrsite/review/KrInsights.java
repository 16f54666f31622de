package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrsite.config.ReviewSettings;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.review.Evidence.Ref;
import org.okrsite.score.CheckInSchedule;
import org.okrsite.score.KrScore;
import org.okrsite.score.Status;
import org.okrsite.score.StatusRule;

/**
 * Insights about single key results: high performers, at-risk, stalled, confidence drops, quick
 * wins and sunset candidates.
 */
final class KrInsights {
  /** One key result of a scope with its score. */
  record Item(Objective objective, KeyResult kr, KrScore score) {
    String name() {
      return objective.owner().name() + " " + kr.id() + " \"" + KeyResultText.label(kr) + "\"";
    }

    List<Ref> refs() {
      List<Ref> r = new ArrayList<>(List.of(Ref.keyResult(objective.id(), kr.id())));
      if (!score.history().isEmpty()) {
        String last = score.history().get(score.history().size() - 1).checkInId();
        if (last != null) r.add(Ref.checkIn(last));
      }
      return r;
    }
  }

  private final Cycle cycle;
  private final LocalDate asOf;
  private final ReviewSettings settings;
  private final double dropThreshold;
  private final CheckInSchedule schedule;

  KrInsights(
      Cycle cycle,
      LocalDate asOf,
      ReviewSettings settings,
      double dropThreshold,
      CheckInSchedule schedule) {
    this.cycle = cycle;
    this.asOf = asOf;
    this.settings = settings;
    this.dropThreshold = dropThreshold;
    this.schedule = schedule;
  }

  /** All key-result insights of a scope, grouped by kind in a fixed order. */
  List<Insight> of(List<Item> items) {
    List<Insight> out = new ArrayList<>();
    for (int kind = 0; kind < KINDS; kind++) {
      for (Item i : items) out.addAll(byKind(i).get(kind));
    }
    return out;
  }

  private static final int KINDS = 7;

  /**
   * A key result's insights by kind, made once: they depend on the key result alone, and a key
   * result is in the scope of its team, its department and the company (and its person), which
   * would otherwise each hold their own copies. Scopes are built on several threads.
   */
  private final java.util.Map<String, List<List<Insight>>> made =
      new java.util.concurrent.ConcurrentHashMap<>();

  private List<List<Insight>> byKind(Item i) {
    return made.computeIfAbsent(
        i.objective().id() + "\u0000" + i.kr().id(),
        k -> {
          List<List<Insight>> kinds = new ArrayList<>(KINDS);
          for (int kind = 0; kind < KINDS; kind++) {
            List<Insight> one = new ArrayList<>(1);
            switch (kind) {
              case 0 -> highPerformer(i, one);
              case 1 -> atRisk(i, one);
              case 2 -> diverges(i, one);
              case 3 -> stalled(i, one);
              case 4 -> drop(i, one);
              case 5 -> quickWin(i, one);
              default -> sunset(i, one);
            }
            kinds.add(one.isEmpty() ? List.of() : List.copyOf(one));
          }
          return kinds;
        });
  }

  private void highPerformer(Item i, List<Insight> out) {
    Double p = i.score().progress();
    Double e = i.score().expectedProgress();
    if (p == null || e == null || i.score().status() == Status.STALE) return;
    if (p >= 1.0 - 1e-9 || (p >= e + 0.15 && i.score().status() == Status.GREEN)) {
      out.add(
          new Insight(
              "high-performer",
              i.name() + " is at " + pct(p) + " with " + pct(e) + " of the cycle gone",
              Evidence.of("ahead of pace", i.refs())));
    }
  }

  private void atRisk(Item i, List<Insight> out) {
    Status s = i.score().status();
    if (s != Status.RED && s != Status.YELLOW) return;
    String conf =
        i.score().confidence() == null ? "" : ", confidence " + num(i.score().confidence());
    String prog =
        i.score().progress() == null
            ? ""
            : ", progress "
                + pct(i.score().progress())
                + " vs "
                + pct(i.score().expectedProgress())
                + " expected";
    // the data's reason; the confidence is said next
    String data =
        java.util.Arrays.stream(i.score().statusReason().split("; "))
            .filter(r -> !r.isEmpty() && !r.startsWith("confidence "))
            .collect(java.util.stream.Collectors.joining("; "));
    String why = data.isEmpty() ? "" : " (" + data + ")";
    out.add(
        new Insight(
            "at-risk",
            i.name() + " is " + s.label().toLowerCase(Locale.ROOT) + why + conf + prog,
            Evidence.of(s.label(), i.refs())));
  }

  /** Confidence that disagrees with the data (contract §3): shown, never averaged away. */
  private void diverges(Item i, List<Insight> out) {
    StatusRule.Divergence d = i.score().divergence();
    if (d == StatusRule.Divergence.NONE) return;
    String why = i.score().statusReason().isEmpty() ? "" : " (" + i.score().statusReason() + ")";
    out.add(
        new Insight(
            "confidence-diverges",
            i.name()
                + ": confidence "
                + num(i.score().confidence())
                + " says "
                + (d == StatusRule.Divergence.OVERCONFIDENT ? "on track" : "off track")
                + ", the data says "
                + (d == StatusRule.Divergence.OVERCONFIDENT ? "off track" : "on pace")
                + why,
            Evidence.of(d.label(), i.refs())));
  }

  private void stalled(Item i, List<Insight> out) {
    List<KrScore.Point> h = i.score().history();
    // an owner's cadence may be longer than the set-and-forget window: not due is not stalled
    long window = CascadeLint.silentWindow(settings, schedule.cadenceOf(i.objective().owner()));
    LocalDate last = h.isEmpty() ? null : h.get(h.size() - 1).date();
    boolean started = cycle.start().plusDays(window).isBefore(asOf);
    if (started && (last == null || last.plusDays(window).isBefore(asOf))) {
      out.add(
          new Insight(
              "stalled",
              i.name()
                  + (last == null
                      ? " has had no update this cycle"
                      : " has had no update since " + last),
              Evidence.of("no recent update", i.refs())));
      return;
    }
    if (h.size() >= 3 && (i.score().progress() == null || i.score().progress() < 1.0 - 1e-9)) {
      List<KrScore.Point> tail = h.subList(h.size() - 3, h.size());
      String v = String.valueOf(tail.get(0).text());
      if (tail.stream().allMatch(p -> String.valueOf(p.text()).equals(v))) {
        List<Ref> refs = new ArrayList<>(List.of(Ref.keyResult(i.objective().id(), i.kr().id())));
        for (KrScore.Point p : tail)
          if (p.checkInId() != null) refs.add(Ref.checkIn(p.checkInId()));
        String what = tail.get(0).text() == null ? "no value" : "\"" + v + "\"";
        out.add(
            new Insight(
                "stalled",
                i.name() + " has not moved in its last 3 check-ins (" + what + ")",
                Evidence.of("no movement since " + tail.get(0).date(), refs)));
      }
    }
  }

  private void drop(Item i, List<Insight> out) {
    List<KrScore.Point> h = i.score().history();
    double worst = 0;
    KrScore.Point from = null;
    KrScore.Point to = null;
    for (int k = 1; k < h.size(); k++) {
      Double a = h.get(k - 1).confidence();
      Double b = h.get(k).confidence();
      if (a == null || b == null || a - b <= worst + 1e-9) continue;
      worst = a - b;
      from = h.get(k - 1);
      to = h.get(k);
    }
    if (to == null || worst <= dropThreshold + 1e-9) return;
    List<Ref> refs = new ArrayList<>(List.of(Ref.keyResult(i.objective().id(), i.kr().id())));
    if (to.checkInId() != null) refs.add(Ref.checkIn(to.checkInId()));
    String note = to.note() == null ? "" : ": " + to.note();
    out.add(
        new Insight(
            "confidence-drop",
            i.name()
                + " confidence fell from "
                + num(from.confidence())
                + " to "
                + num(to.confidence())
                + " on "
                + to.date()
                + note,
            Evidence.of(
                "drop of "
                    + num(worst)
                    + " in one check-in (flagged above "
                    + num(dropThreshold)
                    + ")",
                refs)));
  }

  private void quickWin(Item i, List<Insight> out) {
    Double p = i.score().progress();
    if (p == null || p < 0.8 - 1e-9 || p >= 1.0 - 1e-9) return;
    out.add(
        new Insight(
            "quick-win",
            i.name() + " is at " + pct(p) + ": one push finishes it",
            Evidence.of("near complete", i.refs())));
  }

  private void sunset(Item i, List<Insight> out) {
    if (KeyResultText.isVague(i.kr())) {
      out.add(
          new Insight(
              "sunset-candidate",
              i.name() + " has no number to score; rewrite or drop it",
              Evidence.of("vague key result", i.refs())));
      return;
    }
    Double c = i.score().confidence();
    Double p = i.score().progress();
    Double e = i.score().expectedProgress();
    if (c == null || p == null || e == null || c > 0.3 + 1e-9 || p >= e / 2) return;
    out.add(
        new Insight(
            "sunset-candidate",
            i.name()
                + " is at "
                + pct(p)
                + " with confidence "
                + num(c)
                + ": discuss kill or pivot",
            Evidence.of("clearly going to miss 0.3", i.refs())));
  }

  static String pct(Double share) {
    return share == null ? "?" : Math.round(share * 100) + "%";
  }

  static String num(Double d) {
    return d == null ? "?" : org.okrsite.model.Fixed.of(d, 2).replaceAll("0$", "");
  }
}
