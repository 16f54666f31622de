package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under {@code src/test/resources/bad/<case>/content} must fail the build with exit 1,
 * print each line of its {@code expected.txt} exactly, and leave the output folder untouched.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad");

  static Stream<String> cases() throws IOException {
    try (var s = Files.list(CORPUS)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithItsDiagnosticAndWritesNothing(String name, @TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("content");
    FileUtils.copyDirectory(CORPUS.resolve(name).resolve("content").toFile(), source.toFile());
    Path output = tmp.resolve("public");
    Files.createDirectories(output.resolve("old"));
    Files.writeString(output.resolve("index.html"), "previous site");
    Files.writeString(output.resolve("old/page.html"), "previous page");

    CliRun run =
        CliRun.of(
            "build", "-s", source.toString(), "-o", output.toString(), "--as-of", "2026-02-15");

    assertEquals(1, run.exit(), run.err());
    List<String> expected =
        Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);
    assertTrue(!expected.isEmpty(), "case has no expected line");
    List<String> printed = run.err().lines().toList();
    for (String line : expected)
      assertTrue(printed.contains(line), "missing: " + line + "\nprinted:\n" + run.err());
    assertTrue(run.err().contains("nothing was written"), run.err());
    assertTrue(!run.err().contains("Exception"), run.err());
    try (var files = Files.walk(output)) {
      assertEquals(
          List.of("index.html", "old", "old/page.html"),
          files
              .filter(p -> !p.equals(output))
              .map(p -> output.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList());
    }
    assertEquals("previous site", Files.readString(output.resolve("index.html")));
    try (var siblings = Files.list(tmp)) {
      assertEquals(
          List.of("content", "public"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder left behind");
    }
  }
}
