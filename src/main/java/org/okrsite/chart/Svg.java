package org.okrsite.chart;

/**
 * A drawn chart: {@code markup} is one standalone {@code <svg>} element for inline use in HTML (no
 * prolog, no DOCTYPE), whose first children are {@code <title>} and {@code <desc>} holding {@code
 * title} and {@code description}; {@code table} carries the same data for an accessible table.
 */
public record Svg(String markup, String title, String description, DataTable table) {}
