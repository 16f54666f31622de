package org.okrsite.model;

import static org.okrsite.model.QuantityParser.COMPARISON;
import static org.okrsite.model.QuantityParser.CURRENCY;
import static org.okrsite.model.QuantityParser.MAGNITUDE;
import static org.okrsite.model.QuantityParser.NUMBER;
import static org.okrsite.model.QuantityParser.SIGN;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads free-text key results. The shapes are tried from the most explicit to the least, so a
 * separator the author typed (a colon, "from … to", an arrow) always beats a guess from position:
 * in "Percentage of revenue from productized offers: 0% to 60%" the colon wins over the first
 * "from", and in "30-day churn from onboarding issues: &lt; 2%" the "30" is never a value because
 * values only start at a word boundary.
 */
final class KeyResultSentenceParser {

  /** Words that follow a number without being its unit ("3 to 15", "$2M in new ARR"). */
  private static final String NOT_UNIT =
      "(?!(?:to|from|of|in|per|by|for|and|or|with|within|on|at|than|vs)\\b)";

  /** One value inside a sentence: as {@link QuantityParser} reads it, with a one-word unit. */
  private static final String V =
      "(?:"
          + COMPARISON
          + ")?"
          + SIGN
          + "?"
          + CURRENCY
          + "?"
          + SIGN
          + "?(?:"
          + NUMBER
          + ")(?:"
          + MAGNITUDE
          + ")?\\+?(?:\\s*%|\\s*"
          + NOT_UNIT
          + "\\p{L}+)?(?:\\s*/\\s*\\p{L}+|\\s+per\\s+\\p{L}+)?";

  private static final String TO = "(?:\\s+to\\s+|\\s*(?:→|->|=>|⟶)\\s*)";
  private static final String VERBS =
      "reduce|increase|grow|raise|lower|cut|decrease|improve|boost|drive|achieve|reach|close|get"
          + "|maintain|keep";

  private static final Pattern ESTABLISH =
      compile("^establish\\s+(?:an?\\s+)?baseline\\s+(?:for|of|on)\\s+(?<metric>.+)$");
  private static final Pattern VERB = compile("^(?<verb>" + VERBS + ")\\s+(?<rest>.+)$");
  private static final Pattern BY = compile("^(?<metric>.+?)\\s+by\\s+(?<b>" + V + ")$");
  private static final Pattern VALUE_RANGE = compile("^(?<a>" + V + ")" + TO + "(?<b>" + V + ")$");
  private static final Pattern VALUE_SINGLE =
      compile("^(?<b>" + V + ")(?:\\s+(?:of|in|for|across|among)\\b.*)?$");
  private static final Pattern RANGE =
      compile("^(?:(?<metric>.*?)\\s+)??(?:from\\s+)?(?<a>" + V + ")" + TO + "(?<b>" + V + ")$");
  private static final Pattern TO_TARGET = compile("^(?<metric>.+?)\\s+to\\s+(?<b>" + V + ")$");
  private static final Pattern LEADING = compile("^(?<b>" + V + ")\\s+(?:in|of)\\s+(?<metric>.+)$");
  private static final Pattern TRAILING = compile("^(?:(?<metric>.*?)[\\s=]+)??(?<b>" + V + ")$");

  /** After a verb, a value and then what it measures: "Achieve 99.9% uptime". */
  private static final Pattern VALUE_METRIC =
      compile("^(?<b>" + V + ")\\s+(?<metric>\\p{L}[\\p{L}\\p{N}\\s'’/&-]*)$");

  private static final Pattern METRIC_TAIL =
      compile("(?:(?:^|\\s+)(?:of|at|is|to|from|by|in|for)|[\\s:=,;\\-–—])+$");

  /** What a leading verb says about direction; {@code MAINTAIN} defers to the comparison. */
  private enum Verb {
    NONE,
    UP,
    DOWN,
    NEUTRAL,
    MAINTAIN;

    static Verb of(String word) {
      return switch (word.toLowerCase(java.util.Locale.ROOT)) {
        case "reduce", "lower", "cut", "decrease" -> DOWN;
        case "increase", "grow", "raise", "improve", "boost", "drive" -> UP;
        case "maintain", "keep" -> MAINTAIN;
        default -> NEUTRAL;
      };
    }
  }

  /** The raw parts one shape found; null fields are parts the text did not state. */
  private record Reading(String metric, Quantity baseline, Quantity target, Double relative) {}

  private KeyResultSentenceParser() {}

  static KeyResultSentence parse(String text) {
    String original = text == null ? "" : text.strip();
    String body = original.replaceAll("[.;!]+$", "").strip();
    Matcher establish = ESTABLISH.matcher(body);
    if (establish.matches()) {
      return new KeyResultSentence(
          cleanMetric(establish.group("metric")),
          Optional.empty(),
          Optional.empty(),
          Optional.of(KrKind.BASELINE),
          Optional.empty());
    }
    Verb verb = Verb.NONE;
    String rest = body;
    Matcher verbMatch = VERB.matcher(body);
    if (verbMatch.matches()) {
      verb = Verb.of(verbMatch.group("verb"));
      rest = verbMatch.group("rest");
    }
    Reading reading = read(rest, verb);
    if (reading == null) {
      return KeyResultSentence.unmeasured(original);
    }
    return assemble(original, verb, reading);
  }

  private static Reading read(String text, Verb verb) {
    if (verb != Verb.NONE) {
      Matcher by = BY.matcher(text);
      if (by.matches()) {
        Quantity change = quantity(by.group("b"));
        Double relative = change != null && change.unit().equals("%") ? signed(change, verb) : null;
        return new Reading(by.group("metric"), null, null, relative);
      }
    }
    Reading reading = readAfterColon(text);
    if (reading == null) {
      reading = match(RANGE, text);
    }
    if (reading == null && verb != Verb.NONE) {
      reading = match(TO_TARGET, text);
    }
    if (reading == null) {
      reading = match(LEADING, text);
    }
    if (reading == null) {
      reading = match(TRAILING, text);
    }
    if (reading == null && verb != Verb.NONE) {
      reading = match(VALUE_METRIC, text);
    }
    return reading;
  }

  /** "Metric: value" or "Metric: A to B", trying the last colon first; "10:30" is no separator. */
  private static Reading readAfterColon(String text) {
    for (int i = text.lastIndexOf(':'); i > 0; i = text.lastIndexOf(':', i - 1)) {
      boolean betweenDigits =
          i + 1 < text.length()
              && Character.isDigit(text.charAt(i - 1))
              && Character.isDigit(text.charAt(i + 1));
      if (betweenDigits) {
        continue;
      }
      String metric = text.substring(0, i);
      String value = text.substring(i + 1).strip();
      Reading reading = match(VALUE_RANGE, value);
      if (reading == null) {
        reading = match(VALUE_SINGLE, value);
      }
      if (reading != null) {
        return new Reading(metric, reading.baseline(), reading.target(), null);
      }
    }
    return null;
  }

  private static Reading match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      return null;
    }
    boolean hasBaseline = pattern == VALUE_RANGE || pattern == RANGE;
    Quantity baseline = hasBaseline ? quantity(m.group("a")) : null;
    Quantity target = quantity(m.group("b"));
    boolean hasMetric = pattern != VALUE_RANGE && pattern != VALUE_SINGLE;
    // VALUE_METRIC names its metric after the value
    String metric = hasMetric && m.group("metric") != null ? m.group("metric") : "";
    if (target == null || (hasBaseline && baseline == null)) {
      return null;
    }
    return new Reading(metric, baseline, target, null);
  }

  private static KeyResultSentence assemble(String original, Verb verb, Reading r) {
    Quantity baseline = r.baseline();
    Quantity target = r.target();
    // A unit written on one side only ("from 200 to 1,000 subscribers") belongs to both.
    if (baseline != null && target != null) {
      if (baseline.unit().isEmpty() && !target.unit().isEmpty()) {
        baseline = baseline.withUnit(target.unit());
      } else if (target.unit().isEmpty() && !baseline.unit().isEmpty()) {
        target = target.withUnit(baseline.unit());
      }
    }
    String metric = cleanMetric(r.metric());
    if (metric.isEmpty() && verb != Verb.NONE) {
      metric = original; // "Reach 1,000 subscribers": the verb phrase is the only name there is
    }
    return new KeyResultSentence(
        metric,
        Optional.ofNullable(baseline),
        Optional.ofNullable(target),
        kindOf(verb, baseline, target),
        Optional.ofNullable(r.relative()));
  }

  private static Optional<KrKind> kindOf(Verb verb, Quantity baseline, Quantity target) {
    if (baseline != null && target != null) {
      return Optional.of(KrKind.infer(baseline, target));
    }
    if (verb == Verb.UP || verb == Verb.DOWN) {
      return Optional.of(verb == Verb.UP ? KrKind.INCREASE : KrKind.DECREASE);
    }
    if (target == null) {
      return Optional.empty();
    }
    if (verb == Verb.MAINTAIN) {
      return Optional.of(
          target.comparison().isUpperBound() ? KrKind.STAY_BELOW : KrKind.STAY_ABOVE);
    }
    if (target.comparison() != Comparison.NONE) {
      return Optional.of(KrKind.infer(null, target));
    }
    return Optional.empty();
  }

  private static Double signed(Quantity change, Verb verb) {
    double size = Math.abs(change.value());
    return switch (verb) {
      case DOWN -> -size;
      case UP -> size;
      default -> change.value();
    };
  }

  private static Quantity quantity(String text) {
    return text == null ? null : QuantityParser.parse(text).orElse(null);
  }

  private static String cleanMetric(String metric) {
    return metric == null ? "" : METRIC_TAIL.matcher(metric.strip()).replaceAll("").strip();
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
