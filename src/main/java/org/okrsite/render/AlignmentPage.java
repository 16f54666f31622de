package org.okrsite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Cycle;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Pillar;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.StatusView;
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
    List<PillarSection> pillars = new ArrayList<>();
    Set<String> goalsShown = new HashSet<>();
    for (Pillar p : site.model.pillars()) {
      List<GoalSection> goals = new ArrayList<>();
      for (AnnualGoal g : site.model.annualGoals()) {
        if (p.id().equals(g.pillarId())) {
          goals.add(goal(page, g, objectives));
          goalsShown.add(g.id());
        }
      }
      pillars.add(
          new PillarSection(
              "pillar-" + p.id(),
              p.name(),
              p.description(),
              goals,
              nodes(page, objectives, ParentRef.Kind.PILLAR, p.id())));
    }
    List<GoalSection> otherGoals = new ArrayList<>();
    for (AnnualGoal g : site.model.annualGoals())
      if (!goalsShown.contains(g.id())) otherGoals.add(goal(page, g, objectives));
    List<Objective> unaligned =
        objectives.stream()
            .filter(o -> o.parents().stream().noneMatch(r -> r.targetId() != null))
            .toList();
    List<Tree> loose = new ArrayList<>();
    for (Objective o : unaligned) {
      List<Node> tree = new ArrayList<>();
      add(page, o, 0, tree, new HashSet<>());
      loose.add(new Tree(tree));
    }
    writer.write(
        page,
        "alignment",
        new AlignmentView(
            c.name(),
            pillars,
            otherGoals,
            cards.cards(page, unaligned),
            loose,
            cycleLinks(page, c)));
  }

  /** The view of {@code alignment.mustache}: a cycle's objectives under pillars and goals. */
  record AlignmentView(
      String cycleName,
      List<PillarSection> pillars,
      List<GoalSection> otherGoals,
      List<ObjectiveCard> unaligned,
      List<Tree> unalignedTrees,
      List<Link> cycles) {}

  /** A strategic pillar: its goals, and the objectives aligned to it directly. */
  record PillarSection(
      String anchor, String name, String description, List<GoalSection> goals, List<Node> nodes) {}

  /** An annual goal and the objectives aligned to it. */
  record GoalSection(String anchor, String id, String statement, String metric, List<Node> nodes) {}

  /** An objective that aligns to nothing, with what supports it. */
  record Tree(List<Node> nodes) {}

  /** An objective in a tree, indented by {@code depth} under the one it supports. */
  record Node(
      int depth,
      String title,
      String href,
      Link owner,
      String ownerName,
      StatusView status,
      String score) {}

  private List<Link> cycleLinks(Page page, Cycle shown) {
    return site.cyclesNewestFirst().stream()
        .map(
            x ->
                new Link(
                    x.name(), page.href(SitePaths.alignment(x.id())), x.id().equals(shown.id())))
        .toList();
  }

  private GoalSection goal(Page page, AnnualGoal g, List<Objective> objectives) {
    return new GoalSection(
        "goal-" + HomePages.anchor(g.id()),
        g.id(),
        g.statement(),
        g.successMetric(),
        nodes(page, objectives, ParentRef.Kind.ANNUAL_GOAL, g.id()));
  }

  /** Objectives pointing at a pillar or goal, each followed by its descendants, depth-first. */
  private List<Node> nodes(Page page, List<Objective> objectives, ParentRef.Kind kind, String id) {
    List<Node> out = new ArrayList<>();
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

  private void add(Page page, Objective o, int depth, List<Node> out, Set<String> seen) {
    if (depth > MAX_DEPTH || !seen.add(o.id())) return;
    var card = cards.card(page, o);
    out.add(
        new Node(
            depth,
            o.title(),
            card.href(),
            card.owner(),
            o.owner() == null ? "" : o.owner().name(),
            card.status(),
            card.score()));
    for (Objective child : site.children(o)) add(page, child, depth + 1, out, seen);
  }
}
