package org.okrsite.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drawn charts by the SHA-256 of their input (kind, data, thresholds, palette, renderer version): a
 * bounded in-memory map, optionally backed by a directory such as {@code .okrsite-cache/charts/}
 * that keeps drawings across runs as {@code <hash>.svg}. Thread-safe; two threads missing the same
 * key at once may both draw it, which costs time but not correctness.
 */
public final class ChartCache {

  /** Enough for every chart of a large page set; a 10 KB chart each makes this about 20 MB. */
  public static final int DEFAULT_MEMORY_ENTRIES = 2_000;

  private final Map<String, String> memory;
  private final Path directory;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong writeFailures = new AtomicLong();

  private ChartCache(Path directory, int memoryEntries) {
    this.directory = directory;
    this.memory =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > memoryEntries;
          }
        };
  }

  /** A cache that lives as long as this object. */
  public static ChartCache inMemory() {
    return new ChartCache(null, DEFAULT_MEMORY_ENTRIES);
  }

  /** A cache kept in {@code directory} across runs (created when first written). */
  public static ChartCache inDirectory(Path directory) {
    return new ChartCache(directory, DEFAULT_MEMORY_ENTRIES);
  }

  /** Drawings found in memory or on disk instead of drawn. */
  public long hits() {
    return hits.get();
  }

  /** Drawings that had to be drawn. */
  public long misses() {
    return misses.get();
  }

  /**
   * Drawings that could not be saved to the directory (the build goes on; the next run redraws).
   */
  public long writeFailures() {
    return writeFailures.get();
  }

  /** The markup for {@code key}, drawn by {@code draw} only when neither memory nor disk has it. */
  String markup(String key, Supplier<String> draw) {
    String markup = fromMemory(key);
    if (markup == null && directory != null) {
      markup = fromDisk(key);
      if (markup != null) {
        remember(key, markup);
      }
    }
    if (markup != null) {
      hits.incrementAndGet();
      return markup;
    }
    misses.incrementAndGet();
    markup = draw.get();
    remember(key, markup);
    if (directory != null) {
      save(key, markup);
    }
    return markup;
  }

  private String fromMemory(String key) {
    synchronized (memory) {
      return memory.get(key);
    }
  }

  private void remember(String key, String markup) {
    synchronized (memory) {
      memory.put(key, markup);
    }
  }

  private String fromDisk(String key) {
    Path file = directory.resolve(key + ".svg");
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null; // unreadable means not cached: draw it again
    }
  }

  /** Writes through a temporary file and a rename, so a reader never sees half a drawing. */
  private void save(String key, String markup) {
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, key, ".tmp");
      Files.writeString(temporary, markup, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          directory.resolve(key + ".svg"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      writeFailures.incrementAndGet();
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a stray .tmp file is harmless: it is never read as a drawing
    }
  }
}
