package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;

/** One objective's key-result confidence over time, over red, yellow and green bands. */
final class ConfidenceChart extends ChartDrawing {

  private static final float BAND_ALPHA = 0.15f;

  private final ConfidenceTrend trend;

  ConfidenceChart(ConfidenceTrend trend) {
    this.trend = trend;
  }

  @Override
  String kind() {
    return "confidence";
  }

  @Override
  String title() {
    return Labels.orElse(trend.objective(), "Objective") + ": confidence";
  }

  @Override
  String description() {
    StringBuilder text =
        new StringBuilder("Confidence of ")
            .append(Labels.count(trend.keyResults().size(), "key result", "key results"))
            .append(" from ")
            .append(trend.cycleStart())
            .append(" to ")
            .append(trend.cycleEnd())
            .append("; below ")
            .append(NumberText.of(trend.redBelow()))
            .append(" is off track, from ")
            .append(NumberText.of(trend.greenFrom()))
            .append(" on track.");
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      List<DatedValue> points = trend.keyResults().get(i).points();
      if (!points.isEmpty()) {
        DatedValue last = points.get(points.size() - 1);
        text.append(' ')
            .append(names.get(i))
            .append(": ")
            .append(NumberText.of(last.value()))
            .append(" on ")
            .append(last.date())
            .append('.');
      }
    }
    return text.toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      for (DatedValue v : trend.keyResults().get(i).points()) {
        rows.add(List.of(names.get(i), v.date().toString(), NumberText.of(v.value())));
      }
    }
    return new DataTable(
        List.of("Key result", "Date", "Confidence"),
        rows,
        "Confidence of the key results of " + Labels.orElse(trend.objective(), "the objective"));
  }

  @Override
  Optional<String> placeholder() {
    long points = trend.keyResults().stream().mapToLong(k -> k.points().size()).sum();
    return points < 2 ? Optional.of("Not enough check-ins yet") : Optional.empty();
  }

  @Override
  JFreeChart draw() {
    XYSeriesCollection data = new XYSeriesCollection();
    List<String> names = names();
    List<DatedValue> all = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<DatedValue> points = trend.keyResults().get(i).points();
      data.addSeries(TimePlots.series(names.get(i), points));
      all.addAll(points);
    }
    DateAxis x = ChartLook.dateAxis(null);
    TimePlots.cover(x, trend.cycleStart(), trend.cycleEnd(), all);
    NumberAxis y = ChartLook.unitAxis("Confidence", 1.0);
    XYPlot plot = TimePlots.plot(data, x, y);
    for (int i = 0; i < names.size(); i++) {
      TimePlots.style(plot, i, ChartColor.series(i), ChartLook.LINE, true);
    }
    plot.addRangeMarker(band(0, trend.redBelow(), ChartColor.BAND_RED), Layer.BACKGROUND);
    plot.addRangeMarker(
        band(trend.redBelow(), trend.greenFrom(), ChartColor.BAND_YELLOW), Layer.BACKGROUND);
    plot.addRangeMarker(band(trend.greenFrom(), 1, ChartColor.BAND_GREEN), Layer.BACKGROUND);
    plot.setRangeGridlinesVisible(false);
    return TimePlots.chart(plot, true);
  }

  private static IntervalMarker band(double from, double to, ChartColor colour) {
    IntervalMarker band = new IntervalMarker(from, to, colour.paint());
    band.setOutlinePaint(null);
    band.setAlpha(BAND_ALPHA);
    return band;
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(trend.objective())
        .add(trend.cycleStart())
        .add(trend.cycleEnd())
        .add(trend.redBelow())
        .add(trend.greenFrom())
        .add(trend.keyResults().size());
    for (ConfidenceTrend.KrConfidence kr : trend.keyResults()) {
      text.add(kr.keyResult()).add(kr.points());
    }
  }

  private List<String> names() {
    return Labels.unique(
        trend.keyResults().stream().map(ConfidenceTrend.KrConfidence::keyResult).toList());
  }
}
