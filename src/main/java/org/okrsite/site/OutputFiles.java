package org.okrsite.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a site, by path relative to the output folder: kept in memory ({@link
 * #OutputFiles()}, for the development server and tests), or written straight into a staging folder
 * as they are added ({@link #staged}), so a build's memory does not grow with the size of its site.
 * Every path is checked: relative, {@code /}-separated, made of safe characters, no {@code ..}, no
 * Windows device name, so nothing written from content can land outside the output folder or fail
 * to copy to another system. Two paths that differ only in case (or a file that is also a folder)
 * are refused: on macOS and Windows they would be one file. Thread-safe.
 */
public final class OutputFiles {
  private static final Pattern SAFE =
      Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*", Pattern.CASE_INSENSITIVE);

  /** Windows device names, reserved with any extension ({@code aux.txt} too). */
  private static final Set<String> DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6",
          "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
          "lpt8", "lpt9");

  private final Map<String, byte[]> files = new TreeMap<>();

  /** Where files go as they are added; null when they are kept in memory. */
  private final java.nio.file.Path directory;

  /** The site being replaced: a file equal to its counterpart there is hard-linked, not written. */
  private final java.nio.file.Path previous;

  /** Folders made in the staging folder; a second thread waits until the first has made it. */
  private final Map<String, Boolean> createdFolders =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.atomic.AtomicInteger linked =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Files kept in memory until {@code publish.SiteWriter.write} publishes them. */
  public OutputFiles() {
    this(null, null);
  }

  private OutputFiles(java.nio.file.Path directory, java.nio.file.Path previous) {
    this.directory = directory;
    this.previous = previous;
  }

  /**
   * Files written into {@code staging} as they are added (from any thread). A file whose bytes
   * equal the same path's in {@code previous} (the published site, may be null) becomes a hard link
   * to it instead: unchanged files are not written again and keep their modification time, so a
   * deployment by rsync or a CDN upload sends only what changed.
   */
  public static OutputFiles staged(java.nio.file.Path staging, java.nio.file.Path previous) {
    return new OutputFiles(staging, previous);
  }

  /** The staging folder, or null for files in memory. */
  public java.nio.file.Path directory() {
    return directory;
  }

  /** How many files were hard-linked to the previous site's because they were unchanged. */
  public int unchanged() {
    return linked.get();
  }

  /**
   * Lowercased path → path as added, of every file and of every folder, to catch case-only clashes.
   */
  private final Map<String, String> foldedFiles = new HashMap<>();

  private final Map<String, String> foldedFolders = new HashMap<>();

  /** Writes a file's text. */
  @FunctionalInterface
  public interface TextWriter {
    void write(java.io.Writer out) throws java.io.IOException;
  }

  /**
   * Adds a text file in UTF-8 that {@code text} writes as it goes: when the files go to a staging
   * folder, straight into the file, so a large document (okrs.json) is never whole in memory.
   */
  public void stream(String path, TextWriter text) {
    try {
      if (directory == null) {
        java.io.StringWriter w = new java.io.StringWriter();
        text.write(w);
        text(path, w.toString());
        return;
      }
      register(path, STAGED);
      java.nio.file.Path target = directory.resolve(path);
      folderOf(path);
      try (java.io.Writer w =
          java.nio.file.Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        text.write(w);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Adds a file whose bytes are written to the returned stream, which the caller closes: straight
   * into the staging folder (never a hard link to an unchanged copy), or kept in memory when
   * closed. For the few pages too large to hold whole in a large organisation.
   */
  public java.io.OutputStream open(String path) throws java.io.IOException {
    if (directory == null) {
      return new java.io.ByteArrayOutputStream() {
        private boolean closed;

        @Override
        public void close() {
          if (closed) return;
          closed = true;
          bytes(path, toByteArray());
        }
      };
    }
    register(path, STAGED);
    folderOf(path);
    return new java.io.BufferedOutputStream(
        java.nio.file.Files.newOutputStream(directory.resolve(path)), 1 << 16);
  }

  /** Adds a text file in UTF-8. */
  public void text(String path, String content) {
    bytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a file; a second file at the same path, or at a path that differs only in case, or a file
   * where a folder is (or the reverse), is a programming error.
   */
  public void bytes(String path, byte[] content) {
    register(path, content);
    if (directory != null) {
      try {
        store(path, content);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Like {@link #bytes(String, byte[])} with the first {@code length} bytes of {@code buffer},
   * which the caller reuses afterwards: written straight from it when files go to a folder (a page
   * is not copied), copied when they are kept in memory.
   */
  public void bytes(String path, byte[] buffer, int length) {
    if (directory == null) {
      bytes(path, java.util.Arrays.copyOf(buffer, length));
      return;
    }
    register(path, STAGED);
    try {
      store(path, buffer, length);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void store(String path, byte[] content) throws java.io.IOException {
    store(path, content, content.length);
  }

  private void store(String path, byte[] content, int length) throws java.io.IOException {
    java.nio.file.Path target = directory.resolve(path);
    folderOf(path);
    if (previous != null && sameAsBefore(path, content, length)) {
      try {
        java.nio.file.Files.createLink(target, previous.resolve(path));
        linked.incrementAndGet();
        return;
      } catch (java.io.IOException | UnsupportedOperationException e) {
        // another file system, or no hard links here: write it after all
      }
    }
    try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(target)) {
      file.write(content, 0, length);
    }
  }

  /** Makes the staging folder that {@code path} goes in, once. */
  private void folderOf(String path) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) return;
    createdFolders.computeIfAbsent(
        path.substring(0, slash),
        folder -> {
          try {
            java.nio.file.Files.createDirectories(directory.resolve(folder));
            return Boolean.TRUE;
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private boolean sameAsBefore(String path, byte[] content, int length) {
    java.nio.file.Path old = previous.resolve(path);
    int slash = path.lastIndexOf('/');
    if (!insidePrevious(slash < 0 ? "" : path.substring(0, slash))) return false;
    try {
      var attributes =
          java.nio.file.Files.readAttributes(
              old,
              java.nio.file.attribute.BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() != length) return false;
      byte[] before = java.nio.file.Files.readAllBytes(old);
      return java.util.Arrays.equals(before, 0, before.length, content, 0, length);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private final Map<String, Boolean> realFolders = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether a folder of the previous site is really inside it (no link on the way out), so that a
   * hard link never reaches a file elsewhere on the machine.
   */
  private boolean insidePrevious(String folder) {
    return realFolders.computeIfAbsent(
        folder,
        f -> {
          try {
            java.nio.file.Path root = previous.toRealPath();
            return previous.resolve(f).toRealPath().equals(f.isEmpty() ? root : root.resolve(f));
          } catch (java.io.IOException e) {
            return false;
          }
        });
  }

  private volatile java.util.function.BooleanSupplier cancelled = () -> false;

  /**
   * Makes every later file added throw a {@link java.util.concurrent.CancellationException} once
   * {@code cancelled} says so.
   */
  public void cancelWhen(java.util.function.BooleanSupplier cancelled) {
    this.cancelled = cancelled;
  }

  private synchronized void register(String path, byte[] content) {
    if (cancelled.getAsBoolean())
      throw new java.util.concurrent.CancellationException("build cancelled at " + path);
    if (!isSafe(path)) throw new IllegalArgumentException("unsafe output path: " + path);
    String key = path.toLowerCase(Locale.ROOT);
    String clash = foldedFiles.get(key);
    if (clash != null) {
      throw new IllegalStateException(
          clash.equals(path)
              ? "two outputs at " + path
              : "outputs " + clash + " and " + path + " differ only in case");
    }
    if (foldedFolders.containsKey(key)) {
      throw new IllegalStateException("output " + path + " is also a folder of other outputs");
    }
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      String folder = path.substring(0, i);
      String fkey = folder.toLowerCase(Locale.ROOT);
      if (foldedFiles.containsKey(fkey)) {
        throw new IllegalStateException(
            "output " + path + " needs a folder where " + foldedFiles.get(fkey) + " is a file");
      }
      String seen = foldedFolders.get(fkey);
      if (seen != null && !seen.equals(folder)) {
        throw new IllegalStateException(
            "output folders " + seen + " and " + folder + " differ only in case");
      }
    }
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      String folder = path.substring(0, i);
      foldedFolders.putIfAbsent(folder.toLowerCase(Locale.ROOT), folder);
    }
    foldedFiles.put(key, path);
    files.put(path, directory == null ? content : STAGED);
  }

  /** What the map holds for a file already written to the staging folder. */
  private static final byte[] STAGED = new byte[0];

  public synchronized boolean has(String path) {
    return files.containsKey(path);
  }

  /**
   * Whether a path may be written on Linux, macOS and Windows: relative, {@code /}-separated, ASCII
   * letters, digits, {@code . _ -} only, each segment starting with a letter or digit and not
   * ending with a dot, no device name ({@code con}, {@code aux.txt}, {@code com1.html}), at most
   * 240 chars.
   */
  public static boolean isSafe(String path) {
    if (path == null || path.length() > 240 || !SAFE.matcher(path).matches()) return false;
    for (String seg : path.split("/")) {
      if (seg.endsWith(".") || seg.length() > 120) return false;
      int dot = seg.indexOf('.');
      String base = (dot < 0 ? seg : seg.substring(0, dot)).toLowerCase(Locale.ROOT);
      if (DEVICES.contains(base)) return false;
    }
    return true;
  }

  /** The paths of all files, in order. */
  public synchronized java.util.SortedSet<String> paths() {
    return new java.util.TreeSet<>(files.keySet());
  }

  /** The files in path order; only for files kept in memory. */
  public synchronized Map<String, byte[]> all() {
    if (directory != null)
      throw new IllegalStateException("the files are in " + directory + ", not in memory");
    return Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public synchronized int size() {
    return files.size();
  }
}
