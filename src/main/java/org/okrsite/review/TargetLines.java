package org.okrsite.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.model.Revision;

/**
 * Finds the key results of a version of a content file by its lines, and what changed between two
 * versions: targets changed, key results gone. Line-based on purpose, so a version that no longer
 * parses as YAML still has a history.
 *
 * <p>An {@code id:} starts a block that runs to the next {@code id:}; a block with a {@code
 * metric:}, {@code baseline:} or {@code target:} is a key result (an objective's {@code id:} or a
 * check-in's update has none of them).
 */
final class TargetLines {
  private static final Pattern ID =
      Pattern.compile("^\\s*(?:-\\s+)?id:\\s*[\"']?([^\"'#]+?)[\"']?\\s*(?:#.*)?$");
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s*(?:-\\s+)?(objective|metric|description|baseline|target|current|actual|quarter"
              + "|cycle):(.*)$");

  private TargetLines() {}

  /**
   * A key result as a version of a file writes it: its id and the fields it was known by.
   *
   * @param targetLine the 1-based line of its {@code target:}, or 0
   */
  record KeyResultLines(
      String id,
      String objective,
      String metric,
      String baseline,
      String target,
      int targetLine,
      String current) {}

  /**
   * The target changes between two versions of a file: of each key result still there (see {@link
   * #removals}), named by its id in the new version.
   */
  static List<GoalHistory.TargetChange> changes(
      String file, String commit, LocalDate date, List<String> before, List<String> after) {
    List<GoalHistory.TargetChange> out = new ArrayList<>();
    for (KeyResultLines[] p : pairs(keyResults(before), keyResults(after)).kept()) {
      KeyResultLines was = p[0];
      KeyResultLines now = p[1];
      if (was.target() == null || now.target() == null || was.target().equals(now.target()))
        continue;
      out.add(
          new GoalHistory.TargetChange(
              file, now.id(), was.target(), now.target(), commit, date, now.targetLine()));
    }
    return out;
  }

  /**
   * Which key results of the old version the new one still has, old and new side by side, and which
   * it has not.
   */
  private record Pairs(List<KeyResultLines[]> kept, List<KeyResultLines> gone) {}

  /**
   * Pairs the key results of two versions: by metric first (whatever the id, so renumbering the
   * rest after a deletion names the one that went), then by id.
   */
  private static Pairs pairs(List<KeyResultLines> before, List<KeyResultLines> after) {
    List<KeyResultLines> old = new ArrayList<>(before);
    List<KeyResultLines> now = new ArrayList<>(after);
    List<KeyResultLines[]> kept = new ArrayList<>();
    for (var it = old.iterator(); it.hasNext(); ) {
      KeyResultLines k = it.next();
      var same =
          now.stream()
              .filter(n -> k.metric() != null && Revision.sameValue(k.metric(), n.metric()))
              .findFirst();
      if (same.isPresent()) {
        kept.add(new KeyResultLines[] {k, same.get()});
        now.remove(same.get());
        it.remove();
      }
    }
    List<KeyResultLines> gone = new ArrayList<>();
    for (KeyResultLines k : old) {
      var same = now.stream().filter(n -> n.id().equals(k.id())).findFirst();
      if (same.isPresent()) {
        kept.add(new KeyResultLines[] {k, same.get()});
        now.remove(same.get());
      } else {
        gone.add(k);
      }
    }
    return new Pairs(kept, gone);
  }

  /** The key results of a version of a file, in file order. */
  static List<KeyResultLines> keyResults(List<String> lines) {
    List<KeyResultLines> out = new ArrayList<>();
    String objective = null;
    String id = null;
    Map<String, String> fields = new LinkedHashMap<>();
    int targetLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher im = ID.matcher(line);
      if (im.matches()) {
        addKeyResult(out, id, objective, fields, targetLine);
        id = im.group(1).strip();
        fields.clear();
        targetLine = 0;
        continue;
      }
      Matcher fm = FIELD.matcher(line);
      if (!fm.matches()) continue;
      String value = scalar(fm.group(2));
      // a folded or literal block (">", "|") says nothing on its own line
      if (value.isEmpty() || value.matches("[>|][-+]?")) continue;
      if (fm.group(1).equals("objective")) objective = value;
      else if (fields.putIfAbsent(fm.group(1), value) == null && fm.group(1).equals("target"))
        targetLine = i + 1;
    }
    addKeyResult(out, id, objective, fields, targetLine);
    return out;
  }

  private static void addKeyResult(
      List<KeyResultLines> out,
      String id,
      String objective,
      Map<String, String> f,
      int targetLine) {
    if (id == null
        || !(f.containsKey("metric") || f.containsKey("baseline") || f.containsKey("target")))
      return;
    out.add(
        new KeyResultLines(
            id,
            objective,
            f.getOrDefault("metric", f.get("description")),
            f.get("baseline"),
            f.get("target"),
            targetLine,
            f.getOrDefault("current", f.get("actual"))));
  }

  /**
   * The key results of {@code before} that {@code after} no longer has. A key result is still there
   * when {@code after} has one with the same metric (whatever its id, so renumbering the rest after
   * a deletion names the one that went), else one with the same id. A change of the file's cycle
   * ({@code quarter:}) is planning the next cycle: no removal.
   */
  static List<GoalHistory.Removal> removals(
      String file, String commit, LocalDate date, List<String> before, List<String> after) {
    if (!java.util.Objects.equals(cycle(before), cycle(after)) || after.isEmpty()) return List.of();
    List<GoalHistory.Removal> out = new ArrayList<>();
    for (KeyResultLines k : pairs(keyResults(before), keyResults(after)).gone()) {
      out.add(
          new GoalHistory.Removal(
              file,
              k.id(),
              k.objective(),
              k.metric(),
              k.baseline(),
              k.target(),
              k.current(),
              commit,
              date));
    }
    return out;
  }

  /** The first {@code quarter:} or {@code cycle:} of a version, as written, or null. */
  private static String cycle(List<String> lines) {
    for (String line : lines) {
      Matcher fm = FIELD.matcher(line);
      if (fm.matches() && (fm.group(1).equals("quarter") || fm.group(1).equals("cycle")))
        return scalar(fm.group(2));
    }
    return null;
  }

  /**
   * A one-line YAML scalar as written after its key: a quoted one up to its closing quote (so a
   * {@code #} inside it stays), a plain one up to a comment.
   */
  static String scalar(String rest) {
    String t = rest.strip();
    if (t.startsWith("\"") || t.startsWith("'")) {
      char q = t.charAt(0);
      int end = t.indexOf(q, 1);
      while (q == '\'' && end > 0 && end + 1 < t.length() && t.charAt(end + 1) == q)
        end = t.indexOf(q, end + 2);
      if (end > 0) return t.substring(1, end);
    }
    int comment = t.indexOf(" #");
    return (comment >= 0 ? t.substring(0, comment) : t).strip();
  }
}
