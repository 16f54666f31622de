package org.okrsite.render;

import java.nio.file.Path;
import org.okrsite.config.Settings;
import org.okrsite.model.Model;
import org.okrsite.publish.OutputFiles;
import org.okrsite.score.Scores;

/**
 * Renders every page of the site into {@link OutputFiles}: home, organisation, objectives,
 * alignment, weekly updates, changes, monthly reports, retrospectives, KPIs, dependencies,
 * cycles, handbook, search, 404 and site maps, plus the theme's assets. Same input, same bytes.
 *
 * <pre>{@code
 * SiteRenderer.render(model, scores, settings, Path.of("content"), out);
 * }</pre>
 */
public final class SiteRenderer {
  private SiteRenderer() {}

  /** Renders with the default theme only. */
  public static void render(Model model, Scores scores, Settings settings, OutputFiles out) {
    render(model, scores, settings, null, out);
  }

  /**
   * Renders the site.
   *
   * @param sourceDir the site's source folder, whose {@code themes/} may override theme files; null for none
   */
  public static void render(Model model, Scores scores, Settings settings, Path sourceDir, OutputFiles out) {
    Theme theme = new Theme(sourceDir);
    SiteIndex site = new SiteIndex(model, scores, settings, out);
    PageWriter writer = new PageWriter(theme, site, out);
    Cards cards = new Cards(site, writer);
    HomePages home = new HomePages(site, writer, cards);
    KpiViews kpis = new KpiViews(site);
    DocPages docs = new DocPages(site, writer);
    SitePages sitePages = new SitePages(site, writer);

    home.writeAll();
    new OrgPages(site, writer, cards, home).writeAll();
    new ObjectivePages(site, writer, cards).writeAll();
    new AlignmentPage(site, writer, cards).writeAll();
    new UpdatePages(site, writer, new CheckInViews(site, writer, cards), kpis).writeAll();
    new ChangesPage(site, writer).write();
    new ReportPages(site, writer, cards).writeAll();
    new RetroPages(site, writer, cards).writeAll();
    new BoardPages(site, writer, kpis).writeAll();
    docs.writeAll();
    sitePages.search(SearchIndex.build(site, docs.ordered()), out);
    sitePages.notFound();
    sitePages.sitemapHtml();
    sitePages.sitemapXml(out);
    for (String asset : theme.assets()) out.bytes(asset, theme.bytes(asset).orElseThrow());
  }
}
