package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes chart SVG fit the site's Content-Security-Policy. {@code style-src 'self'} blocks every
 * {@code style="…"} attribute, and the charts carry their look in such attributes. Each declaration
 * becomes an SVG presentation attribute ({@code stroke-width="0.5"}), which the policy allows;
 * themed colours cannot, because a presentation attribute does not take {@code var()}, so
 * {@code fill:var(--chart-target)} becomes the class {@code cf-target} and
 * {@code stroke:var(--chart-axis)} the class {@code cs-axis}, both defined in the theme's
 * {@code assets/charts.css} with the light and dark values.
 *
 * <pre>{@code
 * CspSvg.of("<path style=\"fill:none;stroke:var(--chart-axis)\"/>");
 * // <path fill="none" class="cs-axis"/>
 * }</pre>
 */
final class CspSvg {
  /** A start tag; attribute values never hold a raw {@code <} or {@code >} (the chart escapes them). */
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][\\w:-]*)(\\s[^<>]*?)?(/?)>");
  private static final Pattern STYLE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
  private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");
  private static final Pattern THEMED = Pattern.compile("var\\(--chart-([a-z0-9-]+)\\)");

  private CspSvg() {}

  /** The markup with every {@code style} attribute turned into attributes and classes. */
  static String of(String markup) {
    Matcher tag = TAG.matcher(markup);
    StringBuilder out = new StringBuilder(markup.length());
    while (tag.find()) {
      String attributes = tag.group(2);
      String replaced = attributes == null || !attributes.contains(" style=\"") ? tag.group()
          : "<" + tag.group(1) + rewrite(attributes) + tag.group(3) + ">";
      tag.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    tag.appendTail(out);
    return out.toString();
  }

  private static String rewrite(String attributes) {
    Matcher style = STYLE.matcher(attributes);
    if (!style.find()) return attributes;
    String rest = attributes.substring(0, style.start()) + attributes.substring(style.end());
    List<String> classes = new ArrayList<>();
    StringBuilder added = new StringBuilder();
    for (String declaration : style.group(1).split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) continue;
      String name = declaration.substring(0, colon).strip();
      String value = declaration.substring(colon + 1).strip();
      Matcher themed = THEMED.matcher(value);
      if (themed.matches()) {
        classes.add(classFor(name, themed.group(1)));
      } else if (!name.isEmpty() && !rest.contains(" " + name + "=\"")) {
        added.append(' ').append(name).append("=\"").append(value).append('"');
      }
    }
    if (classes.isEmpty()) return rest + added;
    Matcher existing = CLASS.matcher(rest);
    if (existing.find()) {
      String joined = existing.group(1) + " " + String.join(" ", classes);
      return rest.substring(0, existing.start()) + " class=\"" + joined + "\"" + rest.substring(existing.end()) + added;
    }
    return rest + added + " class=\"" + String.join(" ", classes) + "\"";
  }

  /** {@code cf-…} sets the fill, {@code cs-…} the stroke; charts theme no other property. */
  private static String classFor(String property, String role) {
    return switch (property) {
      case "fill" -> "cf-" + role;
      case "stroke" -> "cs-" + role;
      default -> throw new IllegalStateException("a themed colour in '" + property + "' has no class; add one to CspSvg and charts.css");
    };
  }
}
