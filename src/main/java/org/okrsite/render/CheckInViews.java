package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.render.Views.Link;
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

  /**
   * A check-in's view. It depends on the page only through its depth ({@link #shared} relies on
   * it).
   */
  Map<String, Object> view(Page page, Cycle c, CheckIn ci) {
    List<CheckIn> earlier =
        site.checkInsOf(c, ci.owner()).stream().filter(x -> x.date().isBefore(ci.date())).toList();
    Double lastGoal = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).goalConfidence();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CheckIn.Update u : ci.updates()) {
      Double before = previousConfidence(earlier, u);
      Optional<Objective> o = site.model.objective(u.objectiveId() == null ? "" : u.objectiveId());
      boolean drop =
          before != null
              && u.confidence() != null
              && before - u.confidence() > site.settings.confidenceDrop() + 1e-9;
      rows.add(
          Vm.of(
              "kr",
              krLink(page, o.orElse(null), u.krId() == null ? u.ref() : u.krId()),
              "metric",
              o.flatMap(x -> kr(x, u.krId())).map(KeyResult::metric).orElse(""),
              "value",
              u.currentText() == null ? "–" : u.currentText(),
              "last",
              Formats.decimal(before),
              "now",
              Formats.decimal(u.confidence()),
              "delta",
              Formats.delta(before, u.confidence()),
              "direction",
              Formats.direction(before, u.confidence()),
              "drop",
              drop,
              "note",
              u.note()));
    }
    List<Map<String, Object>> plan = new ArrayList<>();
    for (CheckIn.Priority p : ci.plan()) {
      Link supports = p.supports() == null ? null : supportsLink(page, c, ci.owner(), p.supports());
      plan.add(
          Vm.of(
              "text",
              p.text(),
              "supports",
              supports,
              "supportsText",
              supports == null ? p.supports() : null,
              "operational",
              p.supports() == null));
    }
    List<Map<String, Object>> issues = new ArrayList<>();
    for (CheckIn.Blocker b : ci.issues()) {
      issues.add(
          Vm.of(
              "text",
              b.text(),
              "need",
              b.need(),
              "from",
              cards.person(page, c, b.from()),
              "fromName",
              b.from()));
    }
    String ownerPath = site.ownerPath(c, ci.owner());
    return Vm.of(
        "anchor",
        checkInAnchor(ci),
        "date",
        writer.when(ci.date()),
        "owner",
        ownerPath == null ? null : Link.of(ci.owner().name(), page.href(ownerPath)),
        "ownerName",
        ci.owner() == null ? "" : ci.owner().name(),
        "author",
        cards.person(page, c, ci.author()),
        "authorName",
        ci.author(),
        "goalLast",
        Formats.decimal(lastGoal),
        "goalNow",
        Formats.decimal(ci.goalConfidence()),
        "goalDelta",
        Formats.delta(lastGoal, ci.goalConfidence()),
        "goalDirection",
        Formats.direction(lastGoal, ci.goalConfidence()),
        "rows",
        rows,
        "plan",
        plan,
        "issues",
        issues,
        "narrativeHtml",
        site.markdown.toHtml(ci.narrative()),
        "weekHref",
        page.href(SitePaths.week(c.id(), Formats.weekId(ci.date())) + "#" + checkInAnchor(ci)));
  }

  /**
   * {@link #view}, made only when a template reads it: on the pages after the first at the same
   * depth, the built-in check-in partial copies its earlier output instead ({@link
   * SharedFragments}).
   */
  Map<String, Object> shared(Page page, Cycle c, CheckIn ci, SharedFragments fragments) {
    return new SharedView(page, c, ci, fragments);
  }

  private final class SharedView extends java.util.AbstractMap<String, Object>
      implements SharedFragments.Shared {
    private final Page page;
    private final Cycle cycle;
    private final CheckIn checkIn;
    private final SharedFragments fragments;
    private Map<String, Object> view;

    SharedView(Page page, Cycle cycle, CheckIn checkIn, SharedFragments fragments) {
      this.page = page;
      this.cycle = cycle;
      this.checkIn = checkIn;
      this.fragments = fragments;
    }

    private Map<String, Object> view() {
      if (view == null) view = CheckInViews.this.view(page, cycle, checkIn);
      return view;
    }

    @Override
    public java.util.Set<Map.Entry<String, Object>> entrySet() {
      return view().entrySet();
    }

    @Override
    public Object get(Object key) {
      return view().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return view().containsKey(key);
    }

    @Override
    public int size() {
      return view().size();
    }

    /** Never empty; answered without making the view, since a section asks before every item. */
    @Override
    public boolean isEmpty() {
      return false;
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
