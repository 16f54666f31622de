package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.render.Views.Link;
import org.okrsite.site.SitePaths;

/**
 * One page being built: its path, title, section (for the navigation), breadcrumbs and feeds.
 * {@link #href(String)} turns a site path into a link relative to this page.
 */
final class Page {
  final String path;
  final String title;
  final String section;
  final List<Link> crumbs = new ArrayList<>();
  final List<Link> feeds = new ArrayList<>();

  Page(String path, String title, String section) {
    this.path = path;
    this.title = title;
    this.section = section;
  }

  /** The link from this page to a site path (which may carry a {@code #fragment}). */
  String href(String sitePath) {
    return SitePaths.relative(path, sitePath);
  }

  /** Adds a breadcrumb above this page; the page itself is added last by the layout. */
  Page crumb(String label, String sitePath) {
    crumbs.add(Link.of(label, href(sitePath)));
    return this;
  }

  String root() {
    return SitePaths.relative(path, "");
  }
}
