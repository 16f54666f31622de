package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.content.YamlSequence;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Builds the YAML node tree the linker reads, with each node placed where its Markdown was written.
 * Keys carry the position of their value, so a diagnostic about either points at the same cell.
 */
final class Tree {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Tree() {}

  /** A text scalar, never re-typed: "0.6" stays text, as a quoted YAML string would. */
  static YamlScalar text(String s, SourcePosition at) {
    return new YamlScalar(s, YamlScalar.Type.STRING, at);
  }

  /** A scalar typed as YAML would type it when written plain: number, date, else text. */
  static YamlScalar plain(String s, SourcePosition at) {
    if (NUMBER.matcher(s).matches()) {
      return new YamlScalar(s, s.contains(".") ? YamlScalar.Type.FLOAT : YamlScalar.Type.INT, at);
    }
    if (DATE.matcher(s).matches()) return new YamlScalar(s, YamlScalar.Type.DATE, at);
    return text(s, at);
  }

  static YamlSequence list(List<? extends YamlNode> items, SourcePosition at) {
    return new YamlSequence(new ArrayList<>(items), at);
  }

  /** A mapping under construction; entries keep insertion order, absent values are skipped. */
  static final class Map {
    private final List<YamlMapping.Entry> entries = new ArrayList<>();
    private final SourcePosition at;

    Map(SourcePosition at) {
      this.at = at;
    }

    Map put(String key, YamlNode value) {
      if (value != null)
        entries.add(new YamlMapping.Entry(Tree.text(key, value.position()), value));
      return this;
    }

    Map text(String key, String value, SourcePosition pos) {
      return value == null || value.isBlank() ? this : put(key, Tree.text(value, pos));
    }

    Map list(String key, List<? extends YamlNode> items, SourcePosition pos) {
      return items.isEmpty() ? this : put(key, Tree.list(items, pos));
    }

    boolean has(String key) {
      return entries.stream().anyMatch(e -> e.key().text().equals(key));
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    YamlMapping build() {
      return new YamlMapping(entries, at);
    }
  }
}
