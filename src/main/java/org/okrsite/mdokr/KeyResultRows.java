package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;

/**
 * Key results written as table rows or bullets, turned into the {@code key_results} items the
 * linker reads. Values stay as written ("7 days", "< 2 days") so the linker's unit checks and
 * sentence reading apply unchanged.
 */
final class KeyResultRows {
  /** Fields whose cells are written as plain YAML (numbers stay numbers). */
  private static final Set<String> NUMERIC = Set.of("confidence", "weight", "score");

  private KeyResultRows() {}

  /** True when a table's header names the key result column (or baseline and target). */
  static boolean isKeyResultTable(Block.Table t) {
    List<String> cols = Columns.match(t.header(), Columns.KEY_RESULT);
    return cols.contains("metric") || (cols.contains("baseline") && cols.contains("target"));
  }

  /** One key result per non-empty row. */
  static List<YamlMapping> fromTable(Block.Table t) {
    List<String> cols = new ArrayList<>(Columns.match(t.header(), Columns.KEY_RESULT));
    if (!cols.contains("metric")) {
      int free = cols.indexOf(null);
      if (free >= 0) cols.set(free, "metric");
    }
    List<YamlMapping> out = new ArrayList<>();
    for (List<Block.Cell> row : t.rows()) {
      if (row.stream().allMatch(c -> Phrases.blank(c.text()))) continue;
      Tree.Map m = new Tree.Map(row.get(0).at());
      List<String> extras = new ArrayList<>();
      Block.Cell metric = null;
      for (int i = 0; i < row.size() && i < cols.size(); i++) {
        Block.Cell c = row.get(i);
        String field = cols.get(i);
        if (Phrases.blank(c.text())) continue;
        if (field == null) {
          extras.add(t.header().get(i).text() + ": " + c.text());
        } else if (field.equals("metric")) {
          metric = c;
        } else if (field.equals("note")) {
          extras.add(0, c.text());
        } else if (NUMERIC.contains(field)) {
          String v = field.equals("confidence") ? Phrases.confidence(c.text()) : c.text();
          m.put(field, Tree.plain(v, c.at()));
        } else {
          m.text(field, c.text(), c.at());
        }
      }
      if (metric != null) labelled(m, metric.text(), metric);
      if (!extras.isEmpty()) m.text("note", String.join("; ", extras), row.get(0).at());
      if (m.has("metric") || m.has("baseline") || m.has("target")) out.add(reorder(m.build()));
    }
    return out;
  }

  /** A key result from a bullet: "KR1: Reduce TTFV from 7 days to 2 days" or a bare sentence. */
  static YamlNode fromItem(Block.Item item) {
    Matcher m = Phrases.KR_LABEL.matcher(item.text());
    String id = null;
    String text = item.text();
    if (m.matches()) {
      id = m.group(1).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
      if (id.equals("KR") || !id.startsWith("KR")) id = null;
      text = m.group(2).strip();
    }
    if (id == null) return Tree.text(text, item.at());
    return new Tree.Map(item.at())
        .text("id", id, item.at())
        .text("metric", text, item.at())
        .build();
  }

  /** Puts "KR1" of a "KR1: metric" cell into {@code id}, the rest into {@code metric}. */
  private static void labelled(Tree.Map m, String text, Block.Cell cell) {
    Matcher id = Phrases.KR_ID.matcher(text);
    if (id.matches() && !m.has("id")) {
      m.text(
          "id", id.group(1).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT), cell.at());
      if (!id.group(2).isBlank()) m.text("metric", id.group(2).strip(), cell.at());
    } else {
      m.text("metric", text, cell.at());
    }
  }

  /** id and metric first, as a person would write the YAML. */
  private static YamlMapping reorder(YamlMapping m) {
    List<YamlMapping.Entry> es = new ArrayList<>();
    for (String k : List.of("id", "metric")) m.entry(k).ifPresent(es::add);
    for (YamlMapping.Entry e : m.entries()) if (!es.contains(e)) es.add(e);
    return new YamlMapping(es, m.position());
  }
}
