package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/** A leading indicator's readings over the key result's cycle: one line, no target. */
final class LeadingTrendChart extends ChartDrawing {

  private final LeadingTrend trend;

  LeadingTrendChart(LeadingTrend trend) {
    this.trend = trend;
  }

  @Override
  String kind() {
    return "leading-trend";
  }

  @Override
  String title() {
    return Labels.orElse(trend.keyResult(), "Key result")
        + ": leading indicator, "
        + Labels.orElse(trend.indicator(), "unnamed");
  }

  @Override
  String description() {
    List<DatedValue> values = trend.readings();
    StringBuilder text = new StringBuilder(Labels.count(values.size(), "reading", "readings"));
    text.append(" from ").append(trend.cycleStart()).append(" to ").append(trend.cycleEnd());
    if (!values.isEmpty()) {
      DatedValue first = values.get(0);
      DatedValue last = values.get(values.size() - 1);
      text.append("; first ")
          .append(NumberText.of(first.value(), trend.unit()))
          .append(" on ")
          .append(first.date())
          .append(", latest ")
          .append(NumberText.of(last.value(), trend.unit()))
          .append(" on ")
          .append(last.date());
    }
    return text.append('.').toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (DatedValue v : trend.readings()) {
      rows.add(List.of(v.date().toString(), NumberText.of(v.value())));
    }
    return new DataTable(
        List.of("Date", valueLabel()),
        rows,
        "Leading-indicator readings of " + Labels.orElse(trend.keyResult(), "the key result"));
  }

  @Override
  Optional<String> placeholder() {
    return trend.readings().size() < 2 ? Optional.of("Not enough readings yet") : Optional.empty();
  }

  @Override
  JFreeChart draw() {
    List<DatedValue> values = trend.readings();
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(TimePlots.series(Labels.orElse(trend.indicator(), "Leading indicator"), values));
    DateAxis x = ChartLook.dateAxis(null);
    TimePlots.cover(x, trend.cycleStart(), trend.cycleEnd(), values);
    NumberAxis y = ChartLook.numberAxis(valueLabel());
    y.setUpperMargin(0.12);
    y.setLowerMargin(0.08);
    XYPlot plot = TimePlots.plot(data, x, y);
    TimePlots.style(plot, 0, ChartColor.SERIES_2, ChartLook.LINE, true);
    return TimePlots.chart(plot, false);
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(trend.keyResult())
        .add(trend.indicator())
        .add(trend.unit())
        .add(trend.cycleStart())
        .add(trend.cycleEnd())
        .add(trend.readings());
  }

  private String valueLabel() {
    return trend.unit().isBlank() ? "Reading" : "Reading (" + trend.unit().strip() + ")";
  }
}
