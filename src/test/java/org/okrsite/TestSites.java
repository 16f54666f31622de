package org.okrsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;

/** Helpers for tests that write small sites, copy the example and build them. */
public final class TestSites {
  /** The example content of the repository. */
  public static final Path EXAMPLE = Path.of("content");

  private TestSites() {}

  /** Copies {@code from} into {@code to} (created) and returns {@code to}. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code files} (path → text) under {@code root}. */
  public static Path write(Path root, Map<String, String> files) throws IOException {
    for (var e : files.entrySet()) {
      Path p = root.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return root;
  }

  /** Validates and scores a source folder as of a date. */
  public static SiteBuilder.Result check(Path source, String asOf) {
    return SiteBuilder.check(
        new SiteBuilder.Options(source, null, LocalDate.parse(asOf), false, false, false));
  }

  /** Builds a source folder into {@code output} as of a date. */
  public static SiteBuilder.Result build(Path source, Path output, String asOf) throws IOException {
    return SiteBuilder.build(
        new SiteBuilder.Options(source, output, LocalDate.parse(asOf), false, false, false));
  }

  /**
   * Generates an organisation of {@code people} ({@link org.okrsite.bench.OrgGenerator}) in {@code
   * tmp/org}, builds it as of the generator's date into {@code tmp/public}, which it returns, and
   * fails the test if the content had errors.
   */
  public static Path buildGenerated(int people, Path tmp) throws IOException {
    Path source = tmp.resolve("org");
    org.okrsite.bench.OrgGenerator.generate(people, source);
    Path site = tmp.resolve("public");
    SiteBuilder.Result r = build(source, site, org.okrsite.bench.OrgGenerator.AS_OF.toString());
    org.junit.jupiter.api.Assertions.assertFalse(r.hasErrors(), errors(r));
    return site;
  }

  /** The errors of a result, one contract line each, for assertion messages. */
  public static String errors(SiteBuilder.Result r) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : r.diagnostics())
      if (d.severity() == Severity.ERROR) b.append(d.line()).append('\n');
    return b.toString();
  }

  /** The example organisation shipped in {@code content/}. */
  public static Path exampleContent() {
    return EXAMPLE;
  }
}
