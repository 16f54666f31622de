package org.okrsite.scaffold;

import java.util.Locale;

/** Writing YAML scalars by hand: always double-quoted text, plain numbers. */
final class YamlText {
  private YamlText() {}

  /** A double-quoted YAML string; quotes, backslashes and control characters escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

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
