package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Commitment;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Objective;
import org.okrsite.model.Person;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Link;
import org.okrsite.site.SitePaths;

/** The organisation tree, and one page per unit and per person in every cycle. */
final class OrgPages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;
  private final HomePages home;
  private final ChartViews charts;
  private final ReviewViews reviews;

  OrgPages(
      SiteIndex site,
      PageWriter writer,
      Cards cards,
      HomePages home,
      ChartViews charts,
      ReviewViews reviews) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
    this.home = home;
    this.charts = charts;
    this.reviews = reviews;
  }

  void writeAll() {
    tree();
    // unit and person pages are independent: render them on all cores
    List<Runnable> pages = new ArrayList<>();
    for (Cycle c : site.cyclesNewestFirst()) {
      for (Unit u : site.units()) pages.add(() -> unit(c, u));
      for (Person p : site.people()) pages.add(() -> person(c, p));
    }
    pages.parallelStream().forEach(Runnable::run);
  }

  private void tree() {
    Page page = new Page(SitePaths.ORG, "Organisation", "org");
    page.crumb("Home", SitePaths.HOME);
    List<OrgPage.Node> roots = new ArrayList<>();
    for (Unit u : site.units()) if (u.parentId() == null) roots.add(node(page, u, 0));
    List<Link> unplaced =
        site.people().stream()
            .filter(p -> p.unitId() == null)
            .map(p -> Link.of(p.name(), page.href(SitePaths.person(site.current.id(), p.id()))))
            .toList();
    writer.write(page, "org", new OrgPage(site.current.name(), roots, unplaced));
  }

  /**
   * A unit with its people and (three levels deep at most: company, department, team) its children.
   */
  private OrgPage.Node node(Page page, Unit u, int depth) {
    Cycle c = site.current;
    List<OrgPage.Node> children = new ArrayList<>();
    if (depth < 3)
      for (Unit child : site.model.organisation().children(u.id()))
        children.add(node(page, child, depth + 1));
    List<Link> people =
        site.model.organisation().members(u.id()).stream()
            .map(
                p ->
                    Link.of(
                        p.name() + (p.role() == null ? "" : " — " + p.role()),
                        page.href(SitePaths.person(c.id(), p.id()))))
            .toList();
    return new OrgPage.Node(
        u.name(),
        u.level().key(),
        page.href(SitePaths.unit(c.id(), u.id())),
        u.lead(),
        site.objectivesOf(c, u.level(), u.id()).size(),
        people,
        children);
  }

  private void unit(Cycle c, Unit u) {
    Page page = new Page(SitePaths.unit(c.id(), u.id()), u.name() + " — " + c.name(), "org");
    page.crumb("Home", SitePaths.HOME).crumb("Organisation", SitePaths.ORG);
    for (Unit a : ancestors(u)) page.crumb(a.name(), SitePaths.unit(c.id(), a.id()));
    home.feed(
        page,
        u.level() == Level.COMPANY ? SitePaths.COMPANY_FEED : SitePaths.unitFeed(u.id()),
        u.name() + " updates");
    Unit parent =
        u.parentId() == null ? null : site.model.organisation().unit(u.parentId()).orElse(null);
    List<Link> children =
        site.model.organisation().children(u.id()).stream()
            .map(x -> Link.of(x.name(), page.href(SitePaths.unit(c.id(), x.id()))))
            .toList();
    List<Link> members =
        site.model.organisation().members(u.id()).stream()
            .map(p -> Link.of(p.name(), page.href(SitePaths.person(c.id(), p.id()))))
            .toList();
    List<Link> more = new ArrayList<>();
    more.add(Link.of("Check-in timeline", page.href(SitePaths.timeline(c.id(), u.id()))));
    more.add(Link.of("Retrospective & scores", page.href(SitePaths.retro(c.id(), u.id()))));
    if (u.level() == Level.DEPARTMENT)
      more.add(
          Link.of("Monthly reports", page.href(SitePaths.reports(c.id()) + "#dept-" + u.id())));
    writer.write(
        page,
        "unit",
        new UnitPage(
            u.name(),
            u.level().key(),
            c.name(),
            cards.person(page, c, u.lead()),
            u.lead(),
            parent == null
                ? null
                : Link.of(parent.name(), page.href(SitePaths.unit(c.id(), parent.id()))),
            children,
            members,
            more,
            cards.cards(page, site.objectivesOf(c, u.level(), u.id())),
            otherCycles(page, c, x -> SitePaths.unit(x.id(), u.id())),
            charts.unitScores(c, u),
            reviews.insights(page, c, u.level(), u.id())));
  }

  private void person(Cycle c, Person p) {
    Page page = new Page(SitePaths.person(c.id(), p.id()), p.name() + " — " + c.name(), "org");
    page.crumb("Home", SitePaths.HOME).crumb("Organisation", SitePaths.ORG);
    Unit unit = p.unitId() == null ? null : site.model.organisation().unit(p.unitId()).orElse(null);
    if (unit != null) page.crumb(unit.name(), SitePaths.unit(c.id(), unit.id()));
    home.feed(page, SitePaths.personFeed(p.id()), p.name() + " updates");
    List<PersonPage.Owned> owned = new ArrayList<>();
    for (var e : site.keyResultsOwnedBy(c, p.name())) {
      Objective o = e.getKey();
      owned.add(
          new PersonPage.Owned(
              Link.of(o.title(), page.href(SitePaths.objective(c.id(), o.id()))),
              cards.kr(page, o, e.getValue(), false)));
    }
    List<PersonPage.Commitments> commitments = new ArrayList<>();
    for (Commitment cm : site.model.commitments()) {
      if (p.id().equals(cm.personId()) && c.id().equals(cm.cycleId())) {
        commitments.add(new PersonPage.Commitments(cm.role(), cm.growthGoal(), cm.items()));
      }
    }
    List<PersonPage.CheckInLink> checkIns = new ArrayList<>();
    for (CheckIn ci : site.checkInsBy(c, p)) {
      checkIns.add(
          new PersonPage.CheckInLink(
              writer.when(ci.date()),
              ci.owner() == null ? "" : ci.owner().name(),
              page.href(
                  SitePaths.week(c.id(), Formats.weekId(ci.date()))
                      + "#"
                      + CheckInViews.checkInAnchor(ci))));
    }
    writer.write(
        page,
        "person",
        new PersonPage(
            p.name(),
            p.role(),
            c.name(),
            unit == null
                ? null
                : Link.of(unit.name(), page.href(SitePaths.unit(c.id(), unit.id()))),
            cards.cards(page, site.objectivesOf(c, Level.PERSON, p.id())),
            owned,
            commitments,
            checkIns,
            otherCycles(page, c, x -> SitePaths.person(x.id(), p.id())),
            reviews.insights(page, c, Level.PERSON, p.id())));
  }

  private List<Unit> ancestors(Unit u) {
    List<Unit> chain = new ArrayList<>();
    Unit at = u;
    while (at.parentId() != null && chain.size() < 10) {
      at = site.model.organisation().unit(at.parentId()).orElse(null);
      if (at == null) break;
      chain.add(0, at);
    }
    return chain;
  }

  /** The same page in every cycle, the shown one marked current. */
  List<Link> otherCycles(Page page, Cycle shown, java.util.function.Function<Cycle, String> path) {
    return site.cyclesNewestFirst().stream()
        .map(x -> new Link(x.name(), page.href(path.apply(x)), x.id().equals(shown.id())))
        .toList();
  }
}
