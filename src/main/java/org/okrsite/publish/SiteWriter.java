package org.okrsite.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a complete site into a staging folder beside the output folder, then swaps it in. Files in
 * the previous output that okrsite did not write (listed in its manifest) are carried over, unless
 * {@code clean}. A build that fails or is killed before the swap leaves the previous site whole.
 */
public final class SiteWriter {
  /** The list of files okrsite wrote, kept in the output folder. */
  public static final String MANIFEST = ".okrsite-manifest";

  private SiteWriter() {}

  /** Writes {@code files} as the site in {@code output}; returns the number of files written. */
  public static int write(Path output, OutputFiles files, boolean clean) throws IOException {
    return write(output, files, clean, done -> {});
  }

  /** Like {@link #write(Path, OutputFiles, boolean)}, telling {@code written} after each file. */
  public static int write(Path output, OutputFiles files, boolean clean, java.util.function.IntConsumer written)
      throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
    try {
      Map<String, byte[]> all = files.all();
      int done = 0;
      for (var e : all.entrySet()) {
        Path p = staging.resolve(e.getKey()).normalize();
        if (!p.startsWith(staging)) throw new IOException("output path escapes the site: " + e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
        written.accept(++done);
      }
      Files.writeString(staging.resolve(MANIFEST), String.join("\n", all.keySet()) + "\n");
      if (Files.isDirectory(out) && !clean) carryOver(out, staging, all.keySet());
      swap(out, staging);
      return all.size();
    } finally {
      if (Files.exists(staging)) deleteTree(staging);
    }
  }

  /** Moves the user's own files (not in the old manifest, not produced now) into the new site. */
  private static void carryOver(Path out, Path staging, java.util.Set<String> produced) throws IOException {
    TreeSet<String> owned = new TreeSet<>();
    Path manifest = out.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) owned.addAll(Files.readAllLines(manifest));
    List<Path> keep = new ArrayList<>();
    try (var walk = Files.walk(out)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        String rel = out.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(MANIFEST) && !owned.contains(rel) && !produced.contains(rel)) keep.add(p);
      });
    }
    for (Path p : keep) {
      Path target = staging.resolve(out.relativize(p).toString());
      Files.createDirectories(target.getParent());
      Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void swap(Path out, Path staging) throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old = out.resolveSibling("." + out.getFileName() + ".old-" + ProcessHandle.current().pid());
      if (Files.exists(old)) deleteTree(old);
      move(out, old);
    }
    move(staging, out);
    if (old != null) deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException e) {
          // a file appeared meanwhile; leave the folder
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
