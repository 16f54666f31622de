package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.config.Dimension;
import org.okrsite.model.Objective;
import org.okrsite.review.Insight;
import org.okrsite.review.ReviewResult;
import org.okrsite.review.ScopeInsights;
import org.okrsite.site.SitePaths;

/**
 * The review of issue 5 on the example site (as of 2026-11-23): a rubric card on every objective
 * page, lint findings, the goal-system health on the home page and insights per level, each linking
 * to the evidence behind it.
 */
class ReviewPagesTest {
  @TempDir static Path out;
  static BuiltSite site;
  static ReviewResult review;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.build(BuiltSite.EXAMPLE, out.resolve("public"));
    review = site.result.review();
  }

  @Test
  void everyRatedObjectiveHasARubricCardWithItsSevenDimensions() throws Exception {
    int rated = 0;
    for (Objective o : site.result.model().objectives()) {
      if (!review.rubrics().containsKey(o.id())) continue;
      rated++;
      String html = site.read(SitePaths.objective(o.cycleId(), o.id()));
      var r = review.rubrics().get(o.id());
      assertTrue(html.contains("Quality rubric: " + r.total() + "/100"), o.id());
      for (Dimension d : Dimension.values())
        assertTrue(html.contains("<th scope=\"row\">" + d.label() + "</th>"), o.id() + " " + d);
    }
    assertEquals(site.result.model().objectives().size(), rated, "every objective is rated");
  }

  @Test
  void objectivePagesListTheirLintFindings() throws Exception {
    var finding =
        review.findings().stream()
            .filter(f -> f.objectiveId() != null && f.krId() != null)
            .findFirst()
            .orElseThrow();
    Objective o = site.result.model().objective(finding.objectiveId()).orElseThrow();
    String html = site.read(SitePaths.objective(o.cycleId(), o.id()));
    assertTrue(html.contains("<code>" + finding.ruleId() + "</code>"), finding.toString());
    assertTrue(html.contains(escaped(finding.message())), finding.message());
  }

  @Test
  void homePageShowsTheGoalSystemHealthOutOfEight() throws Exception {
    String home = site.read("index.html");
    assertTrue(home.contains("Goal-system health: " + review.health().score() + "/8"), "score /8");
    assertTrue(home.contains("Verdict: <strong>" + review.health().verdict() + "</strong>"));
    for (var s : review.health().signals())
      assertTrue(home.contains("<strong>" + escaped(s.name()) + "</strong>"), s.key());
  }

  @Test
  void insightsAppearPerLevel() throws Exception {
    String c = review.cycleId();
    for (ScopeInsights s : review.insights()) {
      String page =
          switch (s.scope().level()) {
            case PERSON -> SitePaths.person(c, s.scope().id());
            default -> SitePaths.unit(c, s.scope().id());
          };
      String html = site.read(page);
      assertTrue(
          html.contains("Cycle health score: <strong>" + s.healthScore() + "/100</strong>"), page);
      // up to INSIGHTS_SHOWN_PER_KIND of each kind, and one "… and N more" line for a kind with
      // more
      java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
      for (var i : s.insights()) perKind.merge(i.kind(), 1, Integer::sum);
      int lines = 0;
      for (int n : perKind.values())
        lines +=
            Math.min(n, ReviewViews.INSIGHTS_SHOWN_PER_KIND)
                + (n > ReviewViews.INSIGHTS_SHOWN_PER_KIND ? 1 : 0);
      assertEquals(lines, ChartPagesTest.count(html, "<li class=\"insight insight-"), page);
    }
    assertTrue(
        site.read("index.html").contains("<h2 id=\"insights-h\">Insights"),
        "company insights on the home page");
  }

  /**
   * For every kind whose insights cite records, some rendered insight of that kind links to one
   * that exists.
   */
  @Test
  void everyInsightKindLinksToEvidenceThatResolves() throws Exception {
    Set<String> kindsWithRefs = new TreeSet<>();
    for (ScopeInsights s : review.insights()) {
      for (Insight i : s.insights())
        if (i.evidence() != null && !i.evidence().refs().isEmpty()) kindsWithRefs.add(i.kind());
    }
    Map<String, Integer> resolving = new TreeMap<>();
    Pattern item = Pattern.compile("(?s)<li class=\"insight insight-([a-z0-9-]+)\">(.*?)</li>\\n");
    for (String page : site.pages()) {
      Matcher m = item.matcher(site.read(page));
      while (m.find()) {
        for (String url : BuiltSite.urls(m.group(2))) {
          if (resolves(page, url)) resolving.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
    List<String> without = new ArrayList<>();
    for (String k : kindsWithRefs) if (!resolving.containsKey(k)) without.add(k);
    assertTrue(
        kindsWithRefs.size() >= 8, "the example has many kinds of insight: " + kindsWithRefs);
    assertEquals(List.of(), without, "insight kinds without a working evidence link");
  }

  /** Text as the templates print it. */
  static String escaped(String text) {
    java.io.StringWriter w = new java.io.StringWriter();
    com.github.mustachejava.util.HtmlEscaper.escape(text, w);
    return w.toString();
  }

  private static boolean resolves(String page, String url) throws Exception {
    String target = BuiltSite.resolve(page, url);
    if (target == null || !Files.isRegularFile(site.root.resolve(target))) return false;
    String frag = BuiltSite.fragment(url);
    return frag == null || BuiltSite.ids(site.read(target)).contains(frag);
  }
}
