package org.okrsite.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metric value as people write it ({@code "< 2 days"}, {@code "$120K ARR"}, {@code
 * "12/month"}) into a {@link Quantity}. The regular-expression pieces are shared with {@link
 * KeyResultSentenceParser}, so a value inside a sentence is recognised exactly as a value alone.
 */
final class QuantityParser {

  private static final String SYMBOLS = "<=|>=|≤|≥|≦|≧|<|>";

  /** Longer phrases first, so "no more than" is not read as "more than". */
  private static final String WORDS =
      "no\\s+more\\s+than|no\\s+less\\s+than|less\\s+than|fewer\\s+than|more\\s+than"
          + "|at\\s+most|at\\s+least|under|below|over|above";

  static final String COMPARISON = "(?:(?:" + SYMBOLS + ")\\s*|(?:" + WORDS + ")\\s+)";
  static final String CURRENCY = "[$€£¥]";
  static final String SIGN = "[-+\u2212]";

  /** Thousands separators only in groups of three, so "1,5" is not silently read as 15. */
  static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|\\.\\d+";

  /**
   * K/M/B only directly after the number and before a break, so "5 months" and "200ms" keep their
   * units while "$45K/mo" and "$1M" scale.
   */
  static final String MAGNITUDE = "(?:bn|[kmb])(?=$|[\\s/+,;:)])";

  private static final Pattern QUANTITY =
      Pattern.compile(
          "^(?<cmp>"
              + COMPARISON
              + ")?(?<cur>"
              + CURRENCY
              + ")?\\s*(?<sign>"
              + SIGN
              + ")?(?<cur2>"
              + CURRENCY
              + ")?(?<num>"
              + NUMBER
              + ")(?<exp>e[-+]?\\d+)?(?<mag>"
              + MAGNITUDE
              + ")?(?<plus>\\+)?(?<rest>.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  /** Time words lose their plural so "1 day" and "3 days" agree; other units stay as written. */
  private static final Pattern TIME_PLURAL =
      Pattern.compile(
          "\\b(second|sec|minute|min|hour|hr|day|week|wk|month|mo|quarter|qtr|year|yr)s\\b");

  private static final int MAX_DIGITS = 400;

  /** {@code e}, a sign and three digits: beyond ±999 no double can hold the value anyway. */
  private static final int MAX_EXPONENT_CHARS = 5;

  private QuantityParser() {}

  static Optional<Quantity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    Matcher m = QUANTITY.matcher(trimmed);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest").strip();
    if (!rest.isEmpty() && !startsLikeUnit(rest.codePointAt(0))) {
      return Optional.empty();
    }
    Comparison comparison = comparisonOf(m.group("cmp"));
    if (comparison == Comparison.NONE && m.group("plus") != null) {
      comparison = Comparison.GE; // "70+" means at least 70
    }
    String currency = m.group("cur") != null ? m.group("cur") : m.group("cur2");
    // No one writes a metric with hundreds of digits or a four-digit exponent; refusing them keeps
    // BigDecimal from throwing (exponent past int range) or working for ever (huge digit strings).
    String exp = m.group("exp");
    if (m.group("num").length() > MAX_DIGITS
        || (exp != null && exp.length() > MAX_EXPONENT_CHARS)) {
      return Optional.empty();
    }
    double value = valueOf(m.group("num"), exp, m.group("mag"), m.group("sign"));
    if (!Double.isFinite(value)) {
      return Optional.empty();
    }
    return Optional.of(new Quantity(value, normaliseUnit(currency, rest), comparison, trimmed));
  }

  /** The comparison a prefix such as {@code "<="}, {@code "≥"} or {@code "at least"} states. */
  static Comparison comparisonOf(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return Comparison.NONE;
    }
    String p = SPACES.matcher(prefix.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return switch (p) {
      case "<", "less than", "fewer than", "under", "below" -> Comparison.LT;
      case "<=", "≤", "≦", "at most", "no more than" -> Comparison.LE;
      case ">", "more than", "over", "above" -> Comparison.GT;
      case ">=", "≥", "≧", "at least", "no less than" -> Comparison.GE;
      default -> Comparison.NONE;
    };
  }

  /** Units begin with a letter or a symbol; anything else ("12 - 15", "1.2.3") is not a value. */
  private static boolean startsLikeUnit(int c) {
    return Character.isLetter(c) || "%/°(‰$€£¥".indexOf(c) >= 0;
  }

  private static double valueOf(String num, String exp, String mag, String sign) {
    // BigDecimal keeps "$1.1K" at exactly 1100 instead of 1100.0000000000002.
    BigDecimal value = new BigDecimal(num.replace(",", "") + (exp == null ? "" : exp));
    if (mag != null) {
      value = value.scaleByPowerOfTen(magnitudeExponent(mag));
    }
    if (sign != null && !sign.equals("+")) {
      value = value.negate();
    }
    return value.doubleValue();
  }

  private static int magnitudeExponent(String mag) {
    return switch (mag.toLowerCase(Locale.ROOT)) {
      case "k" -> 3;
      case "m" -> 6;
      default -> 9;
    };
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("\\s*/\\s*");

  static String normaliseUnit(String currency, String rest) {
    String unit = SPACES.matcher(rest.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    if (unit.startsWith("per ")) unit = "/" + unit.substring(4);
    unit = SLASH.matcher(unit.replace(" per ", "/")).replaceAll("/");
    unit = TIME_PLURAL.matcher(unit).replaceAll("$1");
    if (currency == null) {
      return unit;
    }
    if (unit.isEmpty() || unit.startsWith("/")) {
      return currency + unit;
    }
    return currency + " " + unit;
  }
}
