package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/** A KPI's readings over time, with its target line when it has one. */
final class KpiTrendChart extends ChartDrawing {

  private final KpiTrend trend;

  KpiTrendChart(KpiTrend trend) {
    this.trend = trend;
  }

  @Override
  String kind() {
    return "kpi-trend";
  }

  @Override
  String title() {
    return Labels.orElse(trend.kpi(), "KPI") + ": trend";
  }

  @Override
  String description() {
    List<DatedValue> values = trend.values();
    StringBuilder text = new StringBuilder(Labels.count(values.size(), "reading", "readings"));
    if (!values.isEmpty()) {
      DatedValue first = values.get(0);
      DatedValue last = values.get(values.size() - 1);
      text.append(" from ")
          .append(first.date())
          .append(" to ")
          .append(last.date())
          .append("; latest ")
          .append(NumberText.of(last.value(), trend.unit()));
    }
    trend.target().ifPresent(t -> text.append("; target ").append(NumberText.of(t, trend.unit())));
    return text.append('.').toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (DatedValue v : trend.values()) {
      rows.add(List.of(v.date().toString(), NumberText.of(v.value())));
    }
    return new DataTable(
        List.of("Date", valueLabel()),
        rows,
        "Readings of " + Labels.orElse(trend.kpi(), "the KPI"));
  }

  @Override
  Optional<String> placeholder() {
    return switch (trend.values().size()) {
      case 0 -> Optional.of("No data yet");
      case 1 -> Optional.of("Not enough data yet");
      default -> Optional.empty();
    };
  }

  @Override
  JFreeChart draw() {
    List<DatedValue> values = trend.values();
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(TimePlots.series(Labels.orElse(trend.kpi(), "KPI"), values));
    DateAxis x = ChartLook.dateAxis(null);
    x.setLowerMargin(0.04); // unlike a cycle, readings have no fixed span: leave margins
    x.setUpperMargin(0.04);

    NumberAxis y = ChartLook.numberAxis(valueLabel());
    y.setUpperMargin(0.12);
    y.setLowerMargin(0.08);
    XYPlot plot = TimePlots.plot(data, x, y);
    TimePlots.style(plot, 0, ChartColor.SERIES_1, ChartLook.LINE, true);
    trend
        .target()
        .ifPresent(
            t -> {
              plot.addRangeMarker(
                  ChartLook.line(
                      t,
                      ChartColor.TARGET,
                      "Target " + NumberText.of(t, trend.unit()),
                      ChartLook.LINE));
              // markers do not widen the axis by themselves; keep the target in view
              double low =
                  Math.min(t, values.stream().mapToDouble(DatedValue::value).min().orElse(t));
              double high =
                  Math.max(t, values.stream().mapToDouble(DatedValue::value).max().orElse(t));
              double pad = Math.max((high - low) * 0.1, Math.abs(high) * 0.01 + 1e-9);
              y.setRange(low - pad, high + pad);
            });
    return TimePlots.chart(plot, false);
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(trend.kpi())
        .add(trend.unit())
        .add(trend.values())
        .add(trend.target().isPresent() ? "t" : "-")
        .add(trend.target().orElse(0));
  }

  private String valueLabel() {
    return trend.unit().isBlank() ? "Value" : "Value (" + trend.unit().strip() + ")";
  }
}
