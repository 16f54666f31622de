package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A histogram of final key-result scores in ten bins, with the 0.6–0.7 sweet spot marked. */
final class ScoreDistributionChart extends ChartDrawing {

  static final int BINS = 10;

  /** The bin of scores 0.6 up to 0.7: ambitious key results mostly land here. */
  static final int SWEET_SPOT = 6;

  private final ScoreDistribution distribution;

  ScoreDistributionChart(ScoreDistribution distribution) {
    this.distribution = distribution;
  }

  @Override
  String kind() {
    return "score-distribution";
  }

  @Override
  String title() {
    return Labels.orElse(distribution.title(), "Key-result scores at cycle end");
  }

  @Override
  String description() {
    int[] counts = counts();
    int total = distribution.finalScores().size();
    int high = counts[BINS - 1];
    return "Final scores of "
        + Labels.count(total, "key result", "key results")
        + " in ten bins; "
        + counts[SWEET_SPOT]
        + " in the 0.6–0.7 sweet spot, "
        + high
        + " at 0.9 or above, "
        + (counts[0] + counts[1] + counts[2])
        + " below 0.3.";
  }

  @Override
  DataTable table() {
    int[] counts = counts();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < BINS; i++) {
      rows.add(List.of(bin(i), Integer.toString(counts[i])));
    }
    return new DataTable(List.of("Score", "Key results"), rows, title());
  }

  @Override
  Optional<String> placeholder() {
    return distribution.finalScores().isEmpty() ? Optional.of("No data yet") : Optional.empty();
  }

  @Override
  JFreeChart draw() {
    int[] counts = counts();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < BINS; i++) {
      data.addValue(counts[i], "Key results", bin(i));
    }
    CategoryAxis scores =
        ChartLook.axisColours(new CategoryAxis("Score (sweet spot 0.6–0.7 shaded)"));
    scores.setCategoryMargin(0.1);
    NumberAxis keyResults = ChartLook.numberAxis("Key results");
    keyResults.setStandardTickUnits(new NumberTickUnitSource(true, NumberText.format()));
    int most = java.util.Arrays.stream(counts).max().orElse(1);
    keyResults.setRange(0, Math.max(1, most) * 1.12);
    BarRenderer bars = new BarRenderer();
    bars.setSeriesPaint(0, ChartColor.SERIES_1.paint());
    CategoryPlot plot = new CategoryPlot(data, scores, keyResults, bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainGridlinesVisible(false);
    plot.addDomainMarker(sweetSpot(), Layer.BACKGROUND);
    return ChartLook.style(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
  }

  private static CategoryMarker sweetSpot() {
    CategoryMarker marker =
        new CategoryMarker(bin(SWEET_SPOT), ChartColor.HIGHLIGHT.paint(), ChartLook.THIN);
    marker.setDrawAsLine(false);
    marker.setAlpha(0.3f);
    return marker;
  }

  @Override
  void describeInput(CanonicalText text) {
    text.add(distribution.title()).add(SWEET_SPOT).add(distribution.finalScores().size());
    distribution.finalScores().forEach(text::add);
  }

  /** Key results per bin; scores outside 0–1 count in the first or last bin. */
  int[] counts() {
    int[] counts = new int[BINS];
    for (double score : distribution.finalScores()) {
      // the small nudge keeps 0.7, stored as 0.69999…, in the 0.7 bin
      int bin = (int) Math.floor(score * BINS + 1e-9);
      counts[Math.max(0, Math.min(BINS - 1, bin))]++;
    }
    return counts;
  }

  /** "0.6–0.7". */
  static String bin(int i) {
    return String.format(Locale.ROOT, "%.1f–%.1f", i / 10.0, (i + 1) / 10.0);
  }
}
