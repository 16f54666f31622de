package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/**
 * An always-on metric from a KPI dashboard.
 *
 * @param category health, growth, efficiency, quality or velocity
 * @param trend up, down or flat as written
 * @param status green, yellow or red as written
 */
public record Kpi(
    String category,
    String name,
    String currentText,
    Quantity current,
    String targetText,
    Quantity target,
    String trend,
    String status,
    SourcePosition position) {}
