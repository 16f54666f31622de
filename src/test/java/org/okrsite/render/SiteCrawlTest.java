package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.site.SitePaths;

/**
 * Builds the example organisation (as of 2026-11-23) and crawls it: every internal link and anchor
 * resolves, nothing is loaded from outside the site, every page of issue 3 exists and is reachable
 * from the home page by following links.
 */
class SiteCrawlTest {
  @TempDir static Path out;
  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.build(BuiltSite.EXAMPLE, out.resolve("public"));
  }

  @Test
  void everyInternalLinkAndAnchorResolves() throws Exception {
    Map<String, Set<String>> idsByPage = new HashMap<>();
    for (String p : site.pages()) idsByPage.put(p, BuiltSite.ids(site.read(p)));
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (String page : site.pages()) {
      for (String url : BuiltSite.urls(site.read(page))) {
        if (BuiltSite.isExternal(url)) continue;
        links++;
        String target = BuiltSite.resolve(page, url);
        if (target == null || !Files.isRegularFile(site.root.resolve(target))) {
          broken.add(page + " -> " + url);
          continue;
        }
        String frag = BuiltSite.fragment(url);
        if (frag != null
            && !frag.isEmpty()
            && !idsByPage.getOrDefault(target, Set.of()).contains(frag)) {
          broken.add(page + " -> " + url + " (no such anchor)");
        }
      }
    }
    assertTrue(links > 1000, "expected a well-linked site, got " + links + " links");
    assertEquals(List.of(), broken);
  }

  @Test
  void nothingIsLoadedFromOutsideTheSite() throws Exception {
    List<String> bad = new ArrayList<>();
    for (String page : site.pages()) {
      String html = site.read(page);
      for (String src : BuiltSite.srcs(html))
        if (BuiltSite.isExternal(src) || src.startsWith("/")) bad.add(page + " src " + src);
      for (String url : BuiltSite.urls(html)) {
        if (url.startsWith("/")) bad.add(page + " root-absolute " + url);
        if (url.endsWith("/") && !BuiltSite.isExternal(url)) bad.add(page + " folder link " + url);
      }
      if (html.matches("(?s).*<link[^>]+href=\"https?:.*")) bad.add(page + " external <link>");
      if (html.contains(" style=\"") || html.matches("(?s).*<script>.*") || html.contains("<style"))
        bad.add(page + " inline style/script");
      if (!html.contains("http-equiv=\"Content-Security-Policy\"")) bad.add(page + " no CSP");
      // External links that content may carry must not hand the page to the target.
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("<a [^>]*href=\"https?:[^>]*>").matcher(html);
      while (m.find())
        if (!m.group().contains("noopener"))
          bad.add(page + " external link without noopener " + m.group());
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void everyPageOfTheIssueExistsAndIsReachableFromHome() throws Exception {
    Set<String> reachable = crawlFrom("index.html");
    List<String> expected =
        List.of(
            "index.html",
            "org/index.html",
            "cycles/index.html",
            "cycles/2026-q4/index.html",
            "cycles/2026-q3/index.html",
            "cycles/2026-q4/units/acme-cloud.html",
            "cycles/2026-q4/units/growth.html",
            "cycles/2026-q4/units/product-engineering.html",
            "cycles/2026-q4/people/sarah-chen.html",
            "cycles/2026-q3/units/growth.html",
            "cycles/2026-q4/objectives/growth-onboarding.html",
            "cycles/2026-q4/alignment.html",
            "cycles/2026-q4/updates/index.html",
            "cycles/2026-q4/updates/2026-w47.html",
            "this-week.html",
            "cycles/2026-q4/timelines/growth.html",
            "cycles/2026-q4/reports/index.html",
            "cycles/2026-q4/reports/product-engineering-2026-11.html",
            "cycles/2026-q3/retros/index.html",
            "cycles/2026-q3/retros/growth.html",
            "cycles/2026-q3/retros/acme-cloud.html",
            "kpis/index.html",
            "cycles/2026-q4/dependencies.html",
            "changes.html",
            "docs/index.html",
            "docs/glossary.html",
            "search.html",
            "sitemap.html",
            "404.html");
    List<String> missing = new ArrayList<>();
    for (String p : expected) if (!Files.isRegularFile(site.root.resolve(p))) missing.add(p);
    assertEquals(List.of(), missing, "pages that should exist");
    assertTrue(Files.isRegularFile(site.root.resolve("data/search-index.json")));
    assertTrue(Files.isRegularFile(site.root.resolve("assets/search.js")));
    // Every page except 404 is reachable by links from the home page.
    TreeSet<String> unreachable = new TreeSet<>(site.pages());
    unreachable.removeAll(reachable);
    unreachable.remove("404.html");
    assertEquals(Set.of(), unreachable);
  }

  @Test
  void everyObjectiveHasItsPage() throws Exception {
    for (var o : site.result.model().objectives()) {
      assertTrue(
          Files.isRegularFile(site.root.resolve(SitePaths.objective(o.cycleId(), o.id()))), o.id());
    }
  }

  static Set<String> crawlFrom(String start) throws Exception {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String page = todo.pop();
      if (!seen.add(page)) continue;
      for (String url : BuiltSite.urls(site.read(page))) {
        if (BuiltSite.isExternal(url)) continue;
        String target = BuiltSite.resolve(page, url);
        if (target != null
            && target.endsWith(".html")
            && Files.isRegularFile(site.root.resolve(target))
            && !seen.contains(target)) {
          todo.push(target);
        }
      }
    }
    return seen;
  }
}
