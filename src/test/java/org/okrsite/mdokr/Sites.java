package org.okrsite.mdokr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.okrsite.SiteBuilder;
import org.okrsite.diagnostic.Diagnostic;

/** Test helper: write literal files into a source folder, check or build it as of a fixed date. */
final class Sites {
  static final LocalDate AS_OF = LocalDate.parse("2026-02-20");

  private Sites() {}

  /** Writes {@code pathAndText} pairs under {@code dir}. */
  static Path write(Path dir, String... pathAndText) {
    try {
      for (int i = 0; i < pathAndText.length; i += 2) {
        Path p = dir.resolve(pathAndText[i]);
        Files.createDirectories(p.getParent());
        Files.writeString(p, pathAndText[i + 1]);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SiteBuilder.Result check(Path source) {
    return SiteBuilder.check(new SiteBuilder.Options(source, null, AS_OF, false, false, false));
  }

  /** Builds {@code source} into {@code out} and returns its {@code data/okrs.json}. */
  static String okrsJson(Path source, Path out) throws IOException {
    SiteBuilder.Result r =
        SiteBuilder.build(new SiteBuilder.Options(source, out, AS_OF, false, false, false));
    if (r.hasErrors()) throw new AssertionError("errors: " + lines(r));
    return Files.readString(out.resolve("data/okrs.json"));
  }

  static List<String> lines(SiteBuilder.Result r) {
    return r.diagnostics().stream().map(Diagnostic::line).toList();
  }

  /** A copy of a test-resource folder in {@code dir}. */
  static Path copy(String resource, Path dir) throws IOException {
    Path from = Path.of("src/test/resources", resource);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path to = dir.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    return dir;
  }
}
