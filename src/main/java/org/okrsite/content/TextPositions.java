package org.okrsite.content;

import org.okrsite.diagnostic.SourcePosition;

/** Line ends and line/column arithmetic over decoded text. */
final class TextPositions {
  private TextPositions() {}

  /** CRLF and lone CR become LF, so each line end is one character and line numbers stay right. */
  static String normalizeLineEnds(String text) {
    if (text.indexOf('\r') < 0) return text;
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The 1-based position just after {@code text}; columns count code points. */
  static SourcePosition endOf(String path, CharSequence text) {
    return at(path, text, text.length());
  }

  /** The 1-based position of char index {@code index} in {@code text} (CR, LF, CRLF end lines). */
  static SourcePosition at(String path, CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        line++;
        lineStart = i + 1;
      }
    }
    int end = Math.min(index, text.length());
    int column = Character.codePointCount(text, lineStart, end) + 1;
    return new SourcePosition(path, line, column);
  }

  /** The position of the {@code codePoint}-th code point, {@code lineOffset} lines further down. */
  static SourcePosition atCodePoint(String path, String text, int codePoint, int lineOffset) {
    int clamped = Math.max(0, Math.min(codePoint, text.codePointCount(0, text.length())));
    SourcePosition at = at(path, text, text.offsetByCodePoints(0, clamped));
    return new SourcePosition(path, at.line() + lineOffset, at.column());
  }
}
