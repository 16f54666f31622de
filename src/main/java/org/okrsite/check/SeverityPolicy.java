package org.okrsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrsite.config.RuleLevel;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.Severity;

/**
 * Applies per-rule settings ({@code rules: {kr-no-baseline: off}}) and {@code --strict} (warnings
 * become errors). Errors of a rule the catalogue marks not relaxable ({@link Rule#relaxable()}: the
 * content could not be read) stay errors whatever the settings.
 */
public final class SeverityPolicy {
  private final Map<Rule, RuleLevel> rules;
  private final boolean strict;

  public SeverityPolicy(Map<Rule, RuleLevel> rules, boolean strict) {
    this.rules = rules;
    this.strict = strict;
  }

  public List<Diagnostic> apply(List<Diagnostic> in) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : in) {
      RuleLevel setting = d.rule().map(rules::get).orElse(null);
      Diagnostic x = d;
      if (setting != null && !isLocked(d)) {
        if (setting.severity().isEmpty()) continue;
        x = d.withSeverity(setting.severity().get());
      }
      if (strict && x.severity() == Severity.WARNING) x = x.withSeverity(Severity.ERROR);
      out.add(x);
    }
    return out;
  }

  /** Errors of a rule that may not be relaxed stay errors whatever the settings. */
  private static boolean isLocked(Diagnostic d) {
    return d.severity() == Severity.ERROR && d.rule().map(r -> !r.relaxable()).orElse(false);
  }
}
