package org.okrsite.chart;

import java.awt.Stroke;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The line-over-dates plot that four of the six chart kinds share. */
final class TimePlots {

  private TimePlots() {}

  /** A series of dated values, x in UTC milliseconds. */
  static XYSeries series(String name, List<DatedValue> values) {
    XYSeries series = new XYSeries(name, true, true);
    for (DatedValue v : values) {
      series.add(ChartLook.millis(v.date()), v.value());
    }
    return series;
  }

  /** A two-point straight line, e.g. expected pace from cycle start to cycle end. */
  static XYSeries line(
      String name, LocalDate from, double fromValue, LocalDate to, double toValue) {
    XYSeries series = new XYSeries(name, true, true);
    series.add(ChartLook.millis(from), fromValue);
    series.add(ChartLook.millis(to), toValue);
    return series;
  }

  /** A line plot with dates across and values up; series are styled with {@link #style}. */
  static XYPlot plot(XYSeriesCollection data, DateAxis x, NumberAxis y) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true); // one <path> per series, not one <line> per segment
    renderer.setAutoPopulateSeriesPaint(false);
    renderer.setAutoPopulateSeriesStroke(false);
    renderer.setAutoPopulateSeriesShape(false);
    renderer.setDefaultShape(ChartLook.DOT);
    renderer.setDefaultStroke(ChartLook.LINE);
    renderer.setDefaultPaint(ChartColor.SERIES_1.paint());
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    return plot;
  }

  /** Colour, stroke and point markers of the series at {@code index}. */
  static void style(XYPlot plot, int index, ChartColor colour, Stroke stroke, boolean points) {
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(index, colour.paint());
    renderer.setSeriesStroke(index, stroke);
    renderer.setSeriesShapesVisible(index, points);
    renderer.setSeriesShape(index, ChartLook.DOT);
  }

  /** The plot titled nothing (the page has the heading) with a legend, in the okrsite look. */
  static JFreeChart chart(XYPlot plot, boolean legend) {
    return ChartLook.style(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend));
  }

  /** Sets the date axis to cover the cycle and every value, even ones outside the cycle. */
  static void cover(DateAxis axis, LocalDate start, LocalDate end, List<DatedValue> values) {
    LocalDate from = start;
    LocalDate to = end;
    for (DatedValue v : values) {
      from = v.date().isBefore(from) ? v.date() : from;
      to = v.date().isAfter(to) ? v.date() : to;
    }
    if (!to.isAfter(from)) {
      to = from.plusDays(1);
    }
    axis.setRange(ChartLook.millis(from), ChartLook.millis(to));
  }
}
