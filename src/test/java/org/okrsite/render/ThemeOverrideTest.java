package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file under {@code <source>/themes/} replaces the default theme's file of the same path, one at
 * a time.
 */
class ThemeOverrideTest {
  @TempDir Path tmp;

  @Test
  void siteFooterPartialAndStylesheetReplaceTheDefaults() throws Exception {
    Path source = tmp.resolve("content");
    copy(GoldenSiteTest.CASE.resolve("content"), source);
    Files.createDirectories(source.resolve("themes/partials"));
    Files.createDirectories(source.resolve("themes/assets"));
    Files.writeString(
        source.resolve("themes/partials/footer.mustache"),
        "<footer class=\"acme\"><p>Acme intranet footer — {{siteTitle}}</p></footer>\n");
    Files.writeString(source.resolve("themes/assets/site.css"), "body { color: rebeccapurple; }\n");
    Files.writeString(
        source.resolve("themes/assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    BuiltSite site = BuiltSite.build(source, tmp.resolve("public"));
    for (String page : site.pages()) {
      String html = site.read(page);
      assertTrue(html.contains("Acme intranet footer — Small Co OKRs"), page);
      assertFalse(html.contains("Data (okrs.json)"), page);
      assertTrue(
          html.contains("<nav class=\"site-nav\""), "other partials stay the default: " + page);
    }
    assertTrue(Files.readString(site.root.resolve("assets/site.css")).contains("rebeccapurple"));
    assertTrue(
        Files.isRegularFile(site.root.resolve("assets/logo.svg")), "extra assets are published");
    assertTrue(
        Files.readString(site.root.resolve("assets/theme.js")).contains("data-theme"),
        "untouched assets stay");
  }

  static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
