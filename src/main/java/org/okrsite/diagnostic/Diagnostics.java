package org.okrsite.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems from every stage of a run. Thread-safe for adding, so parallel stages may share
 * one collector; {@link #sorted()} gives the deterministic report order.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void addAll(Iterable<Diagnostic> ds) {
    for (Diagnostic d : ds) items.add(d);
  }

  /**
   * Reports an error under {@code rule}; {@code hint} tells the author how to fix it (empty: the
   * rule's own {@link Rule#fix()}).
   */
  public void error(SourcePosition at, Rule rule, String message, String hint) {
    add(Diagnostic.of(Severity.ERROR, at, rule, message, hint));
  }

  /**
   * Reports a warning under {@code rule}; {@code hint} tells the author how to fix it (empty: the
   * rule's own {@link Rule#fix()}).
   */
  public void warning(SourcePosition at, Rule rule, String message, String hint) {
    add(Diagnostic.of(Severity.WARNING, at, rule, message, hint));
  }

  /** Reports under {@code rule} with the rule's default severity. */
  public void report(SourcePosition at, Rule rule, String message, String hint) {
    add(Diagnostic.of(rule.severity(), at, rule, message, hint));
  }

  public boolean hasErrors() {
    synchronized (items) {
      return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  public int count(Severity s) {
    synchronized (items) {
      return (int) items.stream().filter(d -> d.severity() == s).count();
    }
  }

  /** All problems so far, sorted by position, rule and message, without duplicates. */
  public List<Diagnostic> sorted() {
    synchronized (items) {
      return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
  }
}
