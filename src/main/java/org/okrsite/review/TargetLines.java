package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code target:} of each key result in a version of a content file by its lines: the
 * nearest {@code id:} above a {@code target:} names its key result. Line-based on purpose, so a
 * version that no longer parses as YAML still has a history.
 */
final class TargetLines {
  private static final Pattern ID =
      Pattern.compile("^\\s*(?:-\\s+)?id:\\s*[\"']?([^\"'#]+?)[\"']?\\s*(?:#.*)?$");
  private static final Pattern TARGET =
      Pattern.compile("^\\s*(?:-\\s+)?target:\\s*(.*?)\\s*(?:#.*)?$");

  private TargetLines() {}

  /** A {@code target:} as written and its 1-based line. */
  record Target(String text, int line) {}

  /** Key result id → its target, in file order; the first of a repeated id wins. */
  static Map<String, Target> targets(List<String> lines) {
    Map<String, Target> m = new LinkedHashMap<>();
    String id = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher im = ID.matcher(lines.get(i));
      if (im.matches()) {
        id = im.group(1).strip();
        continue;
      }
      Matcher tm = TARGET.matcher(lines.get(i));
      if (tm.matches() && id != null) m.putIfAbsent(id, new Target(unquote(tm.group(1)), i + 1));
    }
    return m;
  }

  /** The target changes between two versions of a file. */
  static List<GoalHistory.TargetChange> changes(
      String file, String commit, LocalDate date, List<String> before, List<String> after) {
    List<GoalHistory.TargetChange> out = new ArrayList<>();
    Map<String, Target> old = targets(before);
    for (Map.Entry<String, Target> e : targets(after).entrySet()) {
      Target was = old.get(e.getKey());
      if (was == null || was.text().equals(e.getValue().text())) continue;
      out.add(
          new GoalHistory.TargetChange(
              file,
              e.getKey(),
              was.text(),
              e.getValue().text(),
              commit,
              date,
              e.getValue().line()));
    }
    return out;
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2
        && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
