package org.okrsite.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.StringReader;

/**
 * The only way templates are compiled: every {@code {{value}}} is HTML-escaped, and an unescaped
 * {@code {{{value}}}} or {@code {{&value}}} is refused unless its name ends in {@code Html} or
 * {@code Svg} — the names Java gives to HTML it generated itself (rendered Markdown, chart SVG).
 * A theme author cannot accidentally print content text unescaped.
 */
final class SafeMustacheFactory extends DefaultMustacheFactory {
  private final Theme theme;

  SafeMustacheFactory(Theme theme) {
    this.theme = theme;
  }

  /** Whether a variable may be printed unescaped. */
  static boolean mayBeRaw(String variable) {
    return variable.endsWith("Html") || variable.endsWith("Svg");
  }

  @Override
  public java.io.Reader getReader(String resourceName) {
    return new StringReader(theme.text(resourceName));
  }

  /** Partials are named from the theme root ({@code {{> partials/footer}}}), wherever used. */
  @Override
  public String resolvePartialPath(String dir, String name, String extension) {
    return name + extension;
  }

  @Override
  public MustacheVisitor createMustacheVisitor() {
    return new DefaultMustacheVisitor(this) {
      @Override
      public void value(TemplateContext tc, String variable, boolean encoded) {
        if (!encoded && !mayBeRaw(variable)) {
          throw new MustacheException("unescaped value '" + variable + "' in " + tc.file()
              + ": only names ending in Html or Svg may use {{{ }}}", tc);
        }
        super.value(tc, variable, encoded);
      }
    };
  }
}
