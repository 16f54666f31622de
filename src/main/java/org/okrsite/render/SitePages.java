package org.okrsite.render;

import java.util.List;
import org.okrsite.escape.Xml;
import org.okrsite.render.Views.Link;
import org.okrsite.site.OutputFiles;
import org.okrsite.site.SitePaths;

/**
 * The pages about the site itself: search, 404 and the site maps (HTML always, XML with a base
 * URL).
 */
final class SitePages {
  private final SiteIndex site;
  private final PageWriter writer;

  SitePages(SiteIndex site, PageWriter writer) {
    this.site = site;
    this.writer = writer;
  }

  /**
   * The search index as JSON and the search page, which lists every entry (search.js filters the
   * list, so search works from file:// too). Both grow with the organisation, so both are written
   * as the entries are made, never held whole.
   */
  void search(Iterable<SearchIndex.Entry> entries, int count, OutputFiles out) {
    out.stream(SitePaths.SEARCH_INDEX, w -> SearchIndex.json(entries, w));
    Page page = new Page(SitePaths.SEARCH, "Search", "search");
    page.crumb("Home", SitePaths.HOME);
    Iterable<SearchItem> items =
        () ->
            java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .map(e -> new SearchItem(e.kind(), e.title(), e.text(), page.href(e.url())))
                .iterator();
    writer.write(page, "search", new SearchView(items, count, page.href(SitePaths.SEARCH_INDEX)));
  }

  /**
   * The view of {@code search.mustache}: every entry of the search index, as the no-script
   * fallback.
   */
  record SearchView(Iterable<SearchItem> entries, int count, String jsonHref) {}

  /** One entry of the search page. */
  record SearchItem(String kind, String title, String text, String href) {}

  /** The view of {@code 404.mustache}. */
  record NotFoundView(String homeHref, String searchHref) {}

  /** The view of {@code sitemap.mustache}: every page written. */
  record SitemapView(List<Link> pages) {}

  /**
   * 404 is served for any missing path, so relative links could point anywhere; with a base URL it
   * links absolutely, else relative to the site root (right when the server serves it from there).
   */
  void notFound() {
    Page page = new Page(SitePaths.NOT_FOUND, "Page not found", "none");
    writer.write(
        page, "404", new NotFoundView(page.href(SitePaths.HOME), page.href(SitePaths.SEARCH)));
  }

  void sitemapHtml() {
    Page page = new Page(SitePaths.SITEMAP_HTML, "Site map", "none");
    page.crumb("Home", SitePaths.HOME);
    List<Link> written = writer.written();
    // every page of the site: hundreds of thousands in a large organisation, linked as written
    List<Link> pages =
        new java.util.AbstractList<>() {
          @Override
          public Link get(int i) {
            Link l = written.get(i);
            return Link.of(l.label(), page.href(l.href()));
          }

          @Override
          public int size() {
            return written.size();
          }
        };
    writer.write(page, "sitemap", new SitemapView(pages));
  }

  /**
   * {@code sitemap.xml} needs absolute URLs, so it is written only when {@code base_url} is set;
   * without it the HTML site map is the list of every page.
   */
  void sitemapXml(OutputFiles out) {
    String base = site.settings.baseUrl();
    if (base == null || base.isBlank()) return;
    String root = base.endsWith("/") ? base : base + "/";
    out.stream(
        SitePaths.SITEMAP_XML,
        b -> {
          b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
          b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
          for (Link l : writer.written()) {
            if (l.href().equals(SitePaths.NOT_FOUND)) continue;
            b.append("  <url><loc>")
                .append(Xml.text(root + l.href()))
                .append("</loc><lastmod>")
                .append(site.asOf().toString())
                .append("</lastmod></url>\n");
          }
          b.append("</urlset>\n");
        });
  }
}
