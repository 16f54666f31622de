package org.okrsite.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/**
 * Parsed files kept between builds of a long-running process (the development server): a file whose
 * size and modification time have not changed is not read or parsed again. Thread-safe.
 */
public final class FileCache {
  private record Entry(
      long size, long modified, List<SourceDocument> documents, List<Diagnostic> problems) {}

  /** How a file is read when it is not in the cache. */
  @FunctionalInterface
  interface Reader {
    List<SourceDocument> read(Path file, String rel, Diagnostics diagnostics);
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The documents of {@code rel}, from the cache when the file is unchanged; its problems go to
   * {@code d}.
   */
  List<SourceDocument> get(Path file, String rel, Diagnostics d, Reader reader) {
    long size;
    long modified;
    try {
      size = Files.size(file);
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      entries.remove(rel);
      return reader.read(file, rel, d);
    }
    Entry e = entries.get(rel);
    if (e == null || e.size() != size || e.modified() != modified) {
      Diagnostics own = new Diagnostics();
      List<SourceDocument> docs = reader.read(file, rel, own);
      e = new Entry(size, modified, docs, own.sorted());
      entries.put(rel, e);
    }
    d.addAll(e.problems());
    return e.documents();
  }

  /** Forgets files that are gone. */
  void retainOnly(Collection<String> files) {
    entries.keySet().retainAll(new HashSet<>(files));
  }

  /** The number of files held (for tests). */
  public int size() {
    return entries.size();
  }
}
