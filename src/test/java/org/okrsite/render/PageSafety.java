package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a built page may hold, judged on the parsed DOM (as a browser sees it, entities decoded) and
 * independently of the code that produced it: scripts only the theme's own files, no event handler,
 * no {@code style}, no URL with a scheme other than http, https or mailto, none of the elements
 * that load or submit something except the theme's stylesheets, feeds and search form, and the
 * Content-Security-Policy meta on every page.
 */
final class PageSafety {
  static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "srcset",
          "data",
          "poster",
          "cite",
          "background",
          "ping",
          "manifest",
          "codebase",
          "dynsrc",
          "lowsrc",
          "longdesc");
  static final Set<String> FORBIDDEN =
      Set.of(
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "style",
          "template",
          "noscript",
          "xml",
          "import",
          "portal",
          "bgsound",
          "math");

  private PageSafety() {}

  /** Every problem on the page, as "page: what"; empty when the page is safe. */
  static List<String> problems(String page, Document doc) {
    List<String> bad = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (FORBIDDEN.contains(tag)) bad.add(page + ": <" + tag + ">");
      if (tag.equals("script") && !isThemeScript(e)) bad.add(page + ": " + e.outerHtml());
      if (tag.equals("form") && !e.attr("action").matches("(\\.\\./)*search\\.html"))
        bad.add(page + ": " + e.outerHtml());
      if (tag.equals("link") && !isThemeLink(e)) bad.add(page + ": " + e.outerHtml());
      if (tag.equals("meta") && !isThemeMeta(e)) bad.add(page + ": " + e.outerHtml());
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) bad.add(page + ": handler " + name + " on <" + tag + ">");
        if (name.equals("style")) bad.add(page + ": style attribute on <" + tag + ">");
        if (URL_ATTRIBUTES.contains(name) && !isSafeUrl(a.getValue()))
          bad.add(page + ": " + name + "=" + a.getValue());
      }
    }
    List<Element> csp = doc.select("head > meta[http-equiv=Content-Security-Policy]");
    if (csp.size() != 1 || !csp.get(0).attr("content").equals(PageWriter.CSP))
      bad.add(page + ": no CSP meta");
    return bad;
  }

  /** http, https, mailto or relative (not protocol-relative), read as a browser reads it. */
  static boolean isSafeUrl(String raw) {
    String u = raw.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
    if (u.startsWith("//") || u.startsWith("/\\") || u.startsWith("\\")) return false;
    int colon = u.indexOf(':');
    int end = u.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = u.indexOf(c);
      if (i >= 0) end = Math.min(end, i);
    }
    if (colon < 0 || colon > end) return true;
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }

  private static boolean isThemeScript(Element e) {
    return e.data().isEmpty()
        && e.attributes().size() == 2
        && e.hasAttr("defer")
        && e.attr("src").matches("(\\.\\./)*assets/(theme|search)\\.js");
  }

  private static boolean isThemeLink(Element e) {
    String rel = e.attr("rel");
    String href = e.attr("href");
    if (rel.equals("stylesheet")) return href.matches("(\\.\\./)*assets/[a-z]+\\.css");
    if (rel.equals("icon")) return href.matches("(\\.\\./)*assets/favicon\\.svg");
    return rel.equals("alternate")
        && e.attr("type").equals("application/atom+xml")
        && href.matches("[a-z0-9./_-]+\\.xml");
  }

  private static boolean isThemeMeta(Element e) {
    if (e.hasAttr("charset")) return e.attributes().size() == 1;
    if (e.attr("name").equals("viewport")) return !e.hasAttr("http-equiv");
    return e.attr("http-equiv").equals("Content-Security-Policy")
        && e.parent() != null
        && e.parent().normalName().equals("head");
  }
}
