package org.okrsite.browser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of the example site for each page template of the default theme (template kind → path
 * from the site root), so a check over these covers every layout the site has.
 */
final class PageTemplates {
  private PageTemplates() {}

  /** Template kind → example page, in a stable order. */
  static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("home", "index.html");
    m.put("org", "org/index.html");
    m.put("unit", "cycles/2026-q4/units/growth.html");
    m.put("person", "cycles/2026-q4/people/mike-okafor.html");
    m.put("objective", "cycles/2026-q4/objectives/growth-onboarding.html");
    m.put("alignment", "cycles/2026-q4/alignment.html");
    m.put("updates", "cycles/2026-q4/updates/index.html");
    m.put("week", "cycles/2026-q4/updates/2026-w47.html");
    m.put("this-week", "this-week.html");
    m.put("changes", "changes.html");
    m.put("timeline", "cycles/2026-q4/timelines/growth.html");
    m.put("reports", "cycles/2026-q4/reports/index.html");
    m.put("report", "cycles/2026-q4/reports/product-engineering-2026-11.html");
    m.put("retros", "cycles/2026-q3/retros/index.html");
    m.put("retro", "cycles/2026-q3/retros/growth.html");
    m.put("kpis", "kpis/index.html");
    m.put("dependencies", "cycles/2026-q4/dependencies.html");
    m.put("cycles", "cycles/index.html");
    m.put("cycle", "cycles/2026-q4/index.html");
    m.put("docs", "docs/index.html");
    m.put("doc", "docs/scoring-guide.html");
    m.put("search", "search.html");
    m.put("404", "404.html");
    m.put("sitemap", "sitemap.html");
    return m;
  }
}
