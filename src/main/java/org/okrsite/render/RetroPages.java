package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Link;
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
    List<Map<String, Object>> units = new ArrayList<>();
    for (Unit u : site.units()) {
      List<Objective> os = site.objectivesOf(c, u.level(), u.id());
      boolean hasRetro = !retros(c, u).isEmpty();
      if (os.isEmpty() && !hasRetro) continue;
      units.add(
          Vm.of(
              "name",
              u.name(),
              "href",
              page.href(SitePaths.retro(c.id(), u.id())),
              "hasRetro",
              hasRetro,
              "rows",
              scoreRows(page, os)));
    }
    List<Link> all =
        site.units().stream()
            .map(u -> Link.of(u.name(), page.href(SitePaths.retro(c.id(), u.id()))))
            .toList();
    writer.write(
        page,
        "retros",
        Vm.of(
            "cycleName",
            c.name(),
            "average",
            HomePages.average(site, c),
            "distribution",
            charts.scoreDistribution(c),
            "units",
            units,
            "all",
            all,
            "ended",
            c.end().isBefore(site.asOf())));
  }

  private List<Map<String, Object>> scoreRows(Page page, List<Objective> os) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Objective o : os) {
      var card = cards.card(page, o);
      rows.add(
          Vm.of(
              "title",
              o.title(),
              "href",
              card.href(),
              "score",
              card.score(),
              "recorded",
              card.recordedScore(),
              "status",
              card.status()));
    }
    return rows;
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
    List<Map<String, Object>> objectives = new ArrayList<>();
    for (Objective o : site.objectivesOf(c, u.level(), u.id())) {
      List<Map<String, Object>> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        KrScore s = site.scores.kr(o.id(), kr.id()).orElse(null);
        krs.add(
            Vm.of(
                "id",
                kr.id(),
                "metric",
                kr.metric(),
                "baseline",
                Cards.text(kr.baseline(), null),
                "target",
                Cards.text(kr.target(), null),
                "actual",
                s == null ? "–" : Cards.text(s.current(), s.currentText()),
                "computed",
                Formats.decimal(s == null ? null : s.computedScore()),
                "recorded",
                Formats.decimal(s == null ? null : s.recordedScore()),
                "final",
                Formats.decimal(s == null ? null : s.finalScore()),
                "narrative",
                kr.narrative()));
      }
      objectives.add(Vm.of("card", cards.card(page, o), "krs", krs));
    }
    List<Map<String, Object>> retros = new ArrayList<>();
    for (Retrospective r : retros(c, u)) {
      retros.add(
          Vm.of(
              "date",
              writer.when(r.date()),
              "scores",
              r.scores(),
              "average",
              Formats.decimal(r.overallAverage()),
              "wins",
              r.wins(),
              "misses",
              r.misses(),
              "keep",
              r.keepDoing(),
              "start",
              r.startDoing(),
              "stop",
              r.stopDoing(),
              "carry",
              r.carryForward(),
              "lessons",
              r.lessons(),
              "narrativeHtml",
              site.markdown.toHtml(r.narrative())));
    }
    writer.write(
        page,
        "retro",
        Vm.of(
            "name",
            u.name(),
            "cycleName",
            c.name(),
            "objectives",
            objectives,
            "retros",
            retros,
            "unitHref",
            page.href(SitePaths.unit(c.id(), u.id()))));
  }
}
