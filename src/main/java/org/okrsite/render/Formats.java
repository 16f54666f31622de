package org.okrsite.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How numbers, scores and dates read on a page: fixed locale, no clock, same text every build. */
final class Formats {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private Formats() {}

  /** A 0–1 value with two decimals ("0.55"), or an en dash when unknown. */
  static String decimal(Double d) {
    return d == null ? "–" : org.okrsite.model.Fixed.of(d, 2);
  }

  /** A ratio as a whole percentage ("47%"), or an en dash when unknown. */
  static String percent(Double d) {
    return d == null ? "–" : Math.round(d * 100) + "%";
  }

  /** A ratio clamped to 0–100, for bar widths (CSS classes, since inline styles are not allowed). */
  static int barPercent(Double d) {
    if (d == null || d.isNaN()) return 0;
    return (int) Math.max(0, Math.min(100, Math.round(d * 100)));
  }

  static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  static String month(LocalDate d) {
    return MONTH.format(d);
  }

  /** An ISO week id such as {@code 2026-w47}, used in page names. */
  static String weekId(LocalDate d) {
    return String.format(Locale.ROOT, "%d-w%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The change between two confidences as an arrow and a signed number ("↓ −0.10"). */
  static String delta(Double before, Double after) {
    if (before == null || after == null) return "–";
    double d = after - before;
    if (Math.abs(d) < 0.005) return "→ 0.00";
    return (d > 0 ? "↑ +" : "↓ −") + org.okrsite.model.Fixed.of(Math.abs(d), 2);
  }

  /** "up", "down" or "flat" for a change, used as a CSS class and read aloud as text. */
  static String direction(Double before, Double after) {
    if (before == null || after == null) return "flat";
    double d = after - before;
    return Math.abs(d) < 0.005 ? "flat" : d > 0 ? "up" : "down";
  }
}
