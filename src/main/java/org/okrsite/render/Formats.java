package org.okrsite.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.okrsite.site.SitePaths;

/** How numbers, scores and dates read on a page: fixed locale, no clock, same text every build. */
final class Formats {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private Formats() {}

  /** A 0–1 value with two decimals ("0.55"), or an en dash when unknown. */
  static String decimal(Double d) {
    if (d == null) return "–";
    double v = d;
    if (v >= 0 && v <= 1) {
      int k = (int) Math.round(v * 100);
      if (Double.doubleToRawLongBits(HUNDREDTHS_VALUES[k]) == Double.doubleToRawLongBits(v))
        return HUNDREDTHS[k]; // the confidences every check-in row prints
    }
    return org.okrsite.model.Fixed.of(v, 2);
  }

  private static final double[] HUNDREDTHS_VALUES = new double[101];
  private static final String[] HUNDREDTHS = new String[101];

  static {
    for (int k = 0; k <= 100; k++) {
      HUNDREDTHS_VALUES[k] = k / 100.0;
      HUNDREDTHS[k] = org.okrsite.model.Fixed.of(k / 100.0, 2);
    }
  }

  /** A ratio as a whole percentage ("47%"), or an en dash when unknown. */
  static String percent(Double d) {
    return d == null ? "–" : Math.round(d * 100) + "%";
  }

  /**
   * A ratio clamped to 0–100, for bar widths (CSS classes, since inline styles are not allowed).
   */
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
    return SitePaths.weekId(d);
  }

  /** The change between two confidences as an arrow and a signed number ("↓ −0.10"). */
  static String delta(Double before, Double after) {
    if (before == null || after == null) return "–";
    double d = after - before;
    if (Math.abs(d) < 0.005) return "→ 0.00";
    return (d > 0 ? "↑ +" : "↓ −") + org.okrsite.model.Fixed.of(Math.abs(d), 2);
  }

  /**
   * A self score beside the agreed one with the gap calibration made, "self 0.80, agreed 0.60:
   * −0.20"; "self 0.80, not agreed yet" without an agreed score; "" without a self score.
   */
  static String calibration(Double self, Double agreed) {
    if (self == null) return "";
    if (agreed == null) return "self " + decimal(self) + ", not agreed yet";
    double gap = Math.round((agreed - self) * 100) / 100.0;
    String signed =
        gap == 0 ? "±0.00" : (gap > 0 ? "+" : "−") + org.okrsite.model.Fixed.of(Math.abs(gap), 2);
    return "self " + decimal(self) + ", agreed " + decimal(agreed) + ": " + signed;
  }

  /** "up", "down" or "flat" for a change, used as a CSS class and read aloud as text. */
  static String direction(Double before, Double after) {
    if (before == null || after == null) return "flat";
    double d = after - before;
    return Math.abs(d) < 0.005 ? "flat" : d > 0 ? "up" : "down";
  }
}
