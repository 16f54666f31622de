package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.site.SitePaths;

/**
 * Hostile text in titles, KR notes, narratives, check-ins and docs ({@code sites/hostile}) reaches
 * no page as markup: no script but the site's own, no event handler, no javascript:/data: link.
 */
class EscapingTest {
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  @TempDir Path out;

  @Test
  void hostileContentIsEscapedOrNeutralisedOnEveryPage() throws Exception {
    BuiltSite site =
        BuiltSite.build(Path.of("src/test/resources/sites/hostile/content"), out.resolve("public"));
    List<String> bad = new ArrayList<>();
    boolean sawEscapedTitle = false;
    for (String page : site.pages()) {
      String html = site.read(page);
      Matcher m = TAG.matcher(html);
      while (m.find()) {
        String tag = m.group();
        String lower = tag.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("<script")
            && !lower.matches("<script src=\"[./]*assets/[a-z]+\\.js\" defer>"))
          bad.add(page + " " + tag);
        if (lower.matches("(?s).*\\son[a-z]+\\s*=.*")) bad.add(page + " " + tag);
        if (lower.contains("href=\"javascript:")
            || lower.contains("href=\"data:")
            || lower.contains("src=\"x\"")) bad.add(page + " " + tag);
        if (lower.startsWith("<img") && lower.contains("evil.example")) bad.add(page + " " + tag);
      }
      if (html.contains("Win &lt;script&gt;alert(1)&lt;/script&gt;")) sawEscapedTitle = true;
    }
    assertEquals(List.of(), bad);
    assertTrue(sawEscapedTitle, "the objective title is shown, escaped");
    String objective = site.read(SitePaths.objective("2026-q4", "web-hostile"));
    assertTrue(
        objective.contains(" and a\nx link")
            || objective.contains("and a x link")
            || objective.contains("<a href=\"#\">x</a>"),
        "javascript: link reduced to its text");
    assertTrue(
        !objective.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript"),
        "no javascript: href");
    assertTrue(
        objective.contains("<a href=\"https://example.com\" rel=\"noopener noreferrer\">ok</a>"),
        objective);
    String json = Files.readString(site.root.resolve("data/search-index.json"));
    assertTrue(!json.contains("<script>"), "JSON escapes < too");
  }
}
