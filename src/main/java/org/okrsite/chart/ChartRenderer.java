package org.okrsite.chart;

import java.util.Optional;

/**
 * Draws okrsite's charts as inline SVG. Each method takes this package's plain data records and
 * returns an {@link Svg}: markup themed by CSS custom properties (defined by the theme's {@code
 * assets/charts.css}), byte-identical for the same data in any locale or time zone, plus a data
 * table.
 *
 * <pre>{@code
 * ChartRenderer charts = new ChartRenderer(ChartCache.inDirectory(Path.of(".okrsite-cache/charts")));
 * Svg svg = charts.krTrend(new KrTrend("Raise NPS", "pts", start, end, 40, 60, checkIns));
 * page.put("chart", svg.markup());
 * }</pre>
 *
 * <p>Drawings are cached by a hash of their input, so unchanged data is not drawn again. Safe to
 * use from several threads.
 */
public final class ChartRenderer {

  /** Part of every cache key; bump it whenever the drawing code changes what it outputs. */
  public static final String VERSION = "okrsite-chart-2";

  static {
    ensureHeadless();
    // JFreeChart draws rotated text (the value axis title) as a TextLayout by default, which would
    // become glyph outlines: bigger, and not text for search or screen readers.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  /** Charts never need a display; must run before the first AWT graphics environment exists. */
  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final ChartCache cache;

  /** A renderer with its own in-memory cache. */
  public ChartRenderer() {
    this(ChartCache.inMemory());
  }

  public ChartRenderer(ChartCache cache) {
    this.cache = cache;
  }

  /** Check-ins over the cycle with baseline, target, expected pace and forecast. */
  public Svg krTrend(KrTrend trend) {
    return render(new KrTrendChart(trend));
  }

  /** A key result's leading-indicator readings over its cycle. */
  public Svg leadingTrend(LeadingTrend trend) {
    return render(new LeadingTrendChart(trend));
  }

  /** One confidence line per key result of an objective, over red/yellow/green bands. */
  public Svg confidence(ConfidenceTrend trend) {
    return render(new ConfidenceChart(trend));
  }

  /** Horizontal bars of objective scores, one per unit, in the given order. */
  public Svg unitScores(UnitScores scores) {
    return render(new UnitScoresChart(scores));
  }

  /** A histogram of final key-result scores with the 0.6–0.7 sweet spot marked. */
  public Svg scoreDistribution(ScoreDistribution distribution) {
    return render(new ScoreDistributionChart(distribution));
  }

  /** A KPI's readings over time with its optional target. */
  public Svg kpiTrend(KpiTrend trend) {
    return render(new KpiTrendChart(trend));
  }

  /** Average progress against the straight line from 0 at cycle start to 1 at cycle end. */
  public Svg burnUp(BurnUp burnUp) {
    return render(new BurnUpChart(burnUp));
  }

  /** The cache this renderer uses (for hit and miss counts). */
  public ChartCache cache() {
    return cache;
  }

  /**
   * Wall time spent drawing charts that were not in the cache, in nanoseconds (for the benchmark).
   */
  public long drawingNanos() {
    return drawingNanos.get();
  }

  private final java.util.concurrent.atomic.AtomicLong drawingNanos =
      new java.util.concurrent.atomic.AtomicLong();

  private Svg render(ChartDrawing drawing) {
    String key = drawing.key();
    String markup =
        cache.markup(
            key,
            () -> {
              long start = System.nanoTime();
              try {
                return markup(drawing, "okc-" + key.substring(0, 12));
              } finally {
                drawingNanos.addAndGet(System.nanoTime() - start);
              }
            });
    return new Svg(markup, drawing.title(), drawing.description(), drawing.table());
  }

  /** Draws without the cache; ids in the markup start with {@code idPrefix}. */
  static String markup(ChartDrawing drawing, String idPrefix) {
    Optional<String> placeholder = drawing.placeholder();
    if (placeholder.isPresent()) {
      return SvgMarkup.placeholder(drawing, placeholder.get(), idPrefix);
    }
    StringBuilder out = new StringBuilder(16_384);
    SvgMarkup.open(out, drawing, ChartLook.WIDTH, drawing.height(), idPrefix);
    SvgGraphics graphics = new SvgGraphics(idPrefix, ChartLook.WIDTH, drawing.height(), out);
    drawing
        .draw()
        .draw(
            graphics,
            new java.awt.geom.Rectangle2D.Double(0, 0, ChartLook.WIDTH, drawing.height()));
    graphics.finish();
    return out.append("</svg>").toString();
  }
}
