package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile structure (issue 7): each case runs the real {@code build} command on a source folder
 * holding one hostile file, into an output folder that holds a previous site, and asserts the exact
 * diagnostic, that the build ends within 2 s, that the heap grows by less than 256 MB, and that the
 * previous site is untouched (no staging folder, no lock file left beside it either).
 */
class HostileStructureTest {
  private static final String OKR =
      "okr:\n"
          + "  quarter: \"Q1 2026\"\n"
          + "  team: \"Growth\"\n"
          + "  objective: \"Onboarding\"\n"
          + "  key_results:\n"
          + "    - id: \"KR1\"\n"
          + "      metric: \"TTFV\"\n"
          + "      baseline: \"7 days\"\n"
          + "      target: \"< 2 days\"\n";
  private static final long MAX_HEAP_GROWTH = 256L * 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void aliasBomb() throws IOException {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      b.append("]\n");
    }
    rejected(
        Map.of("okrs/bomb.yaml", bytes(b.toString())),
        "okrs/bomb.yaml:4:10: error: too many aliases of lists or mappings (more than 20)"
            + " [yaml-alias-limit]");
  }

  @Test
  void deepNesting() throws IOException {
    rejected(
        Map.of("okrs/deep.yaml", bytes("a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n")),
        "okrs/deep.yaml:1:44: error: values are nested more than 40 levels deep [yaml-too-deep]");
  }

  @Test
  void deepNestingOfMappings() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2_000; i++) b.append(" ".repeat(i)).append("k").append(i).append(":\n");
    rejected(
        Map.of("okrs/deep.yaml", bytes(b.toString())),
        "okrs/deep.yaml:41:41: error: values are nested more than 40 levels deep [yaml-too-deep]");
  }

  @Test
  void hugeFile() throws IOException {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) '#');
    rejected(
        Map.of("okrs/huge.yaml", big),
        "okrs/huge.yaml:1:1: error: file is larger than 5 MiB (5242881 bytes) [content-too-large]");
  }

  @Test
  void hugeString() throws IOException {
    String scalar = "x".repeat(4_000_000);
    rejected(
        Map.of("okrs/growth.yaml", bytes(OKR.replace("\"Onboarding\"", "\"" + scalar + "\""))),
        "okrs/growth.yaml:4:14: error: more than 100000 characters without a space or line break"
            + " [yaml-value-too-long]");
  }

  @Test
  void hugeStringOfWords() throws IOException {
    String scalar = "word ".repeat(800_000);
    rejected(
        Map.of("okrs/growth.yaml", bytes(OKR.replace("\"Onboarding\"", "\"" + scalar + "\""))),
        "okrs/growth.yaml:4:14: error: value is 4000000 characters long; at most 100000 are allowed"
            + " [yaml-value-too-long]");
  }

  @Test
  void hugeStringInFrontMatter() throws IOException {
    String scalar = "x".repeat(4_000_000);
    rejected(
        Map.of(
            "okrs/growth.md",
            bytes("---\n" + OKR.replace("\"Onboarding\"", scalar) + "---\n# Body\n")),
        "okrs/growth.md:5:14: error: more than 100000 characters without a space or line break"
            + " [yaml-value-too-long]");
  }

  @Test
  void duplicateKeys() throws IOException {
    rejected(
        Map.of(
            "okrs/growth.yaml",
            bytes(OKR.replace("  team: \"Growth\"\n", "  team: \"Growth\"\n  team: \"Sales\"\n"))),
        "okrs/growth.yaml:4:3: error: duplicate key 'team' (first at line 3) [yaml-duplicate-key]");
  }

  @Test
  void globalTags() throws IOException {
    rejected(
        Map.of(
            "okrs/growth.yaml",
            bytes(OKR.replace("\"Onboarding\"", "!!javax.script.ScriptEngineManager [x]"))),
        "okrs/growth.yaml:4:14: error: tag !!javax.script.ScriptEngineManager is not allowed"
            + " [yaml-tag]");
  }

  @Test
  void malformedTag() throws IOException {
    rejected(
        Map.of("okrs/tag.yaml", bytes("!)%0b")),
        "okrs/tag.yaml:1:1: error: invalid YAML: a malformed tag (Tag must not contain leading or"
            + " trailing spaces.) [yaml-syntax]");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] b = bytes(OKR);
    b[OKR.indexOf("Onboarding") + 2] = (byte) 0xC3; // a lead byte followed by ASCII
    rejected(
        Map.of("okrs/growth.yaml", b),
        "okrs/growth.yaml:4:17: error: file is not valid UTF-8 (byte 0xC3 at offset 59)"
            + " [content-encoding]");
  }

  @Test
  void tabs() throws IOException {
    rejected(
        Map.of("okrs/growth.yaml", bytes(OKR.replace("  team:", "\tteam:"))),
        "okrs/growth.yaml:3:1: error: invalid YAML: found character TAB that cannot start any"
            + " token. (Do not use TAB for indentation) [yaml-syntax]");
  }

  @Test
  void emptyFileIsAWarningThatStrictMakesAnError() throws IOException {
    rejected(
        Map.of("okrs/empty.yaml", new byte[0]),
        List.of("--strict"),
        "okrs/empty.yaml:1:1: error: file is empty [content-empty]");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    rejected(
        Map.of("okrs/blank.md", bytes(" \n\r\n\t\n")),
        List.of("--strict"),
        "okrs/blank.md:1:1: error: file is empty [content-empty]");
  }

  @Test
  void frontMatterNeverClosed() throws IOException {
    rejected(
        Map.of("okrs/growth.md", bytes("---\n" + OKR + "\n# Growth\n")),
        "okrs/growth.md:1:1: error: front matter opened with '---' is never closed"
            + " [front-matter-unclosed]");
  }

  @Test
  void byteOrderMarkLoadsClean() throws IOException {
    byte[] body = bytes(OKR);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    built(Map.of("okrs/growth.yaml", b));
  }

  @Test
  void crlfLineEndsLoadClean() throws IOException {
    built(
        Map.of(
            "okrs/growth.yaml",
            bytes(OKR.replace("\n", "\r\n")),
            "okrs/growth-2.md",
            bytes(
                ("---\n"
                        + OKR.replace("Onboarding", "Retention").replace("KR1", "KR2")
                        + "---\n# Why\n")
                    .replace("\n", "\r\n"))));
  }

  /**
   * Builds, expecting failure with exactly {@code expected}; checks time, heap and the previous
   * site.
   */
  private void rejected(Map<String, byte[]> files, String expected) throws IOException {
    rejected(files, List.of(), expected);
  }

  private void rejected(Map<String, byte[]> files, List<String> extra, String expected)
      throws IOException {
    CliRun run = buildBounded(files, extra);
    assertEquals(1, run.exit(), run.err());
    List<String> problems =
        run.err().lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning): .*")).toList();
    assertEquals(List.of(expected), problems, run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals(
        previousSite(), snapshot(tmp.resolve("public")), "the previous site must be untouched");
    try (var siblings = Files.list(tmp)) {
      assertEquals(
          List.of("content", "public"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private void built(Map<String, byte[]> files) throws IOException {
    CliRun run = buildBounded(files, List.of());
    assertEquals(0, run.exit(), run.err());
    // nothing about the file itself (the review's coaching on the tiny test objective may remain)
    assertTrue(
        run.err()
            .lines()
            .noneMatch(
                l ->
                    l.contains(": error: ")
                        || l.contains("[content-")
                        || l.contains("[yaml-")
                        || l.contains("[front-matter")),
        run.err());
    String json = Files.readString(tmp.resolve("public/data/okrs.json"));
    assertTrue(json.contains("\"title\": \"Onboarding\""), json);
  }

  private CliRun buildBounded(Map<String, byte[]> files, List<String> extra) throws IOException {
    Path source = tmp.resolve("content");
    for (var e : files.entrySet()) {
      Path p = source.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    Path output = tmp.resolve("public");
    for (var e : previousSite().entrySet()) {
      Files.createDirectories(output.resolve(e.getKey()).getParent());
      Files.writeString(output.resolve(e.getKey()), e.getValue());
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "-s",
                source.toString(),
                "-o",
                output.toString(),
                "--as-of",
                "2026-02-15"));
    args.addAll(extra);
    System.gc();
    long before = heapUsed();
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> CliRun.of(args.toArray(String[]::new)));
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    assertTrue(
        peak - before < MAX_HEAP_GROWTH, "heap grew by " + (peak - before) / (1024 * 1024) + " MB");
    return run;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static long heapUsed() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static Map<String, String> previousSite() {
    return Map.of(
        "index.html",
        "previous site",
        "old/page.html",
        "previous page",
        ".okrsite-manifest",
        "index.html\nold/page.html\n");
  }

  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
