package org.okrsite.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.okrsite.site.OutputFiles;

/**
 * Publishes a site: writes it complete into a staging folder beside the output folder, then swaps
 * it in with two back-to-back renames ({@code public → .public.old}, {@code staging → public}),
 * under an {@link OutputLock}. Files in the previous output that okrsite did not write (not in its
 * manifest) are carried over unless {@code clean}.
 *
 * <p>The guarantee, for a build killed at any instant (kill -9, crash, power kept): the output
 * folder holds either the whole previous site or the whole new one, never a mix; the only other
 * state is the instant between the two renames, where the output folder is absent and the previous
 * site is whole in {@code .public.old} — the next build restores it before doing anything else
 * ({@link PublishRecovery}). Files are not fsynced, so a power cut may lose the newest site's data.
 */
public final class SiteWriter {
  /** The list of files okrsite wrote, kept in the output folder. */
  public static final String MANIFEST = ".okrsite-manifest";

  private SiteWriter() {}

  /**
   * Writes {@code files} as the site in {@code output}; returns the number of files written.
   *
   * @throws OutputLock.Locked when another build is writing the same output folder
   */
  public static int write(Path output, OutputFiles files, boolean clean) throws IOException {
    return write(output, files, clean, done -> {});
  }

  /** Like {@link #write(Path, OutputFiles, boolean)}, telling {@code written} after each file. */
  public static int write(
      Path output, OutputFiles files, boolean clean, java.util.function.IntConsumer written)
      throws IOException {
    Map<String, byte[]> all = files.all();
    return publish(
        output,
        clean,
        staging -> {
          int done = 0;
          for (var e : all.entrySet()) {
            Path p = staging.resolve(e.getKey()).normalize();
            if (!p.startsWith(staging))
              throw new IOException("output path escapes the site: " + e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
            written.accept(++done);
          }
          return all.keySet();
        });
  }

  /** Fills a staging folder with a site and says which files it wrote. */
  @FunctionalInterface
  public interface Stager {
    Set<String> fill(Path staging) throws IOException;
  }

  /**
   * Publishes a site that {@code stager} writes straight into a staging folder (through {@link
   * OutputFiles#staged}, whose second argument should be {@code output}); the lock is held from
   * before the staging folder exists until the swap, so two builds never interleave.
   */
  public static int publish(Path output, boolean clean, Stager stager) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) throw new IOException("cannot write a site over the root folder " + out);
    Files.createDirectories(parent);
    try (OutputLock lock = OutputLock.acquire(out)) {
      PublishRecovery.recover(out);
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new IOException(
            out + " exists and is not a folder; move it away or choose another output");
      }
      Path staging = Files.createTempDirectory(parent, PublishRecovery.stagingPrefix(out));
      try {
        readableLikeBefore(staging, out);
        Set<String> all = stager.fill(staging);
        Files.writeString(staging.resolve(MANIFEST), String.join("\n", all) + "\n");
        if (Files.isDirectory(out) && !clean) carryOver(out, staging, all);
        swap(out, staging);
        return all.size();
      } finally {
        if (Files.exists(staging)) deleteTree(staging);
      }
    }
  }

  /**
   * A temporary folder is private (rwx------), so a web server running as another user could not
   * read the published site: give the staging folder the previous output's permissions, or
   * rwxr-xr-x for a first build (and over an rwx------ folder, which is what okrsite 0.1 left).
   */
  private static void readableLikeBefore(Path staging, Path out) throws IOException {
    if (!Files.getFileStore(staging)
        .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) return;
    var open = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x");
    var permissions = Files.isDirectory(out) ? Files.getPosixFilePermissions(out) : open;
    if (permissions.equals(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")))
      permissions = open;
    Files.setPosixFilePermissions(staging, permissions);
  }

  /**
   * Copies the user's own files and folders (not in the old manifest, not produced now) into the
   * new site. Links are copied as links, never followed.
   */
  private static void carryOver(Path out, Path staging, Set<String> produced) throws IOException {
    TreeSet<String> owned = new TreeSet<>();
    Path manifest = out.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) owned.addAll(Files.readAllLines(manifest));
    List<Path> keep = new ArrayList<>();
    try (var walk = Files.walk(out)) {
      walk.filter(p -> !p.equals(out))
          .forEach(
              p -> {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(MANIFEST) && !owned.contains(rel) && !produced.contains(rel))
                  keep.add(p);
              });
    }
    for (Path p : keep) {
      Path target = staging.resolve(out.relativize(p).toString());
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) throw conflict(p, out);
        Files.createDirectories(target);
        continue;
      }
      try {
        Files.createDirectories(target.getParent());
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw conflict(p, out); // one of its folders is a file of the new site
      }
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw conflict(p, out);
      Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
  }

  private static IOException conflict(Path p, Path out) {
    return new IOException(
        "your file "
            + out.relativize(p)
            + " in the output folder is in the way of the"
            + " site's own files; move it, or build with --clean to drop it");
  }

  /** The two renames, back to back; then the previous site is deleted. */
  private static void swap(Path out, Path staging) throws IOException {
    Path old = PublishRecovery.oldSite(out);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      move(out, old);
      move(staging, out);
      deleteTree(old);
    } else {
      move(staging, out);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder tree without following links out of it. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
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

  /**
   * The swap replaces the whole output folder, so it must not be, or hold, the source folder: the
   * content would end up inside the site (carried over) rather than stay where it was.
   */
  public static void refuseToPublishOver(Path source, Path output) throws IOException {
    Path src = source.toAbsolutePath().normalize();
    Path out = output.toAbsolutePath().normalize();
    if (src.startsWith(out)) {
      throw new IOException(
          "the output folder "
              + out
              + " holds the source folder "
              + src
              + "; choose another output folder with -o");
    }
  }
}
