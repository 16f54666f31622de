package org.okrsite.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small text rules shared by the chart kinds. */
final class Labels {

  private Labels() {}

  /** {@code text}, or {@code fallback} when it is blank. */
  static String orElse(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }

  /**
   * The names made unique by appending " (2)", " (3)" … to repeats: JFreeChart datasets key series
   * and categories by name, and two units or key results may share one.
   */
  static List<String> unique(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> result = new ArrayList<>(names.size());
    for (String name : names) {
      String candidate = orElse(name, "(unnamed)");
      for (int n = 2; !seen.add(candidate); n++) {
        candidate = orElse(name, "(unnamed)") + " (" + n + ")";
      }
      result.add(candidate);
    }
    return result;
  }

  /** "3 check-ins", "1 check-in". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
