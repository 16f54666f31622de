package org.okrsite.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target written relative to the baseline: {@code "-30%"}, {@code "+20%"}, {@code "by 30%"},
 * {@code "30% fewer"}, {@code "2x"}, {@code "double"}, {@code "halve"}. Applied to a baseline it is
 * a plain target: 400/month with {@code "-30%"} is 280/month.
 *
 * <pre>{@code
 * RelativeChange c = RelativeChange.parse("-30%").orElseThrow();
 * Quantity t = c.applyTo(Quantity.parse("400/month").orElseThrow()); // 280/month
 * }</pre>
 *
 * @param factor what the baseline is multiplied by (0.7 for -30%); NaN when the text gives a size
 *     but no direction ({@code "by 30%"}): {@link #withDirection} supplies it
 * @param percent the change in percent when written as one (30 for "by 30%"), else NaN
 * @param text the target as written
 */
public record RelativeChange(double factor, double percent, String text) {
  private static final String N = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern SIGNED = Pattern.compile("^([+\\-−])\\s*" + N + "\\s*%$");
  private static final Pattern BY =
      Pattern.compile(
          "^(?:by\\s+)?"
              + N
              + "\\s*%(?:\\s+(less|lower|fewer|down|cheaper|faster|smaller|reduction"
              + "|decrease|cut|more|higher|up|greater|increase|growth|bigger))?$");
  private static final Pattern TIME_UNIT =
      Pattern.compile("^(?:second|minute|hour|day|week|month|quarter|year)$");
  private static final Pattern TIMES = Pattern.compile("^(?:" + N + "\\s*[x×]|[x×]\\s*" + N + ")$");

  /** The relative target {@code text} states, or empty when it is a plain value (or not one). */
  public static Optional<RelativeChange> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIGNED.matcher(t);
    if (m.matches()) {
      double p = Double.parseDouble(m.group(2));
      double sign = m.group(1).equals("+") ? 1 : -1;
      return Optional.of(new RelativeChange(1 + sign * p / 100, p, text.strip()));
    }
    m = BY.matcher(t);
    if (m.matches() && (t.startsWith("by") || m.group(2) != null)) {
      double p = Double.parseDouble(m.group(1));
      String word = m.group(2);
      double factor =
          word == null
              ? Double.NaN
              : switch (word) {
                case "more", "higher", "up", "greater", "increase", "growth", "bigger" ->
                    1 + p / 100;
                default -> 1 - p / 100;
              };
      return Optional.of(new RelativeChange(factor, p, text.strip()));
    }
    m = TIMES.matcher(t);
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
      return Optional.of(new RelativeChange(n, Double.NaN, text.strip()));
    }
    return switch (t) {
      case "double", "doubled", "twice" ->
          Optional.of(new RelativeChange(2, Double.NaN, text.strip()));
      case "triple", "tripled" -> Optional.of(new RelativeChange(3, Double.NaN, text.strip()));
      case "quadruple", "quadrupled" ->
          Optional.of(new RelativeChange(4, Double.NaN, text.strip()));
      case "halve", "half", "halved" ->
          Optional.of(new RelativeChange(0.5, Double.NaN, text.strip()));
      default -> Optional.empty();
    };
  }

  /** A change of {@code signedPercent} (-30 for "30% fewer"), written {@code "-30%"}. */
  public static RelativeChange ofPercent(double signedPercent) {
    double p = Math.abs(signedPercent);
    String n = BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    return new RelativeChange(
        1 + signedPercent / 100, p, (signedPercent < 0 ? "-" : "+") + n + "%");
  }

  /** Whether the text says which way the change goes. */
  public boolean hasDirection() {
    return !Double.isNaN(factor);
  }

  /** This change going the way {@code kind} (increase or decrease) says; unchanged otherwise. */
  public RelativeChange withDirection(KrKind kind) {
    if (hasDirection() || Double.isNaN(percent)) return this;
    if (kind == KrKind.INCREASE) return new RelativeChange(1 + percent / 100, percent, text);
    if (kind == KrKind.DECREASE) return new RelativeChange(1 - percent / 100, percent, text);
    return this;
  }

  /** The target this change makes of {@code baseline}, in its unit; its text names both. */
  public Quantity applyTo(Quantity baseline) {
    double v = baseline.value() * factor;
    return new Quantity(
        v, baseline.unit(), Comparison.NONE, display(v, baseline.unit()) + " (" + text + ")");
  }

  /**
   * A value written in its unit: {@code 280/month}, {@code 8.4%}, {@code $84,000}, {@code 3 days}.
   */
  public static String display(double value, String unit) {
    BigDecimal d =
        BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    String n =
        d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1_000)) >= 0
            ? String.format(Locale.ROOT, "%,d", d.longValueExact())
            : d.toPlainString();
    if (unit.isEmpty()) return n;
    if ("$€£¥".indexOf(unit.charAt(0)) >= 0) {
      String rest = unit.substring(1).strip();
      return unit.charAt(0) + n + (rest.isEmpty() || rest.startsWith("/") ? rest : " " + rest);
    }
    if (unit.startsWith("/") || unit.equals("%")) return n + unit;
    boolean plural = value != 1 && TIME_UNIT.matcher(unit).matches();
    return n + " " + unit + (plural ? "s" : "");
  }
}
