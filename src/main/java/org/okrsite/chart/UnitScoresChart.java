package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Objective scores by unit: one horizontal bar per unit, top to bottom in the given order. */
final class UnitScoresChart extends ChartDrawing {

  private static final int ROW_HEIGHT = 28;

  private final UnitScores scores;

  UnitScoresChart(UnitScores scores) {
    this.scores = scores;
  }

  @Override
  String kind() {
    return "unit-scores";
  }

  @Override
  String title() {
    return Labels.orElse(scores.title(), "Objective scores by unit");
  }

  @Override
  String description() {
    StringBuilder text =
        new StringBuilder("Objective score (0 to 1) of ")
            .append(Labels.count(scores.units().size(), "unit", "units"))
            .append('.');
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      text.append(' ')
          .append(names.get(i))
          .append(": ")
          .append(NumberText.of(scores.units().get(i).score()))
          .append('.');
    }
    return text.toString();
  }

  @Override
  DataTable table() {
    List<List<String>> rows = new ArrayList<>();
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      rows.add(List.of(names.get(i), NumberText.of(scores.units().get(i).score())));
    }
    return new DataTable(List.of("Unit", "Score"), rows, title());
  }

  @Override
  Optional<String> placeholder() {
    return scores.units().isEmpty() ? Optional.of("No data yet") : Optional.empty();
  }

  @Override
  int height() {
    return Math.max(ChartLook.HEIGHT / 2, 70 + ROW_HEIGHT * scores.units().size());
  }

  @Override
  JFreeChart draw() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      data.addValue(scores.units().get(i).score(), "Score", names.get(i));
    }
    CategoryAxis units = ChartLook.axisColours(new CategoryAxis(null));
    units.setMaximumCategoryLabelWidthRatio(0.35f);
    units.setCategoryMargin(0.3);
    double upper =
        Math.max(
            1.0,
            scores.units().stream().mapToDouble(UnitScores.UnitScore::score).max().orElse(1.0));
    NumberAxis score = ChartLook.unitAxis("Score", upper * 1.08); // room for the value labels
    BarRenderer bars = new BarRenderer();
    bars.setSeriesPaint(0, ChartColor.SERIES_1.paint());
    bars.setMaximumBarWidth(0.25);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", NumberText.format()));
    bars.setDefaultItemLabelsVisible(true);
    CategoryPlot plot = new CategoryPlot(data, units, score, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart =
        ChartLook.style(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    bars.setDefaultItemLabelPaint(ChartColor.TEXT.paint());
    return chart;
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(scores.title()).add(scores.units().size());
    for (UnitScores.UnitScore unit : scores.units()) {
      text.add(unit.unit()).add(unit.score());
    }
  }

  private List<String> names() {
    return Labels.unique(scores.units().stream().map(UnitScores.UnitScore::unit).toList());
  }
}
