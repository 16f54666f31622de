package org.okrsite.model;

import java.util.Optional;

/**
 * A metric value as written in content: a number, its unit and the direction it states.
 *
 * <p>{@code Quantity.parse("< 2 days")} gives value {@code 2.0}, unit {@code "day"}, comparison
 * {@link Comparison#LT} and text {@code "< 2 days"}. Units are normalised only so that equal units
 * compare equal: lowercase, single spaces, time words singular, a currency symbol kept in front
 * ({@code "$120K ARR"} has unit {@code "$ arr"}, {@code "$45K/mo"} has {@code "$/mo"}).
 *
 * @param value the number, with K/M/B magnitudes applied ({@code "$1M"} is {@code 1000000})
 * @param unit the normalised unit, empty for a bare number
 * @param comparison the stated direction, {@link Comparison#NONE} for a plain value
 * @param text the original text, trimmed, for display
 */
public record Quantity(double value, String unit, Comparison comparison, String text) {

  public Quantity {
    // a handful of units ("%", "$", "/month") across millions of values: one string each
    unit = unit == null ? "" : unit.intern();
    comparison = comparison == null ? Comparison.NONE : comparison;
    text = text == null ? "" : text.strip();
  }

  /**
   * Reads a metric value such as {@code "7 days"}, {@code "≥ 99.9%"}, {@code "$45K/mo"} or a YAML
   * number's text ({@code "12"}, {@code "0.5"}).
   *
   * @return the quantity, or empty when the text is not a value ({@code "soon"}, {@code ""}, null)
   */
  public static Optional<Quantity> parse(String text) {
    return QuantityParser.parse(text);
  }

  /** True when both values are in the same unit, e.g. {@code "7 days"} and {@code "< 2 days"}. */
  public boolean sameUnitAs(Quantity other) {
    return other != null && unit.equals(other.unit);
  }

  /** The value as its author wrote it, e.g. {@code "$120K ARR"}. */
  public String display() {
    return text;
  }

  /** This value carrying another unit; used when a range writes its unit on one side only. */
  Quantity withUnit(String newUnit) {
    return new Quantity(value, newUnit, comparison, text);
  }
}
