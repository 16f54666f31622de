package org.okrsite.model;

/**
 * The direction a metric value states with a leading sign or word: {@code "< 2 days"}, {@code "≥
 * 99.9%"}, {@code "at least 40"}. {@link #NONE} is a plain value such as {@code "18%"}.
 */
public enum Comparison {
  NONE(""),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The ASCII symbol, e.g. {@code "<="} for {@link #LE}; empty for {@link #NONE}. */
  public String symbol() {
    return symbol;
  }

  /** True for {@link #LT} and {@link #GT}, where reaching the threshold exactly is not enough. */
  public boolean isStrict() {
    return this == LT || this == GT;
  }

  /** True for {@link #LT} and {@link #LE}: the value is a ceiling. */
  public boolean isUpperBound() {
    return this == LT || this == LE;
  }

  /** True for {@link #GT} and {@link #GE}: the value is a floor. */
  public boolean isLowerBound() {
    return this == GT || this == GE;
  }
}
