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
              Map.of(
                  "baseof", PageWriter.Layout.class,
                  "cycle", CyclePage.class,
                  "cycles", HomePages.CyclesView.class,
                  "search", SitePages.SearchView.class,
                  "404", SitePages.NotFoundView.class,
                  "sitemap", SitePages.SitemapView.class,
                  "docs", DocPages.DocsView.class,
                  "doc", DocPages.DocView.class)));

  /** How a diagnostic names the page a template belongs to. */
  static String pageName(String template) {
    return template.equals("baseof") ? "page layout" : template + " page";
  }
}
