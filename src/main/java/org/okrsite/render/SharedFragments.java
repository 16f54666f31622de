package org.okrsite.render;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partial's output shared by the pages that show the same item. A check-in is shown in full on
 * its week's page and on the timeline of its unit and of every unit above it: four or five pages.
 * Its partial writes the same bytes on every page at the same folder depth (links are relative, and
 * depend on nothing else), so it is rendered once per depth and copied to the other pages.
 *
 * <p>Only the built-in partial is shared ({@link SafeMustacheFactory}): a theme's own might read
 * the page around it. Memory stays bounded: an item's bytes are dropped after its last planned use,
 * and none are kept past a budget, so a large organisation renders some items again rather than
 * running out of heap. The pages are the same either way.
 *
 * <pre>{@code
 * SharedFragments shared = new SharedFragments(usesByCheckIn, SharedFragments.budget());
 * // a view that implements Shared, rendered through {{> partials/checkin}}
 * }</pre>
 */
final class SharedFragments {
  /** A view whose partial may be shared: the item it shows and the folder depth of its page. */
  interface Shared {
    SharedFragments sharedFragments();

    Object sharedItem();

    int sharedDepth();
  }

  /** Depths past this are rendered each time; site pages are at most four folders deep. */
  static final int MAX_DEPTH = 8;

  private final Map<Object, Entry> entries;
  private final long budget;
  private final AtomicLong kept = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();

  /**
   * @param uses how many times each item will be shown (by identity); items not in it are never
   *     kept
   * @param budget the most bytes kept at once
   */
  SharedFragments(Map<?, Integer> uses, long budget) {
    IdentityHashMap<Object, Entry> m = new IdentityHashMap<>(uses.size() * 2);
    uses.forEach((item, n) -> m.put(item, new Entry(n)));
    this.entries = m;
    this.budget = budget;
  }

  /** A sixteenth of the heap: some 128 MB with {@code -Xmx2g}. */
  static long budget() {
    return Runtime.getRuntime().maxMemory() / 16;
  }

  /**
   * Counts one use of {@code item} at {@code depth}; its bytes if an earlier use kept them, else
   * null.
   */
  byte[] use(Object item, int depth) {
    Entry e = entries.get(item);
    if (e == null || depth > MAX_DEPTH) return null;
    byte[] found;
    synchronized (e) {
      found = e.byDepth[depth];
      if (--e.uses <= 0) kept.addAndGet(-e.clear());
    }
    if (found != null) hits.incrementAndGet();
    return found;
  }

  /**
   * Keeps what {@code item}'s partial wrote at {@code depth} for its later uses, if any are left.
   */
  void keep(Object item, int depth, byte[] bytes) {
    Entry e = entries.get(item);
    if (e == null || depth > MAX_DEPTH) return;
    synchronized (e) {
      if (e.uses <= 0 || e.byDepth[depth] != null) return;
      if (kept.addAndGet(bytes.length) > budget) {
        kept.addAndGet(-bytes.length);
        return;
      }
      e.byDepth[depth] = bytes;
    }
  }

  /** How many uses were copied rather than rendered. */
  long hits() {
    return hits.get();
  }

  /** Bytes held now. */
  long kept() {
    return kept.get();
  }

  private static final class Entry {
    private int uses;
    private final byte[][] byDepth = new byte[MAX_DEPTH + 1][];

    Entry(int uses) {
      this.uses = uses;
    }

    /** Drops every depth's bytes; returns how many there were. */
    long clear() {
      long n = 0;
      for (int d = 0; d < byDepth.length; d++) {
        if (byDepth[d] != null) n += byDepth[d].length;
        byDepth[d] = null;
      }
      return n;
    }
  }
}
