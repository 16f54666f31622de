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
    return Files.isRegularFile(done) && Files.readString(done).startsWith(OrgGenerator.VERSION + "\n");
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
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
