package org.okrsite.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.okrsite.model.CheckIn;

/**
 * Mines recurring blockers from check-in {@code issues}: words are normalised (lowercase, no
 * punctuation, stop words dropped, plural and past-tense endings trimmed), then single keywords and
 * two-word phrases are counted by the number of distinct check-ins that mention them.
 */
final class RecurringBlockers {
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from",
          "is", "are", "was", "were", "be", "been", "it", "its", "our", "we", "us", "not", "no",
          "than", "more", "less", "two", "one", "per", "as", "this", "that", "into", "now", "past",
          "only", "who", "has", "have", "had", "still", "ready", "need", "needs", "needed",
          "before", "after", "they", "their", "them", "his", "her", "off", "up", "down", "jan",
          "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week",
          "date", "day");

  private RecurringBlockers() {}

  /** A recurring term and the check-ins that mention it. */
  record Term(String text, List<CheckIn> checkIns) {}

  /**
   * Terms mentioned in at least {@code min} check-ins, most mentioned first, at most {@code limit};
   * {@code termsOf} gives a text's {@link #terms} (from a cache, or {@code
   * RecurringBlockers::terms}).
   */
  static List<Term> mine(
      List<CheckIn> checkIns,
      int min,
      int limit,
      java.util.function.Function<String, ? extends java.util.Collection<String>> termsOf) {
    Map<String, Set<CheckIn>> seen = new TreeMap<>();
    for (CheckIn c : checkIns) {
      Set<String> terms = new LinkedHashSet<>();
      for (CheckIn.Blocker b : c.issues()) terms.addAll(termsOf.apply(b.text()));
      for (String t : terms) seen.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(c);
    }
    List<Term> all = new ArrayList<>();
    for (var e : seen.entrySet()) {
      if (e.getValue().size() >= min) {
        all.add(
            new Term(
                e.getKey(),
                e.getValue().stream()
                    .sorted(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id))
                    .toList()));
      }
    }
    // A phrase says more than its words: drop a word covered by a phrase at least as frequent.
    List<Term> kept = new ArrayList<>();
    for (Term t : all) {
      boolean covered =
          !t.text().contains(" ")
              && all.stream()
                  .anyMatch(
                      p ->
                          p.text().contains(" ")
                              && List.of(p.text().split(" ")).contains(t.text())
                              && p.checkIns().size() >= t.checkIns().size());
      if (!covered) kept.add(t);
    }
    kept.sort(
        Comparator.comparingInt((Term t) -> -t.checkIns().size())
            .thenComparing(t -> t.text().contains(" ") ? 0 : 1)
            .thenComparing(Term::text));
    return kept.stream().limit(limit).toList();
  }

  /** Normalised keywords and adjacent keyword pairs of a text. */
  static Set<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) return out;
    String prev = null;
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      String w = stem(raw.replaceAll("^-+|-+$", ""));
      if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
        prev = null;
        continue;
      }
      out.add(w);
      if (prev != null) out.add(prev + " " + w);
      prev = w;
    }
    return out;
  }

  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 4 && w.endsWith("ed")) {
      String s = w.substring(0, w.length() - 2);
      return s.matches(".*(pp|tt|gg|dd|nn)") ? s.substring(0, s.length() - 1) : s;
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss"))
      return w.substring(0, w.length() - 1);
    return w;
  }
}
