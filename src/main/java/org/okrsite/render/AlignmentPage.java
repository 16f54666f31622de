package org.okrsite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Cycle;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Pillar;
import org.okrsite.site.SitePaths;

/**
 * How every objective of a cycle connects upward: pillars → annual goals → objectives → their
 * children, drawn as indented lists; objectives that align to nothing are listed as such.
 */
final class AlignmentPage {
  private static final int MAX_DEPTH = 6;
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;

  AlignmentPage(SiteIndex site, PageWriter writer, Cards cards) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
  }

  void writeAll() {
    for (Cycle c : site.cyclesNewestFirst()) write(c);
  }

  private void write(Cycle c) {
    Page page = new Page(SitePaths.alignment(c.id()), "Alignment map — " + c.name(), "alignment");
    page.crumb("Home", SitePaths.HOME).crumb(c.name(), SitePaths.cycle(c.id()));
    List<Objective> objectives = site.objectives(c);
    List<Map<String, Object>> pillars = new ArrayList<>();
    Set<String> goalsShown = new HashSet<>();
    for (Pillar p : site.model.pillars()) {
      List<Map<String, Object>> goals = new ArrayList<>();
      for (AnnualGoal g : site.model.annualGoals()) {
        if (p.id().equals(g.pillarId())) {
          goals.add(goal(page, g, objectives));
          goalsShown.add(g.id());
        }
      }
      pillars.add(
          Vm.of(
              "anchor",
              "pillar-" + p.id(),
              "name",
              p.name(),
              "description",
              p.description(),
              "goals",
              goals,
              "nodes",
              nodes(page, objectives, ParentRef.Kind.PILLAR, p.id())));
    }
    List<Map<String, Object>> otherGoals = new ArrayList<>();
    for (AnnualGoal g : site.model.annualGoals())
      if (!goalsShown.contains(g.id())) otherGoals.add(goal(page, g, objectives));
    List<Objective> unaligned =
        objectives.stream()
            .filter(o -> o.parents().stream().noneMatch(r -> r.targetId() != null))
            .toList();
    List<Map<String, Object>> loose = new ArrayList<>();
    for (Objective o : unaligned) {
      List<Map<String, Object>> tree = new ArrayList<>();
      add(page, o, 0, tree, new HashSet<>());
      loose.add(Vm.of("nodes", tree));
    }
    writer.write(
        page,
        "alignment",
        Vm.of(
            "cycleName",
            c.name(),
            "pillars",
            pillars,
            "otherGoals",
            otherGoals,
            "unaligned",
            cards.cards(page, unaligned),
            "unalignedTrees",
            loose,
            "cycles",
            cycleLinks(page, c)));
  }

  private List<Views.Link> cycleLinks(Page page, Cycle shown) {
    return site.cyclesNewestFirst().stream()
        .map(
            x ->
                new Views.Link(
                    x.name(), page.href(SitePaths.alignment(x.id())), x.id().equals(shown.id())))
        .toList();
  }

  private Map<String, Object> goal(Page page, AnnualGoal g, List<Objective> objectives) {
    return Vm.of(
        "anchor",
        "goal-" + HomePages.anchor(g.id()),
        "id",
        g.id(),
        "statement",
        g.statement(),
        "metric",
        g.successMetric(),
        "nodes",
        nodes(page, objectives, ParentRef.Kind.ANNUAL_GOAL, g.id()));
  }

  /** Objectives pointing at a pillar or goal, each followed by its descendants, depth-first. */
  private List<Map<String, Object>> nodes(
      Page page, List<Objective> objectives, ParentRef.Kind kind, String id) {
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Objective x : objectives) ids.add(x.id());
    for (Objective o : objectives) {
      boolean direct =
          o.parents().stream().anyMatch(r -> r.kind() == kind && id.equals(r.targetId()));
      boolean viaObjective =
          o.parents().stream()
              .anyMatch(r -> r.kind() == ParentRef.Kind.OBJECTIVE && ids.contains(r.targetId()));
      // An objective under a parent objective of the same cycle is drawn beneath that parent, not
      // twice.
      if (direct && !viaObjective) add(page, o, 0, out, new HashSet<>());
    }
    return out;
  }

  private void add(
      Page page, Objective o, int depth, List<Map<String, Object>> out, Set<String> seen) {
    if (depth > MAX_DEPTH || !seen.add(o.id())) return;
    var card = cards.card(page, o);
    out.add(
        Vm.of(
            "depth",
            depth,
            "title",
            o.title(),
            "href",
            card.href(),
            "owner",
            card.owner(),
            "ownerName",
            o.owner() == null ? "" : o.owner().name(),
            "status",
            card.status(),
            "score",
            card.score()));
    for (Objective child : site.children(o)) add(page, child, depth + 1, out, seen);
  }
}
