package org.okrsite.escape;

import java.util.Locale;

/**
 * Text for a terminal or a CI log, one line: control characters are made visible ({@code \n},
 * {@code \r}, {@code \t}, {@code \x1b}, {@code \u2028}…) instead of passed raw, so content can
 * neither start a line of its own (a forged {@code ::error} annotation or a fake "0 errors") nor
 * move the cursor, recolour or retitle the terminal (ESC and C1 sequences), nor reorder what is
 * shown (bidi overrides). Backslashes are left alone: this is for reading, not for reading back.
 *
 * <pre>{@code
 * Terminal.text("ok\n::error::forged");  // ok\n::error::forged   (one line, a literal backslash-n)
 * Terminal.text("\u001b[2Jred");          // \x1b[2Jred
 * }</pre>
 */
public final class Terminal {
  private Terminal() {}

  /** {@code s} with every control, line-separator and bidi-control character written visibly. */
  public static String text(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String visible = visible(c);
      if (visible == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(visible);
    }
    return b == null ? s : b.toString();
  }

  private static String visible(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return String.format(Locale.ROOT, "\\x%02x", (int) c);
    boolean hidden =
        c == 0x2028
            || c == 0x2029
            || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200e
            || c == 0x200f
            || c == 0x061c
            || c == 0xfeff;
    return hidden ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
  }
}
