package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Generated inputs kept under the work folder ({@code orgs/<N>}, {@code hugo/<N>}) so each is made
 * once. A {@code <N>.done} marker beside the folder names the generator version that wrote it.
 */
final class Cache {
  private Cache() {}

  static Path org(Path work, int n) throws IOException {
    Path dir = work.resolve("orgs").resolve(Integer.toString(n));
    Path done = work.resolve("orgs").resolve(n + ".done");
    if (!isCurrent(done)) {
      delete(dir);
      long t = System.nanoTime();
      OrgGenerator.Summary s = OrgGenerator.generate(n, dir);
      System.err.printf("bench: generated %s in %d ms%n", s, (System.nanoTime() - t) / 1_000_000);
      Files.writeString(done, OrgGenerator.VERSION + "\n" + s + "\n");
    }
    return dir;
  }

  static Path hugo(Path work, int pages) throws IOException {
    Path dir = work.resolve("hugo").resolve(Integer.toString(pages));
    Path done = work.resolve("hugo").resolve(pages + ".done");
    if (!isCurrent(done)) {
      delete(dir);
      HugoSite.write(dir, pages);
      Files.writeString(done, OrgGenerator.VERSION + "\n");
    }
    return dir;
  }

  private static boolean isCurrent(Path done) throws IOException {
    return Files.isRegularFile(done)
        && Files.readString(done).startsWith(OrgGenerator.VERSION + "\n");
  }

  /**
   * Moves an earlier run's output out of the way instead of deleting it before the next timed run.
   * On ext4 without a journal (this project's machine) every file created within a few minutes of a
   * large delete scans past the freed inodes: creating 8,000 files took 0.25 s in a quiet folder
   * and 1.6–5.8 s just after deleting 8,000. Timing either tool right after deleting its last
   * output would measure that, not the tool. {@link #emptyTrash} deletes them when all runs are
   * done.
   */
  static void setAside(Path dir, Path work) throws IOException {
    if (!Files.exists(dir)) return;
    Path trash = work.resolve("trash");
    Files.createDirectories(trash);
    int i = 0;
    Path to;
    do {
      to = trash.resolve(dir.getFileName() + "-" + i++);
    } while (Files.exists(to));
    Files.move(dir, to);
  }

  /** Deletes what {@link #setAside} kept, once nothing is being timed. */
  static void emptyTrash(Path work) throws IOException {
    Path trash = work.resolve("trash");
    if (!Files.exists(trash)) return;
    System.err.println("bench: deleting earlier outputs in " + trash);
    delete(trash);
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.delete(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
