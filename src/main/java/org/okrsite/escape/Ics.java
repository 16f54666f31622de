package org.okrsite.escape;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar (RFC 5545) escaping: {@link #text} for TEXT values, {@link #line} for content lines,
 * folded at 75 octets and ended with CRLF.
 *
 * <pre>{@code
 * Ics.text("Growth; Sales, and\nmore");   // Growth\; Sales\, and\nmore
 * Ics.line("SUMMARY:" + Ics.text(title)); // "SUMMARY:…\r\n", folded with "\r\n " past 75 octets
 * }</pre>
 */
public final class Ics {
  /** The most octets a content line holds before it is folded (RFC 5545 §3.1). */
  public static final int MAX_OCTETS = 75;

  private Ics() {}

  /**
   * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, a line break (CRLF, CR or LF)
   * written {@code \n}; other control characters and lone surrogates become U+FFFD, as in HTML and
   * XML. {@code null} is empty.
   */
  public static String text(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          b.append("\\n");
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
        }
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 && c != '\t'
              || c == 0x7F
              || Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF) {
            b.append(Markup.REPLACEMENT);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A content line ended with CRLF, folded so that no line passes {@link #MAX_OCTETS} octets of
   * UTF-8: each continuation starts with one space, and a character is never split.
   */
  public static String line(String content) {
    StringBuilder b = new StringBuilder(content.length() + 8);
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = Character.charCount(cp);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        b.append("\r\n ");
        octets = 1;
      }
      b.append(content, i, i + n);
      octets += size;
      i += n;
    }
    return b.append("\r\n").toString();
  }
}
