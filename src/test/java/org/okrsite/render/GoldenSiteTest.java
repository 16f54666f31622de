package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the rendered output of the small fixture site ({@code src/test/resources/sites/small}):
 * every file the build writes must equal the one under {@code expected/}, byte for byte.
 *
 * <p>Inline chart SVG is pinned by its title only: the chart package measures text with the fonts
 * of the building machine, so its coordinates differ between machines; {@code chart} tests pin the
 * drawings themselves, and {@link #twoBuildsAreByteIdentical()} their determinism.
 *
 * <p>After an intended change to the theme or the renderer, regenerate the expected files with
 * {@code mvn -B -o test -Dtest=GoldenSiteTest -Dokrsite.updateGolden=true} (or the environment
 * variable {@code OKRSITE_UPDATE_GOLDEN=true}) and review the diff before committing it.
 */
class GoldenSiteTest {
  static final Path CASE = Path.of("src/test/resources/sites/small");
  @TempDir Path out;

  @Test
  void smallSiteMatchesItsGoldenFiles() throws Exception {
    BuiltSite site = BuiltSite.build(CASE.resolve("content"), out.resolve("public"));
    TreeMap<String, byte[]> actual = new TreeMap<>();
    site.files().forEach((path, bytes) -> actual.put(path, withoutChartDrawings(path, bytes)));
    Path expectedDir = CASE.resolve("expected");
    if (update()) {
      if (Files.isDirectory(expectedDir)) {
        try (Stream<Path> s = Files.walk(expectedDir)) {
          for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
      }
      for (Map.Entry<String, byte[]> e : actual.entrySet()) {
        Path p = expectedDir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
    }
    TreeMap<String, byte[]> expected = new TreeMap<>();
    try (Stream<Path> s = Files.walk(expectedDir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        expected.put(
            expectedDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    assertEquals(
        new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), "the files written");
    List<String> differ = new ArrayList<>();
    for (String path : expected.keySet())
      if (!java.util.Arrays.equals(expected.get(path), actual.get(path))) differ.add(path);
    if (!differ.isEmpty()) {
      String first = differ.get(0);
      assertEquals(
          new String(expected.get(first), StandardCharsets.UTF_8),
          new String(actual.get(first), StandardCharsets.UTF_8),
          differ.size()
              + " files differ from their golden copy, first: "
              + first
              + " (regenerate with -Dokrsite.updateGolden=true)");
    }
  }

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    TreeMap<String, byte[]> a = BuiltSite.build(CASE.resolve("content"), out.resolve("a")).files();
    TreeMap<String, byte[]> b = BuiltSite.build(CASE.resolve("content"), out.resolve("b")).files();
    assertEquals(a.keySet(), b.keySet());
    for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
  }

  @Test
  void sitemapXmlUsesTheBaseUrl() throws Exception {
    BuiltSite site = BuiltSite.build(CASE.resolve("content"), out.resolve("public"));
    String xml = Files.readString(site.root.resolve("sitemap.xml"));
    assertEquals(true, xml.contains("<loc>https://okrs.example.com/small/index.html</loc>"), xml);
    assertEquals(false, xml.contains("404.html"));
  }

  private static final java.util.regex.Pattern SVG =
      java.util.regex.Pattern.compile("(?s)<svg\\b[^>]*>\\s*<title[^>]*>(.*?)</title>.*?</svg>");

  /** A page with each inline chart reduced to its title (see the class comment). */
  static byte[] withoutChartDrawings(String path, byte[] bytes) {
    if (!path.endsWith(".html")) return bytes;
    String html = new String(bytes, StandardCharsets.UTF_8);
    String reduced =
        SVG.matcher(html).replaceAll("<svg><title>$1</title><!-- drawing not pinned --></svg>");
    return reduced.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean update() {
    return Boolean.getBoolean("okrsite.updateGolden")
        || "true".equalsIgnoreCase(System.getenv("OKRSITE_UPDATE_GOLDEN"));
  }
}
