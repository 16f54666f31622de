package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrsite.site.SitePaths;

/**
 * The hostile corpus ({@code hostile/xss-vectors.txt}, over a hundred vectors, the OWASP
 * filter-evasion cheat sheet among them) in every text field of a site ({@link HostileSite}), built
 * by the real pipeline with raw HTML off and on: every page parses to nothing active the theme did
 * not put there ({@link PageSafety}), feeds and JSON carry the text inert, and the payloads are
 * still shown, as text.
 */
class HostileCorpusTest {
  @TempDir Path tmp;

  @Test
  void theCorpusHasOverAHundredVectors() throws Exception {
    assertTrue(HostileSite.corpus().size() >= 100, "corpus size " + HostileSite.corpus().size());
  }

  @ParameterizedTest(name = "raw_html: {0}")
  @ValueSource(booleans = {false, true})
  void everyPageOfTheHostileSiteIsInert(boolean rawHtml) throws Exception {
    HostileSite content = HostileSite.write(tmp.resolve("content"), rawHtml);
    BuiltSite site = BuiltSite.build(content.root, tmp.resolve("public"));
    List<String> bad = new ArrayList<>();
    List<String> pages = site.pages();
    assertTrue(
        pages.size() > content.payloads.size(), "one page per objective at least: " + pages.size());
    for (String page : pages) bad.addAll(PageSafety.problems(page, Jsoup.parse(site.read(page))));
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 40)), bad.size() + " problems");
    feedsAndDataAreInert(site);
  }

  @Test
  void payloadsStayVisibleAsText() throws Exception {
    HostileSite content = HostileSite.write(tmp.resolve("content"), false);
    BuiltSite site = BuiltSite.build(content.root, tmp.resolve("public"));
    int checked = 0;
    for (int i = 0; i < content.payloads.size(); i++) {
      String p = content.p(i);
      if (!isPlainVisible(p)) continue;
      Document page =
          Jsoup.parse(site.read(SitePaths.objective("2026-q4", HostileSite.objectiveId(i))));
      assertTrue(
          text(page.select("h1").text()).contains(text(p)),
          "objective title " + i + " shown: " + p);
      assertTrue(
          text(page.body().text()).contains(text(content.p(i + 1))),
          "KR metric of " + i + " shown");
      checked++;
    }
    assertTrue(checked > 100, "checked " + checked);
    Document home = Jsoup.parse(site.read(SitePaths.HOME));
    assertTrue(
        home.title().contains("</title><script>alert(1)</script> '';!--\"<XSS>=&{()} {{title}}"),
        home.title());
    assertTrue(home.body().text().contains(content.p(1)), "strategy vision on the home page");
    assertTrue(pageText(site, SitePaths.KPIS).contains("KPI 0 " + content.p(0)), "KPI name");
    assertTrue(
        pageText(site, SitePaths.dependencies("2026-q4")).contains(content.p(6)),
        "dependency deliverable");
    assertTrue(
        pageText(
                site,
                SitePaths.week("2026-q4", Formats.weekId(java.time.LocalDate.parse("2026-11-20"))))
            .contains(content.p(9)),
        "check-in issue");
    Document docs = Jsoup.parse(site.read(SitePaths.DOCS));
    assertTrue(docs.body().text().contains(content.p(0)), "doc title in the handbook index");
    Document links = Jsoup.parse(site.read(SitePaths.doc("links")));
    long blocked = links.select("main a[href=#]").size();
    assertTrue(
        blocked >= 2 * (HostileSite.URLS.size() - 3),
        "unsafe link targets became #: " + blocked + "\n" + links.select("main").html());
    assertEquals(
        4,
        links.select("main a[href=https://ok.example/a?b=1&c=2][rel=noopener noreferrer]").size(),
        links.select("main").html());
    assertTrue(
        links.select("main img").stream()
            .allMatch(i -> i.attr("src").equals("#") || i.attr("src").equals("glossary.html")));
    for (String s :
        List.of("{{>partials/header}}", "{{{x}}}", "{{#x}}section{{/x}}", "'';!--\"<XSS>=&{()}")) {
      assertTrue(anyPageShows(site, s), "shown as text somewhere: " + s);
    }
  }

  /** Visible text of a payload: jsoup collapses whitespace and turns NUL into U+FFFD. */
  private static String text(String s) {
    return s.replace('\u0000', '\uFFFD').replaceAll("\\s+", " ").strip();
  }

  private static boolean isPlainVisible(String p) {
    return p.length() < 1000
        && p.chars()
            .noneMatch(
                c ->
                    c < 0x20
                        || Character.getType(c) == Character.FORMAT
                        || c == '\u2028'
                        || c == '\u2029');
  }

  private static String pageText(BuiltSite site, String page) throws Exception {
    return Jsoup.parse(site.read(page)).body().text();
  }

  private static boolean anyPageShows(BuiltSite site, String s) throws Exception {
    for (String page : site.pages())
      if (Jsoup.parse(site.read(page)).body().text().contains(s)) return true;
    return false;
  }

  /**
   * Feeds are strict XML with Atom elements only, text content and safe links; JSON carries no raw
   * {@code <} at all ({@code json.Json} writes it as {@code \u003c}), so no page can mistake it for
   * markup.
   */
  private static void feedsAndDataAreInert(BuiltSite site) throws Exception {
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    int feeds = 0;
    for (Map.Entry<String, byte[]> f : site.files().entrySet()) {
      String name = f.getKey();
      String text = new String(f.getValue(), StandardCharsets.UTF_8);
      if (name.endsWith(".json")) assertTrue(text.indexOf('<') < 0, name + " holds a raw <");
      if (!name.endsWith(".xml")) continue;
      xml.newDocumentBuilder().parse(new ByteArrayInputStream(f.getValue()));
      Document d = Jsoup.parse(text, "", Parser.xmlParser());
      for (Element e : d.getAllElements()) {
        assertTrue(
            e.normalName()
                .matches(
                    "#root|feed|id|title|updated|link|author|name|generator|entry|category|content"
                        + "|summary|urlset|url|loc|lastmod|\\?xml"),
            name + " has <" + e.normalName() + ">");
        if (e.hasAttr("href"))
          assertTrue(PageSafety.isSafeUrl(e.attr("href")), name + " " + e.attr("href"));
        if (e.normalName().equals("content") || e.normalName().equals("title")) {
          assertTrue(
              e.attr("type").isEmpty() || e.attr("type").equals("text"),
              name + " " + e.outerHtml());
        }
      }
      feeds++;
    }
    assertTrue(feeds > 0, "feeds written");
  }
}
