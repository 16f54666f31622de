package org.okrsite.escape;

import java.util.Locale;

/**
 * YAML scalars that okrsite writes: text always double-quoted, so {@code "0.6"}, {@code "yes"} or
 * {@code "#1 channel"} read back as the same text, on one line and free of control characters.
 *
 * <pre>{@code
 * Yaml.quote("say \"hi\"\n");  // "say \"hi\"\n"  (the quotes and the newline escaped)
 * }</pre>
 */
public final class Yaml {
  private Yaml() {}

  /**
   * A double-quoted YAML string: quotes, backslashes, line breaks and control characters escaped.
   */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
