package org.okrsite.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a site, by path relative to the output folder, collected before anything is written.
 * Every path is checked: relative, {@code /}-separated, made of safe characters, no {@code ..}, so
 * nothing written from content can land outside the output folder. Thread-safe.
 */
public final class OutputFiles {
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*", Pattern.CASE_INSENSITIVE);
  private final Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());

  /** Adds a text file in UTF-8. */
  public void text(String path, String content) {
    bytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a file; a second file at the same path is a programming error. */
  public void bytes(String path, byte[] content) {
    if (!isSafe(path)) throw new IllegalArgumentException("unsafe output path: " + path);
    if (files.putIfAbsent(path, content) != null) {
      throw new IllegalStateException("two outputs at " + path);
    }
  }

  public boolean has(String path) {
    return files.containsKey(path);
  }

  /** Whether a path may be written: relative, safe characters, no dot-segments. */
  public static boolean isSafe(String path) {
    if (path == null || path.length() > 240 || !SAFE.matcher(path).matches()) return false;
    for (String seg : path.split("/")) if (seg.equals(".") || seg.equals("..") || seg.endsWith(".")) return false;
    return true;
  }

  /** The files in path order. */
  public Map<String, byte[]> all() {
    synchronized (files) {
      return Collections.unmodifiableMap(new TreeMap<>(files));
    }
  }

  public int size() {
    return files.size();
  }
}
