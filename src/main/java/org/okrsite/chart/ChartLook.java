package org.okrsite.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The shared look of all charts: size, fonts, sentinel colours, and axes that format numbers and
 * dates the same way in every default locale and time zone.
 */
final class ChartLook {

  static final int WIDTH = 640;
  static final int HEIGHT = 320;
  static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
  static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke DASHED =
      new BasicStroke(
          2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
  static final Rectangle2D.Double POINT = new Rectangle2D.Double(-3, -3, 6, 6);
  static final Ellipse2D.Double DOT = new Ellipse2D.Double(-3, -3, 6, 6);

  private static final String FONT = "SansSerif"; // Batik writes it as font-family:sans-serif

  private ChartLook() {}

  /** Applies fonts and sentinel colours to a freshly built chart. */
  static JFreeChart style(JFreeChart chart) {
    theme().apply(chart);
    chart.setBackgroundPaint(ChartColor.BACKGROUND.paint());
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(null);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(null);
    }
    return chart;
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("okrsite");
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
    theme.setTitlePaint(ChartColor.TEXT.paint());
    theme.setSubtitlePaint(ChartColor.TEXT.paint());
    theme.setChartBackgroundPaint(ChartColor.BACKGROUND.paint());
    theme.setLegendBackgroundPaint(ChartColor.BACKGROUND.paint());
    theme.setLegendItemPaint(ChartColor.TEXT.paint());
    theme.setPlotBackgroundPaint(ChartColor.BACKGROUND.paint());
    theme.setPlotOutlinePaint(ChartColor.AXIS.paint());
    theme.setDomainGridlinePaint(ChartColor.GRID.paint());
    theme.setRangeGridlinePaint(ChartColor.GRID.paint());
    theme.setBaselinePaint(ChartColor.AXIS.paint());
    theme.setCrosshairPaint(ChartColor.AXIS.paint());
    theme.setAxisLabelPaint(ChartColor.TEXT.paint());
    theme.setTickLabelPaint(ChartColor.TEXT.paint());
    theme.setItemLabelPaint(ChartColor.TEXT.paint());
    theme.setShadowVisible(false);
    theme.setShadowPaint(ChartColor.GRID.paint());
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setGridBandPaint(ChartColor.GRID.paint());
    theme.setGridBandAlternatePaint(ChartColor.BACKGROUND.paint());
    theme.setErrorIndicatorPaint(ChartColor.AXIS.paint());
    theme.setThermometerPaint(ChartColor.AXIS.paint());
    theme.setLabelLinkPaint(ChartColor.AXIS.paint());
    theme.setDrawingSupplier(seriesColours());
    return theme;
  }

  private static DefaultDrawingSupplier seriesColours() {
    java.awt.Paint[] series = new java.awt.Paint[6];
    for (int i = 0; i < series.length; i++) {
      series[i] = ChartColor.series(i).paint();
    }
    return new DefaultDrawingSupplier(
        series,
        series,
        series,
        new Stroke[] {LINE},
        new Stroke[] {THIN},
        new java.awt.Shape[] {DOT});
  }

  /**
   * The date axis's tick units, made once per drawing thread: there are some thirty, each with its
   * own {@code SimpleDateFormat} (not thread-safe, hence per thread), and a chart only reads them.
   */
  private static final ThreadLocal<org.jfree.chart.axis.TickUnitSource> DATE_UNITS =
      ThreadLocal.withInitial(() -> DateAxis.createStandardDateTickUnits(UTC, Locale.US));

  /**
   * A number axis's tick units, one per drawing thread: the source makes six {@code DecimalFormat}s
   * when created, and works each answer out from the size it is asked about, whatever it was asked
   * before.
   */
  private static final ThreadLocal<NumberTickUnitSource> NUMBER_UNITS =
      ThreadLocal.withInitial(() -> new NumberTickUnitSource(false, NumberText.format()));

  /** A date axis in UTC with US month names, whatever the JVM's defaults. */
  static DateAxis dateAxis(String label) {
    DateAxis axis = new DateAxis(label, UTC, Locale.US);
    axis.setStandardTickUnits(DATE_UNITS.get());
    axis.setLowerMargin(0.02);
    axis.setUpperMargin(0.02);
    return axisColours(axis);
  }

  /** A number axis whose ticks read 1,234.5 in every locale. */
  static NumberAxis numberAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setStandardTickUnits(NUMBER_UNITS.get());
    axis.setAutoRangeIncludesZero(false);
    return axisColours(axis);
  }

  /** A number axis fixed to 0–1 (scores, confidence, progress). */
  static NumberAxis unitAxis(String label, double upper) {
    NumberAxis axis = numberAxis(label);
    axis.setRange(0, upper);
    axis.setTickUnit(new NumberTickUnit(0.1, NumberText.format()));
    return axis;
  }

  static <A extends Axis> A axisColours(A axis) {
    axis.setAxisLinePaint(ChartColor.AXIS.paint());
    axis.setTickMarkPaint(ChartColor.AXIS.paint());
    axis.setLabelPaint(ChartColor.TEXT.paint());
    axis.setTickLabelPaint(ChartColor.TEXT.paint());
    return axis;
  }

  /** A labelled horizontal line across the plot, e.g. the target. */
  static ValueMarker line(double value, ChartColor colour, String label, Stroke stroke) {
    ValueMarker marker = new ValueMarker(value, colour.paint(), stroke);
    marker.setLabel(label);
    labelColours(marker);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  /**
   * Marker label text in the text colour, on a half-transparent background (not JFreeChart's grey).
   */
  static void labelColours(Marker marker) {
    marker.setLabelPaint(ChartColor.TEXT.paint());
    marker.setLabelBackgroundColor(ChartColor.BACKGROUND.paint(0.75f));
    marker.setLabelFont(new Font(FONT, Font.PLAIN, 11));
  }

  /** Milliseconds since the epoch at the start of the day in UTC, for JFreeChart's date axes. */
  static long millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
