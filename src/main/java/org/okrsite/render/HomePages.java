package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.okrsite.config.CycleCalendar;
import org.okrsite.model.Alignment;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Pillar;
import org.okrsite.model.Strategy;
import org.okrsite.model.Unit;
import org.okrsite.render.Views.Count;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.When;
import org.okrsite.score.GoalMilestones;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Status;
import org.okrsite.site.SitePaths;

/** The home page, the cycle overviews and the list of cycles. */
final class HomePages {
  private final SiteIndex site;
  private final PageWriter writer;
  private final Cards cards;
  private final ChartViews charts;
  private final ReviewViews reviews;

  HomePages(
      SiteIndex site, PageWriter writer, Cards cards, ChartViews charts, ReviewViews reviews) {
    this.site = site;
    this.writer = writer;
    this.cards = cards;
    this.charts = charts;
    this.reviews = reviews;
  }

  void writeAll() {
    home();
    cyclesIndex();
    site.cyclesNewestFirst().parallelStream().forEach(this::cycle);
  }

  private void home() {
    Page page = new Page(SitePaths.HOME, site.settings.title(), "home");
    feed(page, SitePaths.COMPANY_FEED, "Company updates");
    Cycle c = site.current;
    Strategy s = site.model.strategy() == null ? Strategy.EMPTY : site.model.strategy();
    List<Objective> company =
        site.objectives(c).stream()
            .filter(o -> o.owner() != null && o.owner().level() == Level.COMPANY)
            .toList();
    writer.write(
        page,
        "home",
        new HomePage(
            s.company(),
            s.vision(),
            s.mission(),
            s.northStar(),
            site.markdown.toHtml(s.narrative()),
            pillars(page),
            goals(page),
            c.name(),
            page.href(SitePaths.cycle(c.id())),
            health(c),
            average(site, c),
            charts.burnUp(c),
            reviews.health(page),
            companyInsights(page, c),
            cards.cards(page, company),
            page.href(SitePaths.THIS_WEEK),
            page.href(SitePaths.CHANGES)));
  }

  /** Feeds are written before rendering by another stage; link only those that exist. */
  void feed(Page page, String path, String title) {
    if (site.out().has(path)) page.feeds.add(Link.of(title, page.href(path)));
  }

  private List<HomePage.Pillar> pillars(Page page) {
    List<HomePage.Pillar> list = new ArrayList<>();
    for (Pillar p : site.model.pillars()) {
      list.add(
          new HomePage.Pillar(
              "pillar-" + p.id(),
              p.name(),
              p.description(),
              p.northStarContribution(),
              page.href(SitePaths.alignment(site.current.id()) + "#pillar-" + p.id())));
    }
    return list;
  }

  private List<HomePage.Goal> goals(Page page) {
    List<HomePage.Goal> list = new ArrayList<>();
    CycleCalendar calendar = new CycleCalendar(site.settings);
    for (AnnualGoal g : site.model.annualGoals()) {
      List<HomePage.Milestone> ms = new ArrayList<>();
      for (AnnualGoal.Milestone m : g.milestones()) {
        LocalDate due =
            g.year() > 0 ? calendar.quarter(g.year(), quarter(m.quarter())).end() : null;
        GoalMilestones.State st = GoalMilestones.state(g, m, due, site.asOf());
        ms.add(
            new HomePage.Milestone(
                m.quarter().toUpperCase(java.util.Locale.ROOT),
                m.target(),
                m.actual() == null ? "–" : m.actual(),
                st.label(),
                st.key(),
                due == null ? null : writer.when(due)));
      }
      list.add(
          new HomePage.Goal(
              g.id(),
              g.statement(),
              g.pillar(),
              g.successMetric(),
              g.baseline(),
              g.owner(),
              g.whyNow(),
              GoalMilestones.lowerIsBetter(g) ? "lower is better" : "higher is better",
              ms,
              aligned(page, g),
              g.dependencies(),
              g.risks(),
              page.href(SitePaths.alignment(site.current.id()) + "#goal-" + anchor(g.id()))));
    }
    return list;
  }

  /** The current cycle's objectives that name the goal, as the alignment map lists them. */
  private List<HomePage.Aligned> aligned(Page page, AnnualGoal g) {
    List<HomePage.Aligned> out = new ArrayList<>();
    for (Alignment a :
        Alignment.to(site.objectives(site.current), ParentRef.Kind.ANNUAL_GOAL, g.id())) {
      Objective o = a.objective();
      out.add(
          new HomePage.Aligned(
              o.title(),
              cards.card(page, o).href(),
              o.owner() == null ? null : o.owner().name(),
              a.viaText()));
    }
    return out;
  }

  private static int quarter(String q) {
    return q.charAt(1) - '0';
  }

  static String anchor(String id) {
    return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Objectives of a cycle counted by status, in the enum's order. */
  List<Count> health(Cycle c) {
    List<Count> counts = new ArrayList<>();
    for (Status st : Status.values()) {
      int n = 0;
      for (Objective o : site.objectives(c)) {
        ObjectiveScore s = site.score(o);
        if (s != null && s.status() == st) n++;
      }
      if (n > 0) counts.add(new Count(st.key(), st.label(), st.icon(), n));
    }
    return counts;
  }

  /**
   * The company's insights on the home page, from the company unit (or the review's company scope).
   */
  private ReviewViews.InsightsView companyInsights(Page page, Cycle c) {
    Unit company = site.model.organisation().company().orElse(null);
    return reviews.insights(page, c, Level.COMPANY, company == null ? "company" : company.id());
  }

  static String average(SiteIndex site, Cycle c) {
    var mean = ChartData.averageScore(site.objectives(c), site.scores);
    return mean.isPresent() ? Formats.decimal(mean.getAsDouble()) : "–";
  }

  private void cyclesIndex() {
    Page page = new Page(SitePaths.CYCLES, "Cycles", "cycles");
    page.crumb("Home", SitePaths.HOME);
    List<CycleRow> list = new ArrayList<>();
    for (Cycle c : site.cyclesNewestFirst()) {
      list.add(
          new CycleRow(
              c.name(),
              page.href(SitePaths.cycle(c.id())),
              writer.when(c.start()),
              writer.when(c.end()),
              c.id().equals(site.current.id()),
              c.end().isBefore(site.asOf()),
              site.objectives(c).size(),
              average(site, c),
              health(c)));
    }
    writer.write(page, "cycles", new CyclesView(list));
  }

  /** The view of {@code cycles.mustache}: every cycle, newest first. */
  record CyclesView(List<CycleRow> cycles) {}

  /** One cycle in the cycles index. */
  record CycleRow(
      String name,
      String href,
      When start,
      When end,
      boolean current,
      boolean past,
      int objectives,
      String average,
      List<Count> health) {}

  /**
   * Individual objectives shown as cards on a cycle's page at most; an organisation of 10,000
   * people made that page 30 MB. Past this, the page says how many there are and where they are.
   */
  static final int PERSONAL_CARDS = 300;

  private void cycle(Cycle c) {
    Page page = new Page(SitePaths.cycle(c.id()), c.name(), "cycles");
    page.crumb("Home", SitePaths.HOME).crumb("Cycles", SitePaths.CYCLES);
    List<CyclePage.Group> groups = new ArrayList<>();
    for (Unit u : site.units()) {
      List<Objective> os = site.objectivesOf(c, u.level(), u.id());
      if (!os.isEmpty()) {
        groups.add(
            new CyclePage.Group(
                u.name(), page.href(SitePaths.unit(c.id(), u.id())), cards.cards(page, os), null));
      }
    }
    List<Objective> personal =
        site.objectives(c).stream()
            .filter(o -> o.owner() != null && o.owner().level() == Level.PERSON)
            .toList();
    if (personal.size() > PERSONAL_CARDS) {
      groups.add(
          new CyclePage.Group(
              "Individual OKRs",
              null,
              List.of(),
              String.format(java.util.Locale.ROOT, "%,d", personal.size())
                  + " individual objectives: each person's page has theirs, and each team's page"
                  + " lists its people."));
    } else if (!personal.isEmpty()) {
      groups.add(new CyclePage.Group("Individual OKRs", null, cards.cards(page, personal), null));
    }
    writer.write(
        page,
        "cycle",
        new CyclePage(
            c.name(),
            writer.when(c.start()),
            writer.when(c.end()),
            c.id().equals(site.current.id()),
            health(c),
            average(site, c),
            groups,
            cycleLinks(page, c),
            charts.unitScores(c),
            charts.burnUp(c),
            charts.scoreDistribution(c)));
  }

  /** The pages every cycle has, for the cycle overview. */
  List<Link> cycleLinks(Page page, Cycle c) {
    String id = c.id();
    return List.of(
        Link.of("Alignment map", page.href(SitePaths.alignment(id))),
        Link.of("Weekly updates", page.href(SitePaths.updates(id))),
        Link.of("Monthly reports", page.href(SitePaths.reports(id))),
        Link.of("Retrospectives & scores", page.href(SitePaths.retros(id))),
        Link.of("Dependency board", page.href(SitePaths.dependencies(id))));
  }
}
