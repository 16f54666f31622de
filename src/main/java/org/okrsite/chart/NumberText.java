package org.okrsite.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as text, the same in every default locale (a German JVM must not write 0,5). */
final class NumberText {

  private NumberText() {}

  private static final DecimalFormat PATTERN =
      new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));

  /** Parsing the pattern for every label was a tenth of drawing a chart; each thread keeps one. */
  private static final ThreadLocal<NumberFormat> MINE = ThreadLocal.withInitial(NumberText::format);

  /** A fresh formatter (DecimalFormat is not thread-safe) with up to two decimals, e.g. 1,234.5. */
  static NumberFormat format() {
    synchronized (PATTERN) {
      return (NumberFormat) PATTERN.clone();
    }
  }

  /** Up to two decimals, e.g. {@code 0.65}, {@code 1,200}, {@code -3.5}. */
  static String of(double value) {
    return MINE.get().format(value);
  }

  /** A value with its unit, e.g. {@code 42 %}, {@code 120 ms}, {@code 7}. */
  static String of(double value, String unit) {
    return unit.isBlank() ? of(value) : of(value) + " " + unit.strip();
  }
}
