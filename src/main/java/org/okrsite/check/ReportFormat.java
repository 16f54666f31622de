package org.okrsite.check;

import java.util.Locale;
import java.util.Optional;

/** The forms {@code check --format} prints problems in. */
public enum ReportFormat {
  TEXT,
  JSON,
  GITHUB,
  JUNIT,
  SARIF;

  public static Optional<ReportFormat> of(String s) {
    try {
      return Optional.of(valueOf(s.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
