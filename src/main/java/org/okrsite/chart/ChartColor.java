package org.okrsite.chart;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * The chart palette. Charts are drawn with a unique sentinel colour per role, which {@link
 * SvgGraphics} writes as the role's class ({@code cf-target} for a fill, {@code cs-target} for a
 * stroke); the theme's {@code assets/charts.css} gives each class its custom property, e.g. {@code
 * var(--chart-target)}. The values for light and dark themes live in the theme's {@code
 * assets/charts.css}.
 */
enum ChartColor {
  BACKGROUND("--chart-bg"),
  TEXT("--chart-text"),
  AXIS("--chart-axis"),
  GRID("--chart-grid"),
  SERIES_1("--chart-series-1"),
  SERIES_2("--chart-series-2"),
  SERIES_3("--chart-series-3"),
  SERIES_4("--chart-series-4"),
  SERIES_5("--chart-series-5"),
  SERIES_6("--chart-series-6"),
  BASELINE("--chart-baseline"),
  TARGET("--chart-target"),
  PACE("--chart-pace"),
  FORECAST("--chart-forecast"),
  BAND_RED("--chart-band-red"),
  BAND_YELLOW("--chart-band-yellow"),
  BAND_GREEN("--chart-band-green"),
  HIGHLIGHT("--chart-highlight");

  private static final ChartColor[] SERIES = {
    SERIES_1, SERIES_2, SERIES_3, SERIES_4, SERIES_5, SERIES_6
  };
  private static final Map<Integer, ChartColor> BY_RGB = byRgb();

  private static Map<Integer, ChartColor> byRgb() {
    Map<Integer, ChartColor> m = new HashMap<>();
    for (ChartColor c : values()) {
      m.put(c.sentinel.getRGB() & 0xFFFFFF, c);
    }
    return Map.copyOf(m);
  }

  private final String property;
  private final Color sentinel;

  ChartColor(String property) {
    this.property = property;
    // Near-black, never used by JFreeChart itself.
    this.sentinel = new Color(1, 2, 10 + ordinal());
  }

  /** The CSS custom property name, e.g. {@code --chart-target}. */
  String property() {
    return property;
  }

  /** The colour to draw with. */
  Color paint() {
    return sentinel;
  }

  /** The colour with an alpha, for translucent bands (written as fill-opacity). */
  Color paint(float alpha) {
    return new Color(
        sentinel.getRed(), sentinel.getGreen(), sentinel.getBlue(), (int) (alpha * 255));
  }

  /** What the SVG should say instead of the sentinel: {@code var(--chart-…)}. */
  String cssValue() {
    return "var(" + property + ")";
  }

  /** The n-th series colour (0-based), repeating after six. */
  static ChartColor series(int index) {
    return SERIES[index % SERIES.length];
  }

  /** The role whose sentinel is {@code rgb} (0xRRGGBB), or null if it is no sentinel. */
  static ChartColor fromRgb(int rgb) {
    return BY_RGB.get(rgb);
  }

  /** The role's name in class names and custom properties, e.g. {@code target}. */
  String role() {
    return property.substring("--chart-".length());
  }
}
