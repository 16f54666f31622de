package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/** The company's average progress against a straight line from 0 at start to 1 at end. */
final class BurnUpChart extends ChartDrawing {

  private final BurnUp burnUp;

  BurnUpChart(BurnUp burnUp) {
    this.burnUp = burnUp;
  }

  @Override
  String kind() {
    return "burn-up";
  }

  @Override
  String title() {
    return Labels.orElse(burnUp.title(), "Company progress");
  }

  @Override
  String description() {
    List<DatedValue> points = burnUp.averageProgress();
    StringBuilder text =
        new StringBuilder("Average progress from ")
            .append(burnUp.cycleStart())
            .append(" to ")
            .append(burnUp.cycleEnd())
            .append(" against a straight line from 0 to 1, over ")
            .append(Labels.count(points.size(), "check-in date", "check-in dates"))
            .append('.');
    if (!points.isEmpty()) {
      DatedValue last = points.get(points.size() - 1);
      text.append(" Latest ")
          .append(NumberText.of(last.value()))
          .append(" on ")
          .append(last.date())
          .append('.');
    }
    return text.toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (DatedValue v : burnUp.averageProgress()) {
      rows.add(List.of(v.date().toString(), NumberText.of(v.value())));
    }
    return new DataTable(List.of("Date", "Average progress"), rows, title());
  }

  @Override
  Optional<String> placeholder() {
    return burnUp.averageProgress().size() < 2
        ? Optional.of("Not enough check-ins yet")
        : Optional.empty();
  }

  @Override
  JFreeChart draw() {
    List<DatedValue> points = burnUp.averageProgress();
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(TimePlots.series("Average progress", points));
    data.addSeries(TimePlots.line("Expected", burnUp.cycleStart(), 0, burnUp.cycleEnd(), 1));
    DateAxis x = ChartLook.dateAxis(null);
    TimePlots.cover(x, burnUp.cycleStart(), burnUp.cycleEnd(), points);
    double top = points.stream().mapToDouble(DatedValue::value).max().orElse(1);
    NumberAxis y = ChartLook.unitAxis("Progress", Math.max(1.0, top) * 1.05);
    XYPlot plot = TimePlots.plot(data, x, y);
    TimePlots.style(plot, 0, ChartColor.SERIES_1, ChartLook.LINE, true);
    TimePlots.style(plot, 1, ChartColor.PACE, ChartLook.DASHED, false);
    return TimePlots.chart(plot, true);
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(burnUp.title())
        .add(burnUp.cycleStart())
        .add(burnUp.cycleEnd())
        .add(burnUp.averageProgress());
  }
}
