package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.TestSites;

/**
 * Pages that list the whole organisation stay bounded: on a generated organisation of 350 people, a
 * cycle's page names how many individual objectives there are instead of showing each, and no piece
 * of evidence shows more than {@link EvidenceLinks#LINKS_SHOWN} links; the rest are counted.
 */
class BoundedPagesTest {
  private static final Pattern EVIDENCE =
      Pattern.compile(
          "<summary>Evidence: (\\d+) link\\(s\\)</summary><ul class=\"refs\">(.*?)</ul>");
  private static final Pattern MORE =
      Pattern.compile(
          "<li>… and (\\d+) more: all are in <a"
              + " href=\"[^\"]*data/okrs\\.json\">okrs\\.json</a></li>");

  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    site = TestSites.buildGenerated(350, tmp);
  }

  @Test
  void theCyclePageCountsIndividualObjectivesPastTheLimit() throws IOException {
    String html = Files.readString(site.resolve("cycles/2026-q4/index.html"));
    Matcher m =
        Pattern.compile(
                "<h2>Individual OKRs</h2>\\s*<p>([\\d,]+) individual objectives: each person&#39;s"
                    + " page has theirs")
            .matcher(html);
    assertTrue(m.find(), "no count of individual objectives on the cycle page");
    int count = Integer.parseInt(m.group(1).replace(",", ""));
    assertTrue(count > HomePages.PERSONAL_CARDS, count + " individual objectives");
    long personPages;
    try (Stream<Path> people = Files.list(site.resolve("cycles/2026-q4/people"))) {
      personPages = people.count();
    }
    assertTrue(personPages >= 300, personPages + " person pages");
  }

  @Test
  void evidenceShowsAtMostTheLimitAndCountsTheRest() throws IOException {
    int capped = 0;
    int lists = 0;
    try (Stream<Path> files = Files.walk(site)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = EVIDENCE.matcher(Files.readString(p));
        while (m.find()) {
          lists++;
          int total = Integer.parseInt(m.group(1));
          String items = m.group(2);
          int shown = count(items, "<li>") - (items.contains("… and ") ? 1 : 0);
          assertTrue(shown <= EvidenceLinks.LINKS_SHOWN, shown + " links in " + p);
          Matcher more = MORE.matcher(items);
          if (total > EvidenceLinks.LINKS_SHOWN) {
            capped++;
            assertTrue(more.find(), "no count of the rest in " + p);
            assertEquals(
                total - EvidenceLinks.LINKS_SHOWN, Integer.parseInt(more.group(1)), p.toString());
            assertEquals(EvidenceLinks.LINKS_SHOWN, shown);
          } else {
            assertFalse(more.find(), p.toString());
            assertEquals(total, shown, p.toString());
          }
        }
      }
    }
    assertTrue(lists > 100, lists + " evidence lists");
    assertTrue(capped > 0, "no evidence list reached the limit: the test shows nothing");
  }

  @SuppressWarnings("unchecked")
  @Test
  void theHomePageShowsTwentyInsightsOfAKindAndCountsTheRest() throws IOException {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setCodePointLimit(200_000_000);
    Map<String, Object> json =
        new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options))
            .load(Files.readString(site.resolve("data/okrs.json")));
    Map<String, Object> company =
        ((List<Map<String, Object>>) json.get("insights"))
            .stream().filter(m -> "company".equals(m.get("level"))).findFirst().orElseThrow();
    Map<String, Integer> all = new java.util.LinkedHashMap<>();
    for (Map<String, Object> i : (List<Map<String, Object>>) company.get("insights"))
      all.merge((String) i.get("kind"), 1, Integer::sum);
    String home = Files.readString(site.resolve("index.html"));
    int capped = 0;
    for (Map.Entry<String, Integer> e : all.entrySet()) {
      int shown = count(home, "<li class=\"insight insight-" + e.getKey() + "\">");
      assertEquals(Math.min(e.getValue(), ReviewViews.INSIGHTS_SHOWN_PER_KIND), shown, e.getKey());
      Matcher more =
          Pattern.compile(
                  "<li class=\"insight insight-"
                      + Pattern.quote(e.getKey())
                      + " insight-more\">… and ([\\d,]+) more ")
              .matcher(home);
      if (e.getValue() > ReviewViews.INSIGHTS_SHOWN_PER_KIND) {
        capped++;
        assertTrue(more.find(), "no count of the other " + e.getKey() + " insights");
        assertEquals(
            e.getValue() - ReviewViews.INSIGHTS_SHOWN_PER_KIND,
            Integer.parseInt(more.group(1).replace(",", "")));
      } else {
        assertFalse(more.find(), e.getKey());
      }
    }
    assertTrue(capped > 0, "no kind of insight reached the limit: " + all);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
    return n;
  }
}
