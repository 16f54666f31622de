package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same content and {@code --as-of} give a byte-identical site whatever the JVM's locale (German;
 * Turkish for the dotless-i trap), default time zone (UTC+14 Kiritimati vs UTC-10 Adak), default
 * charset, processor count, or the order in which the file system lists the content. Builds the
 * example {@code content/} in child JVMs and compares every byte of whatever is written, so it
 * keeps working as pages are added.
 */
@Tag("process")
class DeterminismTest {
  private static final String AS_OF = "2026-11-23";

  @TempDir Path tmp;

  @Test
  void theSiteIsByteIdenticalAcrossLocalesTimeZonesThreadsAndFileOrder() throws Exception {
    // Both sources sit outside git, so they have the same (no) target history: the health check
    // publishes whether that history could be read, which is part of the input, not of the JVM.
    Path inOrder = TestSites.copy(TestSites.exampleContent(), tmp.resolve("in-order"));
    Path reversed = tmp.resolve("reversed");
    copyInReverseOrder(TestSites.exampleContent(), reversed);
    List<Variant> variants =
        List.of(
            new Variant(
                "base",
                inOrder,
                List.of("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC")),
            new Variant(
                "de-kiritimati",
                inOrder,
                List.of(
                    "-Duser.language=de",
                    "-Duser.country=DE",
                    "-Duser.timezone=Pacific/Kiritimati",
                    "-Dfile.encoding=ISO-8859-1")),
            new Variant(
                "tr-adak-1cpu",
                inOrder,
                List.of(
                    "-Duser.language=tr",
                    "-Duser.country=TR",
                    "-Duser.timezone=America/Adak",
                    "-XX:ActiveProcessorCount=1")),
            new Variant("reversed-order-8cpu", reversed, List.of("-XX:ActiveProcessorCount=8")));
    List<Process> running = new ArrayList<>();
    for (Variant v : variants) {
      running.add(
          ChildJvm.start(
              v.jvm(),
              "org.okrsite.cli.Main",
              tmp.resolve(v.name() + ".log"),
              "build",
              "-s",
              v.source().toAbsolutePath().toString(),
              "-o",
              tmp.resolve(v.name()).toString(),
              "--as-of",
              AS_OF));
    }
    for (int i = 0; i < running.size(); i++) {
      Process p = running.get(i);
      if (!p.waitFor(90, TimeUnit.SECONDS)) p.destroyForcibly();
      assertEquals(
          0, p.exitValue(), Files.readString(tmp.resolve(variants.get(i).name() + ".log")));
    }
    Map<String, byte[]> base = files(tmp.resolve("base"));
    assertFalse(base.isEmpty());
    for (Variant v : variants.subList(1, variants.size())) {
      Map<String, byte[]> other = files(tmp.resolve(v.name()));
      assertEquals(base.keySet(), other.keySet(), v.name());
      for (String path : base.keySet())
        assertArrayEquals(base.get(path), other.get(path), v.name() + ": " + path);
    }
  }

  private record Variant(String name, Path source, List<String> jvm) {}

  /** Copies a folder creating folders and files in reverse path order. */
  private static void copyInReverseOrder(Path from, Path to) throws IOException {
    List<Path> all;
    try (var w = Files.walk(from)) {
      all = w.filter(Files::isRegularFile).sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      Files.createDirectories(target.getParent());
      Files.copy(p, target);
    }
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (var w = Files.walk(root)) {
      for (Path p : w.filter(Files::isRegularFile).toList())
        m.put(root.relativize(p).toString(), Files.readAllBytes(p));
    }
    return m;
  }
}
