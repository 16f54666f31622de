package org.okrsite.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Checks a site's theme overrides (files under its {@code themes/}) against the page views they are
 * rendered with: a name no view has would print nothing, so it is a warning naming the file and
 * line.
 *
 * <pre>{@code
 * ThemeCheck.run(Path.of("content"), diagnostics);
 * }</pre>
 */
public final class ThemeCheck {
  private ThemeCheck() {}

  /** The rule of a theme template naming a variable its page does not have. */
  public static final String UNKNOWN_VARIABLE =
      org.okrsite.diagnostic.Rule.THEME_UNKNOWN_VARIABLE.id();

  /**
   * Adds a warning per unknown name in the site's own templates; nothing when it overrides none.
   */
  public static void run(Path sourceDir, Diagnostics d) {
    if (sourceDir == null || !Files.isDirectory(sourceDir.resolve("themes"))) return;
    Theme theme = new Theme(sourceDir);
    Set<String> reported = new HashSet<>();
    for (Map.Entry<String, Class<?>> page : PageTypes.BY_TEMPLATE.entrySet()) {
      for (TemplateContract.Unknown u :
          TemplateContract.check(theme, page.getKey() + ".mustache", page.getValue())) {
        if (theme.isDefault(u.file())
            || !reported.add(u.file() + ":" + u.line() + ":" + u.column())) continue;
        String guess =
            u.suggestions().isEmpty() ? "" : "; did you mean '" + u.suggestions().get(0) + "'?";
        d.warning(
            new SourcePosition("themes/" + u.file(), u.line(), u.column()),
            org.okrsite.diagnostic.Rule.THEME_UNKNOWN_VARIABLE,
            "unknown variable '"
                + u.name()
                + "' in the "
                + PageTypes.pageName(page.getKey())
                + guess,
            "a name the page's view does not have renders as nothing; the view's names are those of"
                + " its record in org.okrsite.render");
      }
    }
  }
}
