package org.okrsite.review;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;

/**
 * Reads what a key result's words say about it: a task, an activity count, a yes/no milestone, or a
 * vague wish. Shared by the lint and the rubric so both judge a key result the same way.
 */
final class KeyResultText {
  /**
   * Verbs that open a piece of work rather than a result (the seed: "Launch new onboarding flow").
   */
  static final Set<String> TASK_VERBS =
      Set.of(
          "launch",
          "ship",
          "build",
          "complete",
          "implement",
          "create",
          "release",
          "deliver",
          "finish",
          "rebuild",
          "redesign",
          "migrate",
          "roll out",
          "set up");

  /** Verbs that open a count of effort ("Send 500 outreach emails"). */
  static final Set<String> ACTIVITY_VERBS =
      Set.of(
          "send",
          "post",
          "publish",
          "write",
          "attend",
          "host",
          "hold",
          "conduct",
          "schedule",
          "email",
          "call",
          "run");

  /** Effort counted after the fact: "calls made", "posts published", "emails sent". */
  private static final Pattern ACTIVITY_PHRASE =
      Pattern.compile(
          "\\b(emails?|calls?|posts?|blog posts?|tweets?|meetings?|messages?|articles?|webinars?|"
              + "events?|demos?|outreach)\\s+(sent|made|published|held|written|done|conducted|hosted|attended|scheduled)\\b|\\boutreach"
              + " (emails?|messages?|calls?)\\b");

  /** Words of a wish without a number (seed: "improve", "increase", "better"). */
  static final Set<String> VAGUE_WORDS =
      Set.of(
          "improve",
          "improved",
          "improving",
          "better",
          "enhance",
          "enhanced",
          "increase",
          "optimize",
          "optimise",
          "strengthen",
          "grow",
          "more",
          "boost",
          "happy",
          "great");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private KeyResultText() {}

  /** The words a key result was written with: the sentence, else the metric. */
  static String label(KeyResult kr) {
    String s = kr.text() != null && !kr.text().isBlank() ? kr.text() : kr.metric();
    return s == null ? "" : s.strip();
  }

  /** The task verb that opens the key result ("Launch"), if any. */
  static Optional<String> taskVerb(KeyResult kr) {
    return openingVerb(label(kr), TASK_VERBS);
  }

  /** The activity the key result counts ("Send", "calls made"), if any. */
  static Optional<String> activity(KeyResult kr) {
    String text = label(kr);
    Optional<String> verb = openingVerb(text, ACTIVITY_VERBS);
    if (verb.isPresent()) return verb;
    var m = ACTIVITY_PHRASE.matcher(text.toLowerCase(Locale.ROOT));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** True when the key result states a number anywhere: a baseline, a target or digits. */
  static boolean hasNumber(KeyResult kr) {
    boolean values =
        kr.kind() != KrKind.MILESTONE && (kr.target() != null || kr.baseline() != null);
    return values || DIGIT.matcher(label(kr)).find();
  }

  /** True for a done / not-done key result: a milestone, or a task verb with no number at all. */
  static boolean isBinary(KeyResult kr) {
    return kr.kind() == KrKind.MILESTONE || (taskVerb(kr).isPresent() && !hasNumber(kr));
  }

  /** True for a key result without any number that is not a milestone either. */
  static boolean isVague(KeyResult kr) {
    return !hasNumber(kr) && !isBinary(kr) && kr.kind() != KrKind.BASELINE;
  }

  /** The first vague word in the key result ("improve"), if any. */
  static Optional<String> vagueWord(KeyResult kr) {
    for (String w : words(label(kr))) if (VAGUE_WORDS.contains(w)) return Optional.of(w);
    return Optional.empty();
  }

  private static final Pattern ABBREVIATION = Pattern.compile("\\(([\\p{L}\\p{N}]{2,})\\)");

  /**
   * True when {@code label}, as another document writes a key result ("Time to first value (TTFV)
   * &lt; 2 days", "TTFV &lt; 2 days", "KR1"), names this key result: it is its id, or opens with
   * its metric or with the metric's abbreviation in brackets.
   */
  static boolean isNamedBy(KeyResult kr, String label) {
    String l = String.join(" ", words(label));
    if (l.isEmpty()) return false;
    if (kr.id() != null && opens(l, String.join(" ", words(kr.id())))) return true;
    String metric = kr.metric() == null ? "" : kr.metric();
    if (opens(l, String.join(" ", words(metric)))) return true;
    var m = ABBREVIATION.matcher(metric);
    while (m.find()) if (opens(l, m.group(1).toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private static boolean opens(String text, String prefix) {
    return !prefix.isEmpty() && (text.equals(prefix) || text.startsWith(prefix + " "));
  }

  /** Lowercase words, punctuation dropped. */
  static String[] words(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'#%$]+", " ").strip();
    return s.isEmpty() ? new String[0] : s.split(" ");
  }

  private static Optional<String> openingVerb(String text, Set<String> verbs) {
    String[] w = words(text);
    if (w.length == 0) return Optional.empty();
    if (w.length > 1 && verbs.contains(w[0] + " " + w[1])) return Optional.of(w[0] + " " + w[1]);
    return verbs.contains(w[0]) ? Optional.of(w[0]) : Optional.empty();
  }
}
