package org.okrsite.scaffold;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.model.Cycle;

/**
 * Moves the starter site's sample from the quarter it is written for to another quarter: quarter
 * names and ids are replaced, and every date moves by whole months, so a check-in on the 16th of
 * the quarter's first month stays on the 16th of the new quarter's first month.
 */
final class QuarterShift {
  /** The quarter the files in {@code site-template/} are written for. */
  static final Cycle TEMPLATE = new Cycle("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private final Cycle target;
  private final long months;

  QuarterShift(Cycle target) {
    this.target = target;
    this.months = ChronoUnit.MONTHS.between(TEMPLATE.start(), target.start());
  }

  String text(String s) {
    Matcher m = DATE.matcher(s.replace(TEMPLATE.name(), target.name()).replace(TEMPLATE.id(), target.id()));
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
      return LocalDate.parse(d).plusMonths(months).toString();
    } catch (DateTimeParseException e) {
      return d;
    }
  }
}
