package org.okrsite.diagnostic;

import java.util.Comparator;

/**
 * One problem in the content. {@link #line()} is the contract's one-line form: {@code
 * PATH:LINE:COLUMN: error|warning: MESSAGE [rule-id]}; {@link #hint()} says how to fix it.
 */
public record Diagnostic(
    Severity severity, SourcePosition position, String ruleId, String message, String hint) {

  /** Sorts by file, line, column, then rule and message, so reports are deterministic. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    hint = hint == null ? "" : hint;
  }

  /**
   * A problem under a rule of the catalogue; an empty hint becomes the rule's {@link Rule#fix()}.
   */
  public static Diagnostic of(
      Severity severity, SourcePosition at, Rule rule, String message, String hint) {
    String h = hint == null || hint.isEmpty() ? rule.fix() : hint;
    return new Diagnostic(severity, at, rule.id(), message, h);
  }

  /**
   * The catalogue's rule of this problem, if its id is one (always, for problems okrsite makes).
   */
  public java.util.Optional<Rule> rule() {
    return Rule.byId(ruleId);
  }

  public String file() {
    return position.file();
  }

  public int lineNumber() {
    return position.line();
  }

  public int column() {
    return position.column();
  }

  /**
   * The contract's one-line form, e.g. {@code okrs/growth.yaml:4:5: error: ... [kr-unit-mismatch]}.
   */
  public String line() {
    return position + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
  }

  /** The same problem with another severity (used by {@code --strict} and per-rule settings). */
  public Diagnostic withSeverity(Severity s) {
    return new Diagnostic(s, position, ruleId, message, hint);
  }

  @Override
  public String toString() {
    return line();
  }
}
