package org.okrsite.mdokr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The phrases OKR documents are written in: cycles, dates, objective and KR labels. */
final class Phrases {
  /** A quarter as people write it: "Q1 2026", "2026 Q1", "2026-Q1", "q1-2026". */
  static final Pattern QUARTER =
      Pattern.compile("(?i)\\b(?:q([1-4])[\\s\\-_/]*(\\d{4})|(\\d{4})[\\s\\-_/]*q([1-4]))\\b");

  /** "Objective 1: …", "Objective: …", "O1: …", "O1 — …". */
  static final Pattern OBJECTIVE =
      Pattern.compile("(?i)^(?:objective(?:\\s*#?\\d+)?|o\\d+)\\s*[:.)\\-–—]\\s*(.+)$");

  /** A KR label in front of its text: "KR1:", "KR 2 —", "KR:". */
  static final Pattern KR_LABEL =
      Pattern.compile("(?i)^(kr\\s*\\d*|\\d+\\.\\d+)\\s*[:.)\\-–—]\\s*(.+)$");

  /** A cell or label that is only a KR id: "KR1", "KR 1", "O1-KR2". */
  static final Pattern KR_ID =
      Pattern.compile("(?i)^((?:o\\d+[\\-./])?kr\\s*\\d+)\\b\\s*[:.)\\-–—]?\\s*(.*)$");

  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(?i)\\b((?:[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
              + "|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}))\\b");
  private static final List<DateTimeFormatter> WORD_FORMATS =
      List.of("MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy").stream()
          .map(
              p ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(p)
                      .toFormatter(Locale.ENGLISH))
          .toList();

  private Phrases() {}

  /** The quarter named in {@code text}, normalised to "Q1 2026". */
  static Optional<String> quarter(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.find()) return Optional.empty();
    return Optional.of(
        m.group(1) != null
            ? "Q" + m.group(1) + " " + m.group(2)
            : "Q" + m.group(4) + " " + m.group(3));
  }

  /** True when a heading is a cycle heading: a quarter and nothing but words like "OKRs". */
  static boolean isCycleHeading(String text) {
    if (quarter(text).isEmpty()) return false;
    String rest =
        QUARTER
            .matcher(text)
            .replaceAll(" ")
            .replaceAll(
                "(?i)\\b(okrs?|objectives?|goals?|and key results|plan|for|the|cycle)\\b", " ")
            .replaceAll("[\\p{Punct}–—\\s]+", "");
    return rest.isEmpty();
  }

  /** A date written in {@code text}: ISO, "January 16, 2026", "16 Jan 2026". */
  static Optional<LocalDate> date(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      try {
        return Optional.of(LocalDate.parse(iso.group(1)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher w = WORD_DATE.matcher(text);
    if (!w.find()) return Optional.empty();
    String cleaned =
        w.group(1)
            .replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1")
            .replaceAll("[.,]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    for (DateTimeFormatter f : WORD_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(cleaned, f));
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return Optional.empty();
  }

  /** Text with its quarter and date removed, for reading an owner out of a title. */
  static String withoutCycleAndDate(String text) {
    String t = QUARTER.matcher(text).replaceAll(" ");
    t = ISO_DATE.matcher(t).replaceAll(" ");
    return WORD_DATE.matcher(t).replaceAll(" ");
  }

  /** Lowercase, without Markdown emphasis, parentheses, a trailing colon. */
  static String key(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\(.*?\\)|\\[.*?]", " ")
        .replaceAll("[*_:`]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** A confidence as a fraction: "0.6" stays, "60%" becomes "0.6"; null for blank cells. */
  static String confidence(String cell) {
    String t = cell.strip();
    if (t.endsWith("%")) {
      try {
        double v = Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100.0;
        return String.format(Locale.ROOT, "%s", stripZeros(v));
      } catch (NumberFormatException e) {
        return t;
      }
    }
    return t;
  }

  private static String stripZeros(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }

  /** True for cells that say "nothing here": empty, a dash, n/a. */
  static boolean blank(String cell) {
    String t = cell == null ? "" : cell.strip();
    return t.isEmpty() || t.matches("[-–—?]+|(?i)n/?a");
  }
}
