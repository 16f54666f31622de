package org.okrsite.chart;

import java.util.List;

/**
 * The data behind a chart as plain strings, for an HTML table beside it (screen readers, copying).
 * Values are not escaped: the template that prints them escapes them like any other text.
 */
public record DataTable(List<String> columns, List<List<String>> rows, String caption) {

  public DataTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    caption = caption == null ? "" : caption;
  }
}
