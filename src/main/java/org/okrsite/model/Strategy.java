package org.okrsite.model;

/** Vision, mission and the north-star metric: the top of the goal system. */
public record Strategy(
    String company, String vision, String mission, NorthStar northStar, String narrative) {
  public static final Strategy EMPTY = new Strategy(null, null, null, null, null);

  /** The one metric that captures the value the company delivers. */
  public record NorthStar(String metric, String current, String target, String why) {}
}
