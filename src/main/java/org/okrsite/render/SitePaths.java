package org.okrsite.render;

import java.util.Locale;

/**
 * The URL layout of the site, in one place. Every path is relative to the output root; pages link
 * to each other with {@link #relative(String, String)}, so the site works from any sub-path and
 * from {@code file://}. Links to a folder always name its {@code index.html}.
 */
final class SitePaths {
  static final String HOME = "index.html";
  static final String ORG = "org/index.html";
  static final String CYCLES = "cycles/index.html";
  static final String THIS_WEEK = "this-week.html";
  static final String CHANGES = "changes.html";
  static final String KPIS = "kpis/index.html";
  static final String DOCS = "docs/index.html";
  static final String SEARCH = "search.html";
  static final String SEARCH_INDEX = "data/search-index.json";
  static final String SITEMAP_HTML = "sitemap.html";
  static final String SITEMAP_XML = "sitemap.xml";
  static final String NOT_FOUND = "404.html";

  private SitePaths() {}

  static String cycle(String c) {
    return "cycles/" + c + "/index.html";
  }

  static String unit(String c, String unitId) {
    return "cycles/" + c + "/units/" + unitId + ".html";
  }

  static String person(String c, String personId) {
    return "cycles/" + c + "/people/" + personId + ".html";
  }

  static String objective(String c, String objectiveId) {
    return "cycles/" + c + "/objectives/" + objectiveId + ".html";
  }

  /** The anchor of a key result on its objective's page. */
  static String krAnchor(String krId) {
    return KR_ANCHORS.computeIfAbsent(krId, id -> "kr-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
  }

  /** A site has a handful of KR ids ("KR1"…) and links to them from every check-in row. */
  private static final java.util.Map<String, String> KR_ANCHORS = new java.util.concurrent.ConcurrentHashMap<>();

  static String alignment(String c) {
    return "cycles/" + c + "/alignment.html";
  }

  static String updates(String c) {
    return "cycles/" + c + "/updates/index.html";
  }

  static String week(String c, String weekId) {
    return "cycles/" + c + "/updates/" + weekId + ".html";
  }

  /**
   * Page {@code n} (1-based) of a long listing: the first at {@code path}, the others in a folder
   * named after it ({@code timelines/sales.html} → {@code timelines/sales/2.html}), which no other
   * page's path can be, whatever a unit is called.
   */
  static String paged(String path, int n) {
    return n <= 1 ? path : path.substring(0, path.length() - ".html".length()) + "/" + n + ".html";
  }

  static String timeline(String c, String unitId) {
    return "cycles/" + c + "/timelines/" + unitId + ".html";
  }

  static String reports(String c) {
    return "cycles/" + c + "/reports/index.html";
  }

  static String report(String c, String deptId, String month) {
    return "cycles/" + c + "/reports/" + deptId + "-" + month + ".html";
  }

  static String retros(String c) {
    return "cycles/" + c + "/retros/index.html";
  }

  static String retro(String c, String unitId) {
    return "cycles/" + c + "/retros/" + unitId + ".html";
  }

  static String dependencies(String c) {
    return "cycles/" + c + "/dependencies.html";
  }

  static String doc(String docId) {
    return "docs/" + docId + ".html";
  }

  static String unitFeed(String unitId) {
    return "feeds/units/" + unitId + ".xml";
  }

  static String personFeed(String personId) {
    return "feeds/people/" + personId + ".xml";
  }

  static final String COMPANY_FEED = "feeds/company.xml";

  /**
   * The link from one page to another, both relative to the output root:
   * {@code relative("cycles/q4/units/growth.html", "index.html")} is {@code ../../../index.html}.
   */
  static String relative(String fromPage, String to) {
    return "../".repeat(depth(fromPage)) + to;
  }

  /** How many folders down a page is: every link from it starts with that many {@code ../}. */
  static int depth(String page) {
    int depth = 0;
    for (int i = page.indexOf('/'); i >= 0; i = page.indexOf('/', i + 1)) depth++;
    return depth;
  }
}
