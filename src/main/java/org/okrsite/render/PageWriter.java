package org.okrsite.render;

import com.github.mustachejava.Mustache;
import java.util.ArrayList;
import java.util.List;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.When;
import org.okrsite.site.OutputFiles;
import org.okrsite.site.SitePaths;

/**
 * Renders a page: its template with its view model, then {@code baseof.mustache} around it with the
 * header, navigation, breadcrumbs and footer every page shares.
 */
final class PageWriter {
  /** Allows only the site's own files; the theme therefore has no inline script or style. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

  private final SafeMustacheFactory mustache;
  private final SiteIndex site;
  private final OutputFiles out;
  // pages are written from several threads; the sitemaps list them in path order
  private final List<Views.Link> written =
      java.util.Collections.synchronizedList(new ArrayList<>());

  PageWriter(Theme theme, SiteIndex site, OutputFiles out) {
    this(new SafeMustacheFactory(theme), site, out);
  }

  /** With templates already compiled by {@code mustache} (it caches them). */
  PageWriter(SafeMustacheFactory mustache, SiteIndex site, OutputFiles out) {
    this.mustache = mustache;
    this.site = site;
    this.out = out;
  }

  /** The layout's view: everything around the page's own content. */
  public record Layout(
      String siteTitle,
      String pageTitle,
      String root,
      String csp,
      List<Link> nav,
      List<Link> crumbs,
      List<Link> feeds,
      String contentHtml,
      String searchHref,
      String homeHref,
      String sitemapHref,
      String jsonHref,
      String docsHref,
      When asOf,
      String timeZone,
      String cycleName,
      boolean searchPage) {}

  /**
   * Renders {@code template} with {@code view} and writes the page at its path. A page past {@link
   * #SPILL_BYTES} (the few that list a whole large organisation: search, changes, the site map)
   * goes to its file as it renders instead of being held whole.
   */
  void write(Page page, String template, Object view) {
    Utf8Writer w = BUFFER.get();
    w.reset();
    w.spillOver(SPILL_BYTES, () -> out.open(page.path));
    try {
      if (mustache.layoutSplits()) {
        Layout layout = layout(page, null);
        mustache.compile(SafeMustacheFactory.LAYOUT_HEAD).execute(w, layout);
        mustache.compile(template + ".mustache").execute(w, view);
        mustache.compile(SafeMustacheFactory.LAYOUT_TAIL).execute(w, layout);
      } else {
        mustache
            .compile(SafeMustacheFactory.LAYOUT)
            .execute(w, layout(page, render(template + ".mustache", view)));
      }
      if (w.spilled()) {
        w.finishSpill();
      } else {
        int length = w.length();
        out.bytes(page.path, w.buffer(), length);
      }
    } finally {
      w.abandon();
      w.trim(BUFFER_KEPT);
    }
    written.add(Views.Link.of(page.title, page.path));
  }

  /**
   * A page larger than this goes to its file as it renders instead of being held whole: only the
   * pages that list a large organisation (tens of megabytes at 50,000 people) get there.
   */
  static final int SPILL_BYTES = 4 << 20;

  /** One page buffer per rendering thread; one that grew past this for a huge page is dropped. */
  private static final int BUFFER_KEPT = 1 << 20;

  private static final ThreadLocal<Utf8Writer> BUFFER =
      ThreadLocal.withInitial(() -> new Utf8Writer(64 * 1024));

  private Layout layout(Page page, String body) {
    List<Link> crumbs = new ArrayList<>(page.crumbs);
    crumbs.add(
        new Link(
            page.path.equals(SitePaths.HOME) ? "Home" : page.title, page.href(page.path), true));
    return new Layout(
        site.settings.title(),
        page.title,
        page.root(),
        CSP,
        nav(page),
        crumbs,
        List.copyOf(page.feeds),
        body,
        page.href(SitePaths.SEARCH),
        page.href(SitePaths.HOME),
        page.href(SitePaths.SITEMAP_HTML),
        page.href(SitePaths.OKRS_JSON),
        page.href(SitePaths.DOCS),
        when(site.asOf()),
        site.settings.timeZone().getId(),
        site.current.name(),
        page.path.equals(SitePaths.SEARCH));
  }

  /** Every page written so far as (title, site path), in path order: the sitemaps list them. */
  List<Views.Link> written() {
    synchronized (written) {
      List<Views.Link> all = new ArrayList<>(written);
      all.sort(java.util.Comparator.comparing(Views.Link::href));
      return all;
    }
  }

  String render(String template, Object view) {
    Mustache m = mustache.compile(template);
    org.apache.commons.io.output.StringBuilderWriter w =
        new org.apache.commons.io.output.StringBuilderWriter(8192);
    m.execute(w, view);
    return w.toString();
  }

  When when(java.time.LocalDate d) {
    return d == null
        ? null
        : new When(d.toString(), Formats.day(d), site.settings.timeZone().getId());
  }

  private List<Link> nav(Page page) {
    String c = site.current.id();
    List<Link> nav = new ArrayList<>();
    nav.add(item(page, "Home", SitePaths.HOME, "home"));
    nav.add(item(page, "Organisation", SitePaths.ORG, "org"));
    nav.add(item(page, "Alignment", SitePaths.alignment(c), "alignment"));
    nav.add(item(page, "This week", SitePaths.THIS_WEEK, "week"));
    nav.add(item(page, "Updates", SitePaths.updates(c), "updates"));
    nav.add(item(page, "Changes", SitePaths.CHANGES, "changes"));
    nav.add(item(page, "Reports", SitePaths.reports(c), "reports"));
    nav.add(item(page, "Retros & scores", SitePaths.retros(c), "retros"));
    nav.add(item(page, "KPIs", SitePaths.KPIS, "kpis"));
    nav.add(item(page, "Dependencies", SitePaths.dependencies(c), "dependencies"));
    nav.add(item(page, "Cycles", SitePaths.CYCLES, "cycles"));
    nav.add(item(page, "Handbook", SitePaths.DOCS, "docs"));
    nav.add(item(page, "Search", SitePaths.SEARCH, "search"));
    return nav;
  }

  private static Link item(Page page, String label, String target, String section) {
    return new Link(label, page.href(target), section.equals(page.section));
  }
}
