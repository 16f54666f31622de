package org.okrsite.content;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body. The front matter is everything
 * between an opening {@code ---} line (the file's first line) and the next {@code ---} or {@code
 * ...} line; its YAML starts on file line 2.
 *
 * @param yaml the front matter text, or {@code null} when the file has none
 * @param body the Markdown after the front matter (the whole text when there is none)
 * @param bodyLine the 1-based file line where {@code body} starts
 */
record FrontMatter(String yaml, String body, int bodyLine) {

  /** The file line of the front matter's first YAML line. */
  static final int YAML_FIRST_LINE = 2;

  /**
   * Splits {@code text} (line ends already normalised to LF). Returns empty when the front matter
   * is opened but never closed.
   */
  static Optional<FrontMatter> split(String text) {
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text.substring(0, firstEnd), "---"))
      return Optional.of(new FrontMatter(null, text, 1));
    int line = 2;
    int start = firstEnd + 1;
    while (start <= text.length() && firstEnd < text.length()) {
      int end = lineEnd(text, start);
      String content = text.substring(start, end);
      if (isFence(content, "---") || isFence(content, "...")) {
        String yaml = text.substring(firstEnd + 1, start);
        String body = end < text.length() ? text.substring(end + 1) : "";
        return Optional.of(new FrontMatter(yaml, body, line + 1));
      }
      if (end >= text.length()) break;
      start = end + 1;
      line++;
    }
    return Optional.empty();
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static boolean isFence(String line, String fence) {
    return line.startsWith(fence) && line.substring(fence.length()).isBlank();
  }
}
