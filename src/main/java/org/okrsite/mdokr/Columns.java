package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a table's header cells to fields by name — case-insensitive, in any order, parentheses
 * ignored ({@code Confidence (0-1)}). Columns that match no field are kept as extras.
 */
final class Columns {
  /** The columns of a key-result table, each field with the header names that mean it. */
  static final Map<String, Set<String>> KEY_RESULT =
      ordered(
          "id", Set.of("id", "#", "kr id", "no", "no."),
          "metric",
              Set.of(
                  "kr",
                  "key result",
                  "key results",
                  "metric",
                  "description",
                  "kr description",
                  "result",
                  "measure"),
          "baseline",
              Set.of(
                  "baseline",
                  "start",
                  "starting",
                  "starting value",
                  "from",
                  "initial",
                  "baseline value"),
          "target", Set.of("target", "goal", "to", "target value"),
          "current",
              Set.of("current", "actual", "now", "latest", "actual/current", "current value"),
          "owner", Set.of("owner", "dri", "who", "responsible", "kr owner"),
          "confidence", Set.of("confidence", "conf", "conf.", "confidence level"),
          "measurement",
              Set.of("measurement", "how measured", "measured by", "source", "data source"),
          "weight", Set.of("weight"),
          "score", Set.of("score", "final score"),
          "kind", Set.of("kind", "type", "direction"),
          "leading_indicator", Set.of("leading indicator", "leading"),
          "note", Set.of("note", "notes", "comment", "comments"));

  /** The columns of a weekly update's OKR confidence table. */
  static final Map<String, Set<String>> CONFIDENCE =
      ordered(
          "id", Set.of("kr", "id", "key result", "kr id"),
          "current", Set.of("current", "actual", "value", "current value"),
          "confidence", Set.of("now", "confidence", "this week", "conf", "confidence now"),
          "leading", Set.of("leading", "leading indicator"),
          "note", Set.of("note", "notes", "why", "comment", "comments"),
          "ignored", Set.of("last", "last week", "previous", "δ", "delta", "change", "trend"));

  /** The columns of a weekly update's KPI status table. */
  static final Map<String, Set<String>> KPI =
      ordered(
          "name", Set.of("metric", "kpi", "name"),
          "last", Set.of("last week", "last", "previous"),
          "current", Set.of("this week", "current", "now", "value"),
          "target", Set.of("target", "goal"),
          "status", Set.of("status", "rag"),
          "category", Set.of("category"));

  private Columns() {}

  /**
   * For each header cell, the field it names, or null for an extra column; a field is taken by its
   * first column only, except "ignored" (Last, Δ), which any number of columns may be.
   */
  static List<String> match(List<Block.Cell> header, Map<String, Set<String>> fields) {
    List<String> out = new ArrayList<>();
    for (Block.Cell c : header) {
      String name = Phrases.key(c.text());
      String field = null;
      for (var e : fields.entrySet()) {
        if (e.getValue().contains(name)
            && (e.getKey().equals("ignored") || !out.contains(e.getKey()))) {
          field = e.getKey();
          break;
        }
      }
      out.add(field);
    }
    return out;
  }

  private static Map<String, Set<String>> ordered(Object... kv) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked")
      Set<String> names = (Set<String>) kv[i + 1];
      m.put((String) kv[i], names);
    }
    return m;
  }
}
