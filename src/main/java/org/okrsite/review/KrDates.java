package org.okrsite.review;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;

/**
 * The dates a key result sets itself in its own words, as the seed writes them ("[Metric] from
 * [baseline] to [target] by [date]"): "by 2026-11-30", "by November 30", "before 15 Dec", "due Nov
 * 30, 2026". Relative dates ("by day 30", "by week 3") are not dates of the cycle and are not read.
 */
final class KrDates {
  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final Pattern DUE =
      Pattern.compile(
          "\\b(?:by|before|until|due)\\s+(?:(\\d{4})-(\\d{2})-(\\d{2})"
              + "|"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?"
              + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + MONTH
              + "(?:,?\\s+(\\d{4}))?)\\b",
          Pattern.CASE_INSENSITIVE);

  private KrDates() {}

  /**
   * One date a key result names.
   *
   * @param words the words that say it ("by November 30")
   * @param year the year written, or 0 when left out (then it is the cycle's)
   */
  record Due(String words, int year, int month, int day) {
    /** The date inside {@code cycle}, or null when it falls outside (or is no date at all). */
    LocalDate in(Cycle cycle) {
      List<Integer> years =
          year != 0 ? List.of(year) : List.of(cycle.start().getYear(), cycle.end().getYear());
      for (int y : years) {
        try {
          LocalDate d = LocalDate.of(y, month, day);
          if (cycle.contains(d)) return d;
        } catch (DateTimeException e) {
          // "February 30": no date, so not a milestone
        }
      }
      return null;
    }
  }

  /** The dates in the key result's words (its sentence, else its metric), in order. */
  static List<Due> of(KeyResult kr) {
    List<Due> out = new ArrayList<>();
    Matcher m = DUE.matcher(KeyResultText.label(kr));
    while (m.find()) {
      String words = m.group().strip();
      if (m.group(1) != null) {
        out.add(new Due(words, num(m.group(1)), num(m.group(2)), num(m.group(3))));
      } else if (m.group(4) != null) {
        out.add(new Due(words, num(m.group(6)), month(m.group(4)), num(m.group(5))));
      } else {
        out.add(new Due(words, num(m.group(9)), month(m.group(8)), num(m.group(7))));
      }
    }
    return out;
  }

  private static int num(String s) {
    return s == null ? 0 : Integer.parseInt(s);
  }

  private static int month(String s) {
    return MONTHS.get(s.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3));
  }

  private static Map<String, Integer> months() {
    String[] m = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    Map<String, Integer> out = new java.util.HashMap<>();
    for (int i = 0; i < m.length; i++) out.put(m[i], i + 1);
    return Map.copyOf(out);
  }
}
