package org.okrsite.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.okrsite.model.Alignment;
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
      Set<String> underGoals = new HashSet<>();
      for (GoalSection g : goals) for (Node n : g.nodes()) underGoals.add(n.href());
      pillars.add(
          new PillarSection(
              "pillar-" + p.id(),
              p.name(),
              p.description(),
              goals,
              withoutTrees(nodes(page, objectives, ParentRef.Kind.PILLAR, p.id()), underGoals)));
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

  /**
   * A strategic pillar: its goals, and the objectives aligned to it directly that none of its goals
   * lists already.
   */
  record PillarSection(
      String anchor, String name, String description, List<GoalSection> goals, List<Node> nodes) {}

  /** An annual goal and the objectives aligned to it. */
  record GoalSection(String anchor, String id, String statement, String metric, List<Node> nodes) {}

  /** An objective that aligns to nothing, with what supports it. */
  record Tree(List<Node> nodes) {}

  /**
   * An objective in a tree, indented by {@code depth} under the one it supports; {@code via} names
   * the key results through which it aligns ("KR4"), null when the objective itself does.
   */
  record Node(
      int depth,
      String title,
      String via,
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

  /**
   * Objectives naming a pillar or goal (themselves or through a key result), each followed by its
   * descendants, depth-first. One whose parent objective (or an ancestor) also names it is drawn
   * beneath that ancestor, not twice; one whose parents align elsewhere is listed here too, since
   * it says it serves this one.
   */
  private List<Node> nodes(Page page, List<Objective> objectives, ParentRef.Kind kind, String id) {
    List<Node> out = new ArrayList<>();
    List<Alignment> named = Alignment.to(objectives, kind, id);
    Set<String> ids = new HashSet<>();
    for (Alignment a : named) ids.add(a.objective().id());
    for (Alignment a : named) {
      if (ancestorIn(a.objective(), ids, new HashSet<>(), 0)) continue;
      add(page, a.objective(), 0, a.viaText(), out, new HashSet<>());
    }
    return out;
  }

  /** {@code nodes} less the trees whose root is drawn already (under one of the pillar's goals). */
  private static List<Node> withoutTrees(List<Node> nodes, Set<String> drawn) {
    List<Node> out = new ArrayList<>();
    boolean keep = true;
    for (Node n : nodes) {
      if (n.depth() == 0) keep = !drawn.contains(n.href());
      if (keep) out.add(n);
    }
    return out;
  }

  private boolean ancestorIn(Objective o, Set<String> ids, Set<String> seen, int depth) {
    if (depth > MAX_DEPTH || !seen.add(o.id())) return false;
    for (ParentRef r : o.parents()) {
      if (r.kind() != ParentRef.Kind.OBJECTIVE || r.targetId() == null) continue;
      if (ids.contains(r.targetId())) return true;
      Objective parent = site.model.objective(r.targetId()).orElse(null);
      if (parent != null && ancestorIn(parent, ids, seen, depth + 1)) return true;
    }
    return false;
  }

  private void add(Page page, Objective o, int depth, List<Node> out, Set<String> seen) {
    add(page, o, depth, null, out, seen);
  }

  private void add(
      Page page, Objective o, int depth, String via, List<Node> out, Set<String> seen) {
    if (depth > MAX_DEPTH || !seen.add(o.id())) return;
    var card = cards.card(page, o);
    out.add(
        new Node(
            depth,
            o.title(),
            via,
            card.href(),
            card.owner(),
            o.owner() == null ? "" : o.owner().name(),
            card.status(),
            card.score()));
    for (Objective child : site.children(o)) add(page, child, depth + 1, out, seen);
  }
}
