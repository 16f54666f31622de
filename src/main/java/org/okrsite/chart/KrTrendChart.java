package org.okrsite.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/** A key result's check-ins with baseline, target, expected pace and a dashed forecast. */
final class KrTrendChart extends ChartDrawing {

  private final KrTrend trend;

  KrTrendChart(KrTrend trend) {
    this.trend = trend;
  }

  @Override
  String kind() {
    return "kr-trend";
  }

  @Override
  String title() {
    return Labels.orElse(trend.keyResult(), "Key result") + ": trend";
  }

  @Override
  String description() {
    List<DatedValue> points = trend.checkIns();
    String unit = trend.unit();
    StringBuilder text =
        new StringBuilder(Labels.count(points.size(), "check-in", "check-ins"))
            .append(" from ")
            .append(trend.cycleStart())
            .append(" to ")
            .append(trend.cycleEnd())
            .append("; baseline ")
            .append(NumberText.of(trend.baseline(), unit))
            .append(", target ")
            .append(NumberText.of(trend.target(), unit))
            .append('.');
    if (!points.isEmpty()) {
      DatedValue last = points.get(points.size() - 1);
      text.append(" Latest ")
          .append(NumberText.of(last.value(), unit))
          .append(" on ")
          .append(last.date())
          .append(", expected by then ")
          .append(NumberText.of(expected(last.date()), unit))
          .append('.');
    }
    forecast()
        .ifPresent(
            f -> text.append(" Forecast at cycle end ").append(NumberText.of(f, unit)).append('.'));
    return text.toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (DatedValue v : trend.checkIns()) {
      rows.add(
          List.of(
              v.date().toString(), NumberText.of(v.value()), NumberText.of(expected(v.date()))));
    }
    return new DataTable(
        List.of("Date", valueLabel(), "Expected"),
        rows,
        "Check-ins of " + Labels.orElse(trend.keyResult(), "the key result"));
  }

  @Override
  Optional<String> placeholder() {
    return trend.checkIns().size() < 2 ? Optional.of("Not enough check-ins yet") : Optional.empty();
  }

  @Override
  JFreeChart draw() {
    List<DatedValue> points = trend.checkIns();
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(TimePlots.series("Check-ins", points));
    data.addSeries(
        TimePlots.line(
            "Expected pace",
            trend.cycleStart(),
            trend.baseline(),
            trend.cycleEnd(),
            trend.target()));
    DatedValue last = points.get(points.size() - 1);
    OptionalDouble forecast = forecast();
    if (forecast.isPresent()) {
      data.addSeries(
          TimePlots.line(
              "Forecast", last.date(), last.value(), trend.cycleEnd(), forecast.getAsDouble()));
    }
    DateAxis x = ChartLook.dateAxis(null);
    TimePlots.cover(x, trend.cycleStart(), trend.cycleEnd(), points);
    NumberAxis y = ChartLook.numberAxis(valueLabel());
    y.setUpperMargin(0.12);
    y.setLowerMargin(0.08);
    XYPlot plot = TimePlots.plot(data, x, y);
    TimePlots.style(plot, 0, ChartColor.SERIES_1, ChartLook.LINE, true);
    TimePlots.style(plot, 1, ChartColor.PACE, ChartLook.THIN, false);
    TimePlots.style(plot, 2, ChartColor.FORECAST, ChartLook.DASHED, false);
    plot.addRangeMarker(
        ChartLook.line(
            trend.baseline(),
            ChartColor.BASELINE,
            "Baseline " + NumberText.of(trend.baseline(), trend.unit()),
            ChartLook.THIN));
    plot.addRangeMarker(
        ChartLook.line(
            trend.target(),
            ChartColor.TARGET,
            "Target " + NumberText.of(trend.target(), trend.unit()),
            ChartLook.LINE));
    return TimePlots.chart(plot, true);
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(trend.keyResult())
        .add(trend.unit())
        .add(trend.cycleStart())
        .add(trend.cycleEnd())
        .add(trend.baseline())
        .add(trend.target())
        .add(trend.checkIns())
        .add(trend.forecastAtEnd().isPresent() ? "f" : "-")
        .add(trend.forecastAtEnd().orElse(0));
  }

  private String valueLabel() {
    return trend.unit().isBlank() ? "Value" : "Value (" + trend.unit().strip() + ")";
  }

  /** Where the expected pace line is on {@code date}: baseline at start, target at end. */
  private double expected(LocalDate date) {
    return trend.baseline() + (trend.target() - trend.baseline()) * share(date);
  }

  private double share(LocalDate date) {
    long total = ChronoUnit.DAYS.between(trend.cycleStart(), trend.cycleEnd());
    if (total <= 0) {
      return 1;
    }
    double share = (double) ChronoUnit.DAYS.between(trend.cycleStart(), date) / total;
    return Math.max(0, Math.min(1, share));
  }

  /**
   * The value forecast for cycle end: the given one, else the pace so far (baseline at cycle start
   * through the last check-in) extended; none once the last check-in is at or after cycle end.
   */
  private OptionalDouble forecast() {
    List<DatedValue> points = trend.checkIns();
    if (points.isEmpty() || !points.get(points.size() - 1).date().isBefore(trend.cycleEnd())) {
      return OptionalDouble.empty();
    }
    if (trend.forecastAtEnd().isPresent()) {
      return trend.forecastAtEnd();
    }
    DatedValue last = points.get(points.size() - 1);
    long soFar = ChronoUnit.DAYS.between(trend.cycleStart(), last.date());
    long total = ChronoUnit.DAYS.between(trend.cycleStart(), trend.cycleEnd());
    if (soFar <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(trend.baseline() + (last.value() - trend.baseline()) * total / soFar);
  }
}
