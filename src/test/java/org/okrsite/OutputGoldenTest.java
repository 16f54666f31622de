package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrsite.cli.Main;

/**
 * Byte-goldens of what okrsite writes, pinned before the architecture was redesigned so that a
 * refactoring that changes output fails here: the example site ({@code content/}, as of
 * 2026-11-23), every file byte for byte, and {@code check} in every report format on two broken
 * sites.
 *
 * <ul>
 *   <li>{@code broken-a}: the example with three files added ({@code golden/broken-a/inject}): a
 *       unit mismatch, an out-of-range confidence, an unknown owner and key, a check-in naming no
 *       KR, and a Markdown file whose front matter does not parse; plus the review's warnings on
 *       the rest.
 *   <li>{@code broken-b}: twelve cases of the bad-input corpus side by side, and a {@code
 *       site.yaml} with an unknown key.
 * </ul>
 *
 * <p>Chart drawings are pinned too: their text is measured with the fonts {@code .ci/run} installs
 * (fonts-liberation), so a machine with other fonts sees the pages with charts differ.
 *
 * <p>A deliberate change of output regenerates them with {@code mvn -B -o test
 * -Dtest=OutputGoldenTest -Dokrsite.updateGolden=true}; the commit that does it says why the output
 * changed.
 */
class OutputGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final LocalDate AS_OF = LocalDate.parse("2026-11-23");

  /** Under the project folder, so that the paths reports print are the same on every machine. */
  static final Path WORK = Path.of("target/golden");

  static boolean update() {
    return Boolean.getBoolean("okrsite.updateGolden")
        || "true".equals(System.getenv("OKRSITE_UPDATE_GOLDEN"));
  }

  @Test
  void exampleSiteIsByteIdenticalToItsGolden() throws IOException {
    Path out = WORK.resolve("example-site");
    SiteBuilder.Result r =
        SiteBuilder.build(
            new SiteBuilder.Options(Path.of("content"), out, AS_OF, false, false, true));
    assertEquals(false, r.hasErrors(), () -> "content errors: " + r.diagnostics());
    Path expected = GOLDEN.resolve("example-site");
    if (update()) replaceTree(expected, files(out));
    compareTrees(files(expected), files(out), expected);
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @CsvSource({
    "broken-a, text", "broken-a, json", "broken-a, github", "broken-a, junit", "broken-a, sarif",
    "broken-b, text", "broken-b, json", "broken-b, github", "broken-b, junit", "broken-b, sarif",
  })
  void checkReportsAreIdenticalToTheirGolden(String site, String format) throws IOException {
    Path source = brokenSite(site);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit =
        cl.execute(
            "check",
            "-s",
            source.toString().replace('\\', '/'),
            "--as-of",
            AS_OF.toString(),
            "--format",
            format);
    String actual = "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    Path expected = GOLDEN.resolve("check").resolve(site + "." + format + ".txt");
    if (update()) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8),
        actual,
        "check --format " + format + " on " + site);
  }

  /**
   * The broken site's content, laid out under {@link #WORK} (broken-a is the example plus its
   * injected files).
   */
  private static Path brokenSite(String site) throws IOException {
    Path dir = WORK.resolve(site);
    Map<String, byte[]> files = new TreeMap<>();
    if (site.equals("broken-a")) {
      files.putAll(files(Path.of("content")));
      files.putAll(files(GOLDEN.resolve(site).resolve("inject")));
    } else {
      files.putAll(files(GOLDEN.resolve(site).resolve("content")));
    }
    replaceTree(dir, files);
    return dir;
  }

  private static TreeMap<String, byte[]> files(Path root) throws IOException {
    TreeMap<String, byte[]> all = new TreeMap<>();
    if (!Files.isDirectory(root)) return all;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return all;
  }

  private static void replaceTree(Path dir, Map<String, byte[]> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
  }

  private static void compareTrees(
      TreeMap<String, byte[]> expected, TreeMap<String, byte[]> actual, Path where) {
    assertEquals(
        new ArrayList<>(expected.keySet()),
        new ArrayList<>(actual.keySet()),
        "the files written (golden: " + where + ")");
    List<String> differ = new ArrayList<>();
    for (String path : expected.keySet())
      if (!Arrays.equals(expected.get(path), actual.get(path))) differ.add(path);
    if (!differ.isEmpty()) {
      String first = differ.get(0);
      assertEquals(
          new String(expected.get(first), StandardCharsets.UTF_8),
          new String(actual.get(first), StandardCharsets.UTF_8),
          differ.size()
              + " files differ from "
              + where
              + " ("
              + String.join(", ", differ.subList(0, Math.min(8, differ.size())))
              + "), first: "
              + first
              + "; regenerate with -Dokrsite.updateGolden=true");
    }
  }
}
