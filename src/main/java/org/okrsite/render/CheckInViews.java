package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.When;
import org.okrsite.site.SitePaths;

/**
 * A check-in as the seed's weekly update reads it (GRIP): goal confidence last → now, each KR's
 * confidence last → now with Δ and a flag on big drops, top priorities and the KR each supports,
 * blockers and who can unblock them.
 */
final class CheckInViews {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;

  CheckInViews(SiteIndex site, PageWriter writer, Cards cards) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
  }

  /** A check-in as its partial shows it. */
  record CheckInView(
      String anchor,
      When date,
      Link owner,
      String ownerName,
      Link author,
      String authorName,
      String goalLast,
      String goalNow,
      String goalDelta,
      String goalDirection,
      List<Row> rows,
      List<Priority> plan,
      List<Blocker> issues,
      String narrativeHtml,
      String weekHref) {}

  /**
   * One KR's reading: value, confidence last → now with Δ, a flag on a big drop, and the reading of
   * its leading indicator ("" when none).
   */
  record Row(
      Link kr,
      String metric,
      String value,
      String last,
      String now,
      String delta,
      String direction,
      boolean drop,
      String note,
      String leading) {}

  /** A top priority and the KR it supports, or {@code operational} when it supports none. */
  record Priority(String text, Link supports, String supportsText, boolean operational) {}

  /** A blocker, what is needed and from whom. */
  record Blocker(String text, String need, Link from, String fromName) {}

  /**
   * A check-in's view. It depends on the page only through its depth ({@link #shared} relies on
   * it).
   */
  CheckInView view(Page page, Cycle c, CheckIn ci) {
    List<CheckIn> earlier =
        site.checkInsOf(c, ci.owner()).stream().filter(x -> x.date().isBefore(ci.date())).toList();
    Double lastGoal = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).goalConfidence();
    List<Row> rows = new ArrayList<>();
    for (CheckIn.Update u : ci.updates()) {
      Double before = previousConfidence(earlier, u);
      Optional<Objective> o = site.model.objective(u.objectiveId() == null ? "" : u.objectiveId());
      boolean drop =
          before != null
              && u.confidence() != null
              && before - u.confidence() > site.settings.confidenceDrop() + 1e-9;
      rows.add(
          new Row(
              krLink(page, o.orElse(null), u.krId() == null ? u.ref() : u.krId()),
              o.flatMap(x -> kr(x, u.krId())).map(KeyResult::metric).orElse(""),
              u.currentText() == null ? "–" : u.currentText(),
              Formats.decimal(before),
              Formats.decimal(u.confidence()),
              Formats.delta(before, u.confidence()),
              Formats.direction(before, u.confidence()),
              drop,
              u.note(),
              u.leading() == null ? "" : u.leading().text()));
    }
    List<Priority> plan = new ArrayList<>();
    for (CheckIn.Priority p : ci.plan()) {
      Link supports = p.supports() == null ? null : supportsLink(page, c, ci.owner(), p.supports());
      plan.add(
          new Priority(
              p.text(), supports, supports == null ? p.supports() : null, p.supports() == null));
    }
    List<Blocker> issues = new ArrayList<>();
    for (CheckIn.Blocker b : ci.issues())
      issues.add(new Blocker(b.text(), b.need(), cards.person(page, c, b.from()), b.from()));
    String ownerPath = site.ownerPath(c, ci.owner());
    return new CheckInView(
        checkInAnchor(ci),
        writer.when(ci.date()),
        ownerPath == null ? null : Link.of(ci.owner().name(), page.href(ownerPath)),
        ci.owner() == null ? "" : ci.owner().name(),
        cards.person(page, c, ci.author()),
        ci.author(),
        Formats.decimal(lastGoal),
        Formats.decimal(ci.goalConfidence()),
        Formats.delta(lastGoal, ci.goalConfidence()),
        Formats.direction(lastGoal, ci.goalConfidence()),
        rows,
        plan,
        issues,
        site.markdown.toHtml(ci.narrative()),
        page.href(SitePaths.week(c.id(), Formats.weekId(ci.date())) + "#" + checkInAnchor(ci)));
  }

  /**
   * {@link #view}, made only when a template reads it: on the pages after the first at the same
   * depth, the built-in check-in partial copies its earlier output instead ({@link
   * SharedFragments}).
   */
  Item shared(Page page, Cycle c, CheckIn ci, SharedFragments fragments) {
    return new Item(page, c, ci, fragments);
  }

  /**
   * A check-in in a list of them: the accessors of {@link CheckInView}, which is made on the first
   * one a template calls.
   */
  final class Item implements SharedFragments.Shared {
    private final Page page;
    private final Cycle cycle;
    private final CheckIn checkIn;
    private final SharedFragments fragments;
    private CheckInView view;

    Item(Page page, Cycle cycle, CheckIn checkIn, SharedFragments fragments) {
      this.page = page;
      this.cycle = cycle;
      this.checkIn = checkIn;
      this.fragments = fragments;
    }

    private CheckInView view() {
      if (view == null) view = CheckInViews.this.view(page, cycle, checkIn);
      return view;
    }

    public String anchor() {
      return view().anchor();
    }

    public When date() {
      return view().date();
    }

    public Link owner() {
      return view().owner();
    }

    public String ownerName() {
      return view().ownerName();
    }

    public Link author() {
      return view().author();
    }

    public String authorName() {
      return view().authorName();
    }

    public String goalLast() {
      return view().goalLast();
    }

    public String goalNow() {
      return view().goalNow();
    }

    public String goalDelta() {
      return view().goalDelta();
    }

    public String goalDirection() {
      return view().goalDirection();
    }

    public List<Row> rows() {
      return view().rows();
    }

    public List<Priority> plan() {
      return view().plan();
    }

    public List<Blocker> issues() {
      return view().issues();
    }

    public String narrativeHtml() {
      return view().narrativeHtml();
    }

    public String weekHref() {
      return view().weekHref();
    }

    @Override
    public SharedFragments sharedFragments() {
      return fragments;
    }

    @Override
    public Object sharedItem() {
      return checkIn;
    }

    @Override
    public int sharedDepth() {
      return SitePaths.depth(page.path);
    }
  }

  /** The confidence this owner last gave the KR, else the KR's starting confidence. */
  private Double previousConfidence(List<CheckIn> earlier, CheckIn.Update u) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      for (CheckIn.Update e : earlier.get(i).updates()) {
        if (u.objectiveId() != null
            && u.objectiveId().equals(e.objectiveId())
            && Cards.nz(u.krId()).equals(e.krId())
            && e.confidence() != null) {
          return e.confidence();
        }
      }
    }
    if (u.objectiveId() == null) return null;
    return site.model
        .objective(u.objectiveId())
        .flatMap(o -> kr(o, u.krId()))
        .map(KeyResult::confidence)
        .orElse(null);
  }

  static Optional<KeyResult> kr(Objective o, String krId) {
    return o.keyResults().stream().filter(k -> k.id().equalsIgnoreCase(Cards.nz(krId))).findFirst();
  }

  private Link krLink(Page page, Objective o, String krId) {
    if (o == null) return new Link(Cards.nz(krId), null, false);
    return Link.of(
        krId,
        page.href(
            SitePaths.objective(site.cycleOf(o).id(), o.id()) + "#" + SitePaths.krAnchor(krId)));
  }

  /** "KR1" or "objective-id/KR1", looked up among the owner's objectives of the cycle. */
  private Link supportsLink(Page page, Cycle c, Owner owner, String ref) {
    String objectiveId = ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : null;
    String krId = ref.contains("/") ? ref.substring(ref.indexOf('/') + 1) : ref;
    List<Objective> candidates =
        objectiveId != null
            ? site.model.objective(objectiveId).stream().toList()
            : owner == null ? List.of() : site.objectivesOf(c, owner.level(), owner.id());
    for (Objective o : candidates) {
      Optional<KeyResult> kr = kr(o, krId.strip());
      if (kr.isPresent())
        return Link.of(
            kr.get().id() + " — " + kr.get().metric(),
            page.href(
                SitePaths.objective(c.id(), o.id()) + "#" + SitePaths.krAnchor(kr.get().id())));
    }
    return null;
  }

  static String checkInAnchor(CheckIn ci) {
    return SitePaths.checkInAnchor(ci);
  }
}
