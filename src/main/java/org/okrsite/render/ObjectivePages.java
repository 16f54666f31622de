package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Context;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.KrView;
import org.okrsite.render.Views.Link;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.site.SitePaths;

/**
 * One page per objective: key results with their trend charts, confidence over time, the rubric
 * card and lint findings, narrative, vertical and horizontal alignment, check-ins.
 */
final class ObjectivePages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;
  private final ChartViews charts;
  private final ReviewViews reviews;

  ObjectivePages(
      SiteIndex site, PageWriter writer, Cards cards, ChartViews charts, ReviewViews reviews) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
    this.charts = charts;
    this.reviews = reviews;
  }

  /** One page per objective, rendered on all cores (pages are independent; output is by path). */
  void writeAll() {
    site.model.objectives().parallelStream().forEach(this::objective);
  }

  void objective(Objective o) {
    Cycle c = site.cycleOf(o);
    Page page = new Page(SitePaths.objective(c.id(), o.id()), o.title(), "org");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    String ownerPath = site.ownerPath(c, o.owner());
    if (ownerPath != null) page.crumb(o.owner().name(), ownerPath);
    ObjectiveScore s = site.score(o);
    List<KrView> krs = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) krs.add(cards.kr(page, o, kr, true));
    Context ctx = o.context() == null ? Context.EMPTY : o.context();
    writer.write(
        page,
        "objective",
        new ObjectivePage(
            cards.card(page, o),
            Formats.calibration(o.selfScore(), s == null ? null : s.recordedScore()),
            c.name(),
            page.href(SitePaths.cycle(c.id())),
            o.lifecycle() == null ? "" : o.lifecycle().yamlName(),
            o.cancelledReason(),
            o.development(),
            s != null && s.confidenceDrop(),
            Formats.percent(s == null ? null : s.expectedProgress()),
            ctx.isEmpty() ? null : ctx,
            krs,
            RevisionViews.of(o, writer),
            o.initiatives(),
            site.markdown.toHtml(o.narrative()),
            charts.confidence(o),
            site.review != null,
            reviews.rubric(page, o),
            reviews.findings(page, o),
            parents(page, o),
            o.parents().stream().noneMatch(p -> p.targetId() != null),
            cards.cards(page, site.children(o)),
            dependencies(page, o),
            checkIns(page, c, o)));
  }

  private List<ObjectivePage.Parent> parents(Page page, Objective o) {
    List<ObjectivePage.Parent> list = new ArrayList<>();
    for (ParentRef p : o.parents()) {
      String kind =
          switch (p.kind()) {
            case OBJECTIVE -> "Objective";
            case ANNUAL_GOAL -> p.via() == null ? "Annual goal" : "Annual goal, via " + p.via();
            case PILLAR -> "Pillar";
          };
      String href = null;
      String label = p.ref();
      if (p.targetId() != null) {
        switch (p.kind()) {
          case OBJECTIVE -> {
            Objective parent = site.model.objective(p.targetId()).orElse(null);
            if (parent != null) {
              label = parent.title();
              href = page.href(SitePaths.objective(site.cycleOf(parent).id(), parent.id()));
            }
          }
          case ANNUAL_GOAL ->
              href =
                  page.href(
                      SitePaths.alignment(site.cycleOf(o).id())
                          + "#goal-"
                          + HomePages.anchor(p.targetId()));
          case PILLAR ->
              href =
                  page.href(SitePaths.alignment(site.cycleOf(o).id()) + "#pillar-" + p.targetId());
        }
      }
      list.add(new ObjectivePage.Parent(kind, label, href));
    }
    return list;
  }

  /** The objective's own needs plus every contract whose provider or consumer is its owner. */
  private List<BoardPages.DependencyRow> dependencies(Page page, Objective o) {
    List<Dependency> all = new ArrayList<>(o.dependencies());
    String owner = o.owner() == null ? null : o.owner().name();
    for (Dependency d : site.model.dependencies()) {
      boolean mine =
          owner != null
              && (owner.equalsIgnoreCase(Cards.nz(d.provider()))
                  || owner.equalsIgnoreCase(Cards.nz(d.consumer())));
      if (mine && !all.contains(d) && (d.cycleId() == null || d.cycleId().equals(o.cycleId())))
        all.add(d);
    }
    List<BoardPages.DependencyRow> list = new ArrayList<>();
    for (Dependency d : all)
      list.add(BoardPages.dependencyRow(page, site, writer, site.cycleOf(o), d));
    return list;
  }

  private List<ObjectivePage.CheckInRow> checkIns(Page page, Cycle c, Objective o) {
    List<ObjectivePage.CheckInRow> list = new ArrayList<>();
    if (o.owner() == null) return list;
    for (CheckIn ci : site.checkInsOf(c, o.owner())) {
      List<ObjectivePage.KrUpdate> updates = new ArrayList<>();
      for (CheckIn.Update u : ci.updates()) {
        if (o.id().equals(u.objectiveId())) {
          updates.add(
              new ObjectivePage.KrUpdate(
                  u.krId(),
                  u.currentText() == null ? "–" : u.currentText(),
                  Formats.decimal(u.confidence()),
                  u.note(),
                  u.leading() == null ? "" : u.leading().text()));
        }
      }
      list.add(
          new ObjectivePage.CheckInRow(
              writer.when(ci.date()),
              ci.author(),
              Formats.decimal(ci.goalConfidence()),
              updates,
              ci.issues(),
              page.href(
                  SitePaths.week(c.id(), Formats.weekId(ci.date()))
                      + "#"
                      + CheckInViews.checkInAnchor(ci))));
    }
    return list;
  }

  static Link unitLink(Page page, Cycle c, Unit u) {
    return Link.of(u.name(), page.href(SitePaths.unit(c.id(), u.id())));
  }
}
