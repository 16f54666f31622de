package org.okrsite.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as text, the same in every default locale (a German JVM must not write 0,5). */
final class NumberText {

  private NumberText() {}

  /** A fresh formatter (DecimalFormat is not thread-safe) with up to two decimals, e.g. 1,234.5. */
  static NumberFormat format() {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
  }

  /** Up to two decimals, e.g. {@code 0.65}, {@code 1,200}, {@code -3.5}. */
  static String of(double value) {
    return format().format(value);
  }

  /** A value with its unit, e.g. {@code 42 %}, {@code 120 ms}, {@code 7}. */
  static String of(double value, String unit) {
    return unit.isBlank() ? of(value) : of(value) + " " + unit.strip();
  }
}
