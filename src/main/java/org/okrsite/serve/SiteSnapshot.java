package org.okrsite.serve;

import java.util.List;
import java.util.Map;
import org.okrsite.diagnostic.Diagnostic;

/**
 * What the server serves at one moment: the last good site and, when the latest build failed, its
 * problems. Immutable, so a request sees either the old or the new state, never half of each.
 *
 * @param files the last good site by path, or empty before the first good build
 * @param errors the problems of the latest build when it failed, else empty
 * @param version increases with every build, good or not; the live-reload script compares it
 */
record SiteSnapshot(Map<String, byte[]> files, List<Diagnostic> errors, long version) {
  SiteSnapshot {
    // callers hand over a map they no longer change; copying tens of thousands of pages per quick
    // edit would cost more than the edit
    files = java.util.Collections.unmodifiableMap(files);
    errors = List.copyOf(errors);
  }

  static final SiteSnapshot EMPTY = new SiteSnapshot(Map.of(), List.of(), 0);

  boolean failing() {
    return !errors.isEmpty();
  }
}
