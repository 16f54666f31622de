package org.okrsite.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a site, by path relative to the output folder, collected before anything is written.
 * Every path is checked: relative, {@code /}-separated, made of safe characters, no {@code ..}, no
 * Windows device name, so nothing written from content can land outside the output folder or fail to
 * copy to another system. Two paths that differ only in case (or a file that is also a folder) are
 * refused: on macOS and Windows they would be one file. Thread-safe.
 */
public final class OutputFiles {
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*", Pattern.CASE_INSENSITIVE);
  /** Windows device names, reserved with any extension ({@code aux.txt} too). */
  private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2",
      "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4",
      "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private final Map<String, byte[]> files = new TreeMap<>();
  /** Lowercased path → path as added, of every file and of every folder, to catch case-only clashes. */
  private final Map<String, String> foldedFiles = new HashMap<>();
  private final Map<String, String> foldedFolders = new HashMap<>();

  /** Adds a text file in UTF-8. */
  public void text(String path, String content) {
    bytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a file; a second file at the same path, or at a path that differs only in case, or a file
   * where a folder is (or the reverse), is a programming error.
   */
  public synchronized void bytes(String path, byte[] content) {
    if (!isSafe(path)) throw new IllegalArgumentException("unsafe output path: " + path);
    String key = path.toLowerCase(Locale.ROOT);
    String clash = foldedFiles.get(key);
    if (clash != null) {
      throw new IllegalStateException(clash.equals(path) ? "two outputs at " + path
          : "outputs " + clash + " and " + path + " differ only in case");
    }
    if (foldedFolders.containsKey(key)) {
      throw new IllegalStateException("output " + path + " is also a folder of other outputs");
    }
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      String folder = path.substring(0, i);
      String fkey = folder.toLowerCase(Locale.ROOT);
      if (foldedFiles.containsKey(fkey)) {
        throw new IllegalStateException("output " + path + " needs a folder where " + foldedFiles.get(fkey) + " is a file");
      }
      String seen = foldedFolders.get(fkey);
      if (seen != null && !seen.equals(folder)) {
        throw new IllegalStateException("output folders " + seen + " and " + folder + " differ only in case");
      }
    }
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      String folder = path.substring(0, i);
      foldedFolders.putIfAbsent(folder.toLowerCase(Locale.ROOT), folder);
    }
    foldedFiles.put(key, path);
    files.put(path, content);
  }

  public synchronized boolean has(String path) {
    return files.containsKey(path);
  }

  /**
   * Whether a path may be written on Linux, macOS and Windows: relative, {@code /}-separated, ASCII
   * letters, digits, {@code . _ -} only, each segment starting with a letter or digit and not ending
   * with a dot, no device name ({@code con}, {@code aux.txt}, {@code com1.html}), at most 240 chars.
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

  /** The files in path order. */
  public synchronized Map<String, byte[]> all() {
    return Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public synchronized int size() {
    return files.size();
  }
}
