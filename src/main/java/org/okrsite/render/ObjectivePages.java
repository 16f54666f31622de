package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Vm.of(
            "card",
            cards.card(page, o),
            "cycleName",
            c.name(),
            "cycleHref",
            page.href(SitePaths.cycle(c.id())),
            "lifecycle",
            o.lifecycle() == null ? "" : o.lifecycle().yamlName(),
            "cancelledReason",
            o.cancelledReason(),
            "development",
            o.development(),
            "confidenceDrop",
            s != null && s.confidenceDrop(),
            "expected",
            Formats.percent(s == null ? null : s.expectedProgress()),
            "context",
            ctx.isEmpty() ? null : ctx,
            "keyResults",
            krs,
            "initiatives",
            o.initiatives(),
            "narrativeHtml",
            site.markdown.toHtml(o.narrative()),
            "confidenceChart",
            charts.confidence(o),
            "reviewed",
            site.review != null,
            "rubric",
            reviews.rubric(page, o),
            "findings",
            reviews.findings(page, o),
            "parents",
            parents(page, o),
            "unaligned",
            o.parents().stream().noneMatch(p -> p.targetId() != null),
            "children",
            cards.cards(page, site.children(o)),
            "dependencies",
            dependencies(page, o),
            "checkIns",
            checkIns(page, c, o)));
  }

  private List<Map<String, Object>> parents(Page page, Objective o) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ParentRef p : o.parents()) {
      String kind =
          switch (p.kind()) {
            case OBJECTIVE -> "Objective";
            case ANNUAL_GOAL -> "Annual goal";
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
      list.add(Vm.of("kind", kind, "label", label, "href", href));
    }
    return list;
  }

  /** The objective's own needs plus every contract whose provider or consumer is its owner. */
  private List<Map<String, Object>> dependencies(Page page, Objective o) {
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
    List<Map<String, Object>> list = new ArrayList<>();
    for (Dependency d : all)
      list.add(BoardPages.dependencyRow(page, site, writer, site.cycleOf(o), d));
    return list;
  }

  private List<Map<String, Object>> checkIns(Page page, Cycle c, Objective o) {
    List<Map<String, Object>> list = new ArrayList<>();
    if (o.owner() == null) return list;
    for (CheckIn ci : site.checkInsOf(c, o.owner())) {
      List<Map<String, Object>> updates = new ArrayList<>();
      for (CheckIn.Update u : ci.updates()) {
        if (o.id().equals(u.objectiveId())) {
          updates.add(
              Vm.of(
                  "kr",
                  u.krId(),
                  "value",
                  u.currentText() == null ? "–" : u.currentText(),
                  "confidence",
                  Formats.decimal(u.confidence()),
                  "note",
                  u.note()));
        }
      }
      list.add(
          Vm.of(
              "date",
              writer.when(ci.date()),
              "author",
              ci.author(),
              "goalConfidence",
              Formats.decimal(ci.goalConfidence()),
              "updates",
              updates,
              "issues",
              ci.issues(),
              "href",
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
