package org.okrsite.config;

import java.util.Optional;
import org.okrsite.diagnostic.Severity;

/**
 * What {@code rules:} in site.yaml sets a rule to: {@code error}, {@code warning} or {@code off}.
 */
public enum RuleLevel {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  OFF(null);

  private final Severity severity;

  RuleLevel(Severity severity) {
    this.severity = severity;
  }

  /** The severity a diagnostic of the rule gets; empty for {@link #OFF} (it is not reported). */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  /** The word used in site.yaml. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The level a site.yaml value names, or empty. */
  public static Optional<RuleLevel> parse(String value) {
    for (RuleLevel l : values()) if (l.key().equals(value)) return Optional.of(l);
    return Optional.empty();
  }
}
