package org.okrsite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.okrsite.model.Doc;
import org.okrsite.render.Views.Link;
import org.okrsite.site.SitePaths;

/**
 * The handbook: Markdown from {@code docs/}, ordered by weight then title, with its own navigation.
 */
final class DocPages {
  private final SiteIndex site;
  private final PageWriter writer;

  DocPages(SiteIndex site, PageWriter writer) {
    this.site = site;
    this.writer = writer;
  }

  List<Doc> ordered() {
    List<Doc> docs = new ArrayList<>(site.model.docs());
    docs.sort(
        Comparator.comparingInt(Doc::weight).thenComparing(Doc::title).thenComparing(Doc::id));
    return docs;
  }

  void writeAll() {
    Page index = new Page(SitePaths.DOCS, "Handbook", "docs");
    index.crumb("Home", SitePaths.HOME);
    writer.write(index, "docs", new DocsView(toc(index, null)));
    for (Doc d : ordered()) {
      Page page = new Page(SitePaths.doc(d.id()), d.title(), "docs");
      page.crumb("Home", SitePaths.HOME).crumb("Handbook", SitePaths.DOCS);
      writer.write(
          page, "doc", new DocView(d.title(), toc(page, d), site.markdown.toHtml(d.markdown())));
    }
  }

  /** The view of {@code docs.mustache}: the handbook's table of contents. */
  record DocsView(List<Link> toc) {}

  /** The view of {@code doc.mustache}: one handbook page and the table of contents beside it. */
  record DocView(String title, List<Link> toc, String bodyHtml) {}

  private List<Link> toc(Page page, Doc shown) {
    return ordered().stream()
        .map(d -> new Link(d.title(), page.href(SitePaths.doc(d.id())), d == shown))
        .toList();
  }
}
