package org.okrsite.scaffold;

import java.util.Locale;

/**
 * Writing YAML scalars by hand: plain numbers and comments; text is quoted by {@link
 * org.okrsite.escape.Yaml#quote}.
 */
final class YamlText {
  private YamlText() {}

  /** A score or confidence as people write it: 0.6, 0.75, 1.0. */
  static String number(double d) {
    String s = String.format(Locale.ROOT, "%.2f", d);
    if (s.endsWith("0") && !s.endsWith(".00")) s = s.substring(0, s.length() - 1);
    return s.endsWith(".00") ? s.substring(0, s.length() - 1) : s;
  }

  /** A comment-safe one-liner: no line breaks. */
  static String comment(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").strip();
  }
}
