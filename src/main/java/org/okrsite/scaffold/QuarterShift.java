package org.okrsite.scaffold;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.model.Cycle;

/**
 * Moves the starter site's sample from the quarter it is written for to another quarter: quarter
 * names and ids are replaced, and every date moves by whole months. The sample check-ins then move
 * on by whole weeks, as far as the init date allows, so that a new site's latest check-in is recent
 * and nobody starts out "stale".
 */
final class QuarterShift {
  /** The quarter the files in {@code site-template/} are written for. */
  static final Cycle TEMPLATE =
      new Cycle("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  /** The latest sample check-in of the template; it and earlier dates are check-in dates. */
  static final LocalDate LAST_CHECK_IN = LocalDate.of(2026, 1, 23);

  private final Cycle target;
  private final long months;
  private final long extraDays;

  QuarterShift(Cycle target) {
    this(target, null);
  }

  /**
   * @param today the init date; check-ins move by whole weeks to end at most a week before it
   */
  QuarterShift(Cycle target, LocalDate today) {
    this.target = target;
    this.months = ChronoUnit.MONTHS.between(TEMPLATE.start(), target.start());
    LocalDate last = LAST_CHECK_IN.plusMonths(months);
    long gap =
        today == null
            ? 0
            : ChronoUnit.DAYS.between(last, today.isAfter(target.end()) ? target.end() : today);
    this.extraDays = gap <= 0 ? 0 : 7 * ((gap - 1) / 7);
  }

  String text(String s) {
    Matcher m =
        DATE.matcher(s.replace(TEMPLATE.name(), target.name()).replace(TEMPLATE.id(), target.id()));
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(date(m.group(1))));
    m.appendTail(b);
    return b.toString();
  }

  /** A file path: the same rules, applied to folder and file names. */
  String path(String p) {
    return text(p);
  }

  private String date(String d) {
    try {
      LocalDate date = LocalDate.parse(d);
      LocalDate moved = date.plusMonths(months);
      return (date.isAfter(LAST_CHECK_IN) ? moved : moved.plusDays(extraDays)).toString();
    } catch (DateTimeParseException e) {
      return d;
    }
  }
}
