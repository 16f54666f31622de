package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.StatusView;
import org.okrsite.render.Views.When;
import org.okrsite.score.KrScore;
import org.okrsite.site.SitePaths;

/**
 * End-of-cycle scores and retrospectives, per unit and for the company: computed and recorded
 * scores side by side, wins, misses, keep / start / stop, carry-forward and lessons.
 */
final class RetroPages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;
  private final ChartViews charts;

  RetroPages(SiteIndex site, PageWriter writer, Cards cards, ChartViews charts) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
    this.charts = charts;
    for (Retrospective r : site.model.retrospectives()) {
      if (r.owner() != null && r.cycleId() != null) {
        byCycleAndOwner
            .computeIfAbsent(new CycleOwner(r.cycleId(), r.owner().id()), k -> new ArrayList<>())
            .add(r);
      }
    }
  }

  /**
   * The view of {@code retros.mustache}: the cycle's average, score distribution and each unit's
   * objective scores.
   */
  record RetrosView(
      String cycleName,
      String average,
      ChartView distribution,
      List<UnitScores> units,
      List<Link> all,
      boolean ended) {}

  /**
   * A unit's objectives with computed and recorded scores; {@code hasRetro} when it wrote one,
   * {@code hasSelf} when an objective has a self score (the table then shows them).
   */
  record UnitScores(
      String name, String href, boolean hasRetro, boolean hasSelf, List<ScoreRow> rows) {}

  /**
   * An objective's computed and recorded score, its self score against the agreed one ("" without a
   * self score) and its status.
   */
  record ScoreRow(
      String title,
      String href,
      String score,
      String recorded,
      String calibration,
      StatusView status) {}

  /** The view of {@code retro.mustache}: a unit's end-of-cycle scores and retrospectives. */
  record RetroView(
      String name,
      String cycleName,
      List<Scored> objectives,
      List<RetroText> retros,
      String unitHref) {}

  /**
   * An objective's card and its key results' scores; {@code calibration} is its self score against
   * the agreed one ("" without a self score), {@code hasSelf} when it or a key result has one.
   */
  record Scored(ObjectiveCard card, String calibration, boolean hasSelf, List<KrScoreRow> krs) {}

  /**
   * A key result's baseline, target, actual and computed, recorded and final scores, and its self
   * score against the agreed one ("self 0.80, agreed 0.60: −0.20", "" without a self score);
   * templates read the final one as {@code {{final}}} ({@link #getFinal}), a name Java keeps for
   * itself.
   */
  record KrScoreRow(
      String id,
      String metric,
      String baseline,
      String target,
      String actual,
      String computed,
      String recorded,
      String calibration,
      String finalScore,
      String narrative) {
    public String getFinal() {
      return finalScore;
    }
  }

  /** One retrospective as written: scores, wins, misses, keep / start / stop, carry, lessons. */
  record RetroText(
      When date,
      List<Retrospective.ScoredObjective> scores,
      String average,
      List<String> wins,
      List<String> misses,
      List<String> keep,
      List<String> start,
      List<String> stop,
      List<String> carry,
      List<String> lessons,
      String narrativeHtml) {}

  void writeAll() {
    for (Cycle c : site.cyclesNewestFirst()) {
      index(c);
      site.units().parallelStream().forEach(u -> unit(c, u));
    }
  }

  private void index(Cycle c) {
    Page page =
        new Page(SitePaths.retros(c.id()), "Retrospectives & scores — " + c.name(), "retros");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    List<UnitScores> units = new ArrayList<>();
    for (Unit u : site.units()) {
      List<Objective> os = site.objectivesOf(c, u.level(), u.id());
      boolean hasRetro = !retros(c, u).isEmpty();
      if (os.isEmpty() && !hasRetro) continue;
      List<ScoreRow> rows = scoreRows(page, os);
      units.add(
          new UnitScores(
              u.name(),
              page.href(SitePaths.retro(c.id(), u.id())),
              hasRetro,
              rows.stream().anyMatch(r -> !r.calibration().isEmpty()),
              rows));
    }
    List<Link> all =
        site.units().stream()
            .map(u -> Link.of(u.name(), page.href(SitePaths.retro(c.id(), u.id()))))
            .toList();
    writer.write(
        page,
        "retros",
        new RetrosView(
            c.name(),
            HomePages.average(site, c),
            charts.scoreDistribution(c),
            units,
            all,
            c.end().isBefore(site.asOf())));
  }

  private List<ScoreRow> scoreRows(Page page, List<Objective> os) {
    List<ScoreRow> rows = new ArrayList<>();
    for (Objective o : os) {
      var card = cards.card(page, o);
      rows.add(
          new ScoreRow(
              o.title(),
              card.href(),
              card.score(),
              card.recordedScore(),
              calibration(o),
              card.status()));
    }
    return rows;
  }

  /** The objective's self score against its agreed one, or "" without a self score. */
  private String calibration(Objective o) {
    var s = site.score(o);
    return Formats.calibration(o.selfScore(), s == null ? null : s.recordedScore());
  }

  /** Retrospectives by cycle id and owner id, in content order: one pass, not one per unit. */
  private final Map<CycleOwner, List<Retrospective>> byCycleAndOwner = new java.util.HashMap<>();

  private record CycleOwner(String cycle, String ownerId) {}

  private List<Retrospective> retros(Cycle c, Unit u) {
    return byCycleAndOwner.getOrDefault(new CycleOwner(c.id(), u.id()), List.of());
  }

  private void unit(Cycle c, Unit u) {
    Page page =
        new Page(
            SitePaths.retro(c.id(), u.id()),
            "Retrospective — " + u.name() + " — " + c.name(),
            "retros");
    page.crumb("Home", SitePaths.HOME)
        .crumb(c.name(), SitePaths.cycle(c.id()))
        .crumb("Retrospectives & scores", SitePaths.retros(c.id()));
    List<Scored> objectives = new ArrayList<>();
    for (Objective o : site.objectivesOf(c, u.level(), u.id())) {
      List<KrScoreRow> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        KrScore s = site.scores.kr(o.id(), kr.id()).orElse(null);
        krs.add(
            new KrScoreRow(
                kr.id(),
                kr.metric(),
                Cards.text(kr.baseline(), null),
                Cards.text(kr.target(), null),
                s == null ? "–" : Cards.text(s.current(), s.currentText()),
                Formats.decimal(s == null ? null : s.computedScore()),
                Formats.decimal(s == null ? null : s.recordedScore()),
                Formats.calibration(kr.selfScore(), s == null ? null : s.recordedScore()),
                Formats.decimal(s == null ? null : s.finalScore()),
                kr.narrative()));
      }
      String calibration = calibration(o);
      boolean hasSelf =
          !calibration.isEmpty() || krs.stream().anyMatch(k -> !k.calibration().isEmpty());
      objectives.add(new Scored(cards.card(page, o), calibration, hasSelf, krs));
    }
    List<RetroText> retros = new ArrayList<>();
    for (Retrospective r : retros(c, u)) {
      retros.add(
          new RetroText(
              writer.when(r.date()),
              r.scores(),
              Formats.decimal(r.overallAverage()),
              r.wins(),
              r.misses(),
              r.keepDoing(),
              r.startDoing(),
              r.stopDoing(),
              r.carryForward(),
              r.lessons(),
              site.markdown.toHtml(r.narrative())));
    }
    writer.write(
        page,
        "retro",
        new RetroView(
            u.name(), c.name(), objectives, retros, page.href(SitePaths.unit(c.id(), u.id()))));
  }
}
