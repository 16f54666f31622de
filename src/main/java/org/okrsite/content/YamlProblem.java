package org.okrsite.content;

import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * A problem that stops reading the rest of a YAML file (alias bomb, excessive depth): thrown inside
 * this package only, and always turned into a diagnostic before leaving it.
 */
final class YamlProblem extends RuntimeException {
  final SourcePosition position;
  final Rule rule;
  final String hint;

  YamlProblem(SourcePosition position, Rule rule, String message, String hint) {
    super(message, null, false, false);
    this.position = position;
    this.rule = rule;
    this.hint = hint;
  }
}
