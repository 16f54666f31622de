package org.okrsite.render;

import java.nio.file.Path;
import java.util.List;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.config.Settings;
import org.okrsite.model.Model;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.Scores;
import org.okrsite.site.OutputFiles;

/**
 * Renders every page of the site into {@link OutputFiles}: home, organisation, objectives,
 * alignment, weekly updates, changes, monthly reports, retrospectives, KPIs, dependencies, cycles,
 * handbook, search, 404 and site maps, plus the theme's assets. Same input, same bytes. Charts
 * (inline SVG with their data tables) and the review (rubric cards, lint findings, insights,
 * goal-system health) appear on the pages they concern.
 *
 * <pre>{@code
 * SiteRenderer.render(model, scores, review, settings, Path.of("content"), new ChartRenderer(), out);
 * }</pre>
 */
public final class SiteRenderer {
  private SiteRenderer() {}

  /**
   * Renders the site.
   *
   * @param review the review of the current cycle; null leaves rubric, findings, insights and
   *     health out
   * @param sourceDir the site's source folder, whose {@code themes/} may override theme files; null
   *     for none
   * @param charts draws the charts; its cache decides whether unchanged charts are drawn again
   */
  public static void render(
      Model model,
      Scores scores,
      ReviewResult review,
      Settings settings,
      Path sourceDir,
      ChartRenderer charts,
      OutputFiles out) {
    Theme theme = new Theme(sourceDir);
    SiteIndex site = new SiteIndex(model, scores, review, settings, out);
    PageWriter writer = new PageWriter(theme, site, out);
    ChartViews chartViews = new ChartViews(site, charts);
    ReviewViews reviews = new ReviewViews(site);
    Cards cards = new Cards(site, writer, chartViews);
    HomePages home = new HomePages(site, writer, cards, chartViews, reviews);
    KpiViews kpis = new KpiViews(site);
    DocPages docs = new DocPages(site, writer);
    SitePages sitePages = new SitePages(site, writer);

    // The page families are independent of each other (each writes its own pages from the same
    // read-only look-ups), so they are rendered side by side: a family that is one large page
    // (home,
    // alignment, changes) then overlaps with the others instead of leaving a core idle.
    List<Runnable> families =
        List.of(
            home::writeAll,
            () -> new OrgPages(site, writer, cards, home, chartViews, reviews).writeAll(),
            () -> new ObjectivePages(site, writer, cards, chartViews, reviews).writeAll(),
            () -> new AlignmentPage(site, writer, cards).writeAll(),
            () ->
                new UpdatePages(site, writer, new CheckInViews(site, writer, cards), kpis)
                    .writeAll(),
            () -> new ChangesPage(site, writer).write(),
            () -> new ReportPages(site, writer, cards).writeAll(),
            () -> new RetroPages(site, writer, cards, chartViews).writeAll(),
            () -> new BoardPages(site, writer, kpis, chartViews).writeAll(),
            docs::writeAll);
    families.parallelStream().forEach(Runnable::run);
    sitePages.search(
        SearchIndex.build(site, docs.ordered()), SearchIndex.count(site, docs.ordered()), out);
    sitePages.notFound();
    sitePages.sitemapHtml();
    sitePages.sitemapXml(out);
    for (String asset : theme.assets()) out.bytes(asset, theme.bytes(asset).orElseThrow());
  }
}
