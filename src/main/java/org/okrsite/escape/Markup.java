package org.okrsite.escape;

/** The escaping HTML and XML share; they differ only in how they write an apostrophe. */
final class Markup {
  static final char REPLACEMENT = '\uFFFD';

  private Markup() {}

  static String escape(String s, String apostrophe) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> apostrophe;
            default -> allowed(s, i) ? null : String.valueOf(REPLACEMENT);
          };
      if (replacement == null && Character.isHighSurrogate(c)) {
        // a valid pair: copy both halves
        if (b != null) b.append(c).append(s.charAt(i + 1));
        i++;
        continue;
      }
      if (replacement == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(replacement);
    }
    return b == null ? s : b.toString();
  }

  /** Whether XML 1.0 may carry the character at {@code i} (a surrogate only as half of a pair). */
  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    if (c == 0xFFFE || c == 0xFFFF) return false;
    if (Character.isHighSurrogate(c))
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return !Character.isLowSurrogate(c);
  }
}
