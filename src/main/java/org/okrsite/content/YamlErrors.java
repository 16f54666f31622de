package org.okrsite.content;

import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Translates a SnakeYAML failure into one diagnostic with a file position: its own limits (aliases,
 * nesting, size) into their rules, everything else into {@code yaml-syntax}.
 */
final class YamlErrors {
  private final String path;
  private final String text;
  private final int lineOffset;
  private final YamlTreeBuilder builder;

  YamlErrors(String path, String text, int lineOffset, YamlTreeBuilder builder) {
    this.path = path;
    this.text = text;
    this.lineOffset = lineOffset;
    this.builder = builder;
  }

  /** Reports {@code e}; {@code last} is where the parser last was, for errors without a mark. */
  void report(Throwable e, Mark last, Diagnostics diagnostics) {
    SourcePosition lastAt = last == null ? SourcePosition.ofFile(path) : builder.position(last);
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof StackOverflowError || message.startsWith("Nesting Depth exceeded")) {
      diagnostics.error(
          lastAt,
          Rule.YAML_TOO_DEEP,
          "values are nested more than " + YamlTreeBuilder.MAX_DEPTH + " levels deep",
          "flatten the structure; OKR files need only a few levels");
    } else if (message.startsWith("Number of aliases")) {
      diagnostics.error(
          lastAt,
          Rule.YAML_ALIAS_LIMIT,
          "too many aliases of lists or mappings (more than 20)",
          "write the values out instead of repeating them with aliases (*name)");
    } else if (message.contains("exceeds the limit")) {
      diagnostics.error(
          SourcePosition.ofFile(path),
          Rule.CONTENT_TOO_LARGE,
          "YAML is longer than " + SafeYaml.MAX_CODE_POINTS + " characters",
          "split the file into smaller files");
    } else if (e instanceof IllegalArgumentException) {
      diagnostics.error(
          lastAt,
          Rule.YAML_SYNTAX,
          "invalid YAML: a malformed tag (" + oneLine(message) + ")",
          "remove the '!' tag; OKR files need no tags");
    } else if (e instanceof ReaderException r) {
      SourcePosition at = TextPositions.atCodePoint(path, text, r.getPosition(), lineOffset);
      diagnostics.error(
          at,
          Rule.YAML_SYNTAX,
          String.format("character U+%04X is not allowed in YAML", r.getCodePoint()),
          "remove the control character, or write it as an escape inside double quotes");
    } else if (e instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      SourcePosition at = mark != null ? builder.position(mark) : lastAt;
      String problem = oneLine(m.getProblem() != null ? m.getProblem() : m.getContext());
      diagnostics.error(
          at, Rule.YAML_SYNTAX, "invalid YAML: " + problem, syntaxHint(problem, mark));
    } else {
      diagnostics.error(
          lastAt,
          Rule.YAML_SYNTAX,
          "invalid YAML: " + oneLine(message),
          "check the indentation and quoting near this line");
    }
  }

  private String syntaxHint(String problem, Mark mark) {
    boolean tab = problem.contains("\\t") || problem.contains("\t") || problem.contains("TAB");
    if (!tab && mark != null) {
      String[] lines = text.split("\n", -1);
      if (mark.getLine() < lines.length) {
        String line = lines[mark.getLine()];
        tab = line.substring(0, line.length() - line.stripLeading().length()).indexOf('\t') >= 0;
      }
    }
    if (tab) return "indent with spaces, not tabs";
    return "check the indentation and quoting near this line;"
        + " quote values that contain ': ' or ' #'";
  }

  private static String oneLine(String s) {
    if (s == null) return "";
    // SnakeYAML spells a tab as '\t(TAB)'; say it plainly.
    return s.replace("'\\t(TAB)'", "TAB").replace("\\t(TAB)", "TAB").replaceAll("\\s+", " ").trim();
  }
}
