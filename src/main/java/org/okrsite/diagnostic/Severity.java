package org.okrsite.diagnostic;

/** How bad a problem is; {@code --strict} promotes warnings to errors. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
