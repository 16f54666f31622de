package org.okrsite.render;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view record each page template is rendered with, for {@link TemplateContract}: the default
 * theme is tested against them, and a site's theme override is checked against them at build time.
 */
final class PageTypes {
  private PageTypes() {}

  /** Template name (without {@code .mustache}) → its view record. */
  static final Map<String, Class<?>> BY_TEMPLATE =
      Collections.unmodifiableSortedMap(
          new TreeMap<>(
              Map.ofEntries(
                  Map.entry("baseof", PageWriter.Layout.class),
                  Map.entry("cycle", CyclePage.class),
                  Map.entry("cycles", HomePages.CyclesView.class),
                  Map.entry("search", SitePages.SearchView.class),
                  Map.entry("404", SitePages.NotFoundView.class),
                  Map.entry("sitemap", SitePages.SitemapView.class),
                  Map.entry("docs", DocPages.DocsView.class),
                  Map.entry("doc", DocPages.DocView.class),
                  Map.entry("updates", UpdatePages.UpdatesView.class),
                  Map.entry("week", UpdatePages.WeekView.class),
                  Map.entry("timeline", UpdatePages.TimelineView.class),
                  Map.entry("changes", ChangesPage.ChangesView.class),
                  Map.entry("report", ReportPages.ReportView.class),
                  Map.entry("reports", ReportPages.ReportsView.class),
                  Map.entry("retro", RetroPages.RetroView.class),
                  Map.entry("retros", RetroPages.RetrosView.class),
                  Map.entry("home", HomePage.class),
                  Map.entry("org", OrgPage.class),
                  Map.entry("unit", UnitPage.class),
                  Map.entry("person", PersonPage.class),
                  Map.entry("objective", ObjectivePage.class),
                  Map.entry("dependencies", BoardPages.DependenciesView.class),
                  Map.entry("kpis", BoardPages.KpisView.class),
                  Map.entry("alignment", AlignmentPage.AlignmentView.class))));

  /** How a diagnostic names the page a template belongs to. */
  static String pageName(String template) {
    return template.equals("baseof") ? "page layout" : template + " page";
  }
}
