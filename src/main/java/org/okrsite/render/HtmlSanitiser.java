package org.okrsite.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML that Markdown produced when a site lets raw HTML through ({@code
 * markdown.raw_html: true}): only the text-formatting elements of jsoup's {@link
 * Safelist#relaxed()} survive (no script, style, iframe, object, embed, form, base, meta, svg),
 * with no event handler and no {@code style} attribute (the Content-Security-Policy would block it
 * anyway), and every link and image URL goes through {@link UrlPolicy}, the same rule Markdown
 * links follow. External links get {@code rel="noopener noreferrer"}.
 *
 * <pre>{@code
 * HtmlSanitiser.clean("<p onclick=x()>Hi<script>alert(1)</script></p>"); // <p>Hi</p>
 * }</pre>
 */
final class HtmlSanitiser {
  /**
   * Relaxed, without the URL schemes jsoup would check (UrlPolicy checks them, and keeps relative
   * URLs, which jsoup drops without a base URI) and without {@code cite} URLs nobody needs; plus
   * the few elements and classes Markdown itself emits (rules, code language, table class).
   */
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
          .removeProtocols("img", "src", "http", "https")
          .removeProtocols("blockquote", "cite", "http", "https")
          .removeProtocols("q", "cite", "http", "https")
          .removeAttributes("blockquote", "cite")
          .removeAttributes("q", "cite")
          .addTags("hr", "del", "ins", "s", "kbd", "mark", "abbr")
          .addAttributes("abbr", "title")
          .addAttributes("code", "class")
          .addAttributes("table", "class")
          .addAttributes("th", "align")
          .addAttributes("td", "align");

  private HtmlSanitiser() {}

  /** The fragment with everything outside the safelist removed and every URL made safe. */
  static String clean(String fragment) {
    Document dirty = Jsoup.parseBodyFragment(fragment, "");
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    for (Element a : clean.select("a[href]")) {
      String href = UrlPolicy.link(a.attr("href"));
      a.attr("href", href);
      if (UrlPolicy.isExternal(href)) a.attr("rel", "noopener noreferrer");
    }
    for (Element img : clean.select("img[src]")) img.attr("src", UrlPolicy.image(img.attr("src")));
    clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    return clean.body().html();
  }
}
