package org.okrsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the example content for tests that change files. */
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
}
