package org.okrsite.chart;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints the time and size of drawing each chart kind, uncached, after warm-up. Run with the test
 * class path: {@code java -cp target/classes:target/test-classes:$(deps)
 * org.okrsite.chart.ChartBenchmark}.
 */
public final class ChartBenchmark {

  private static final int WARM_UP = 100;
  private static final int RUNS = 200;

  private ChartBenchmark() {}

  public static void main(String[] args) {
    Map<String, Supplier<ChartDrawing>> kinds = new LinkedHashMap<>();
    kinds.put("kr-trend", () -> new KrTrendChart(Samples.krTrend()));
    kinds.put("confidence", () -> new ConfidenceChart(Samples.confidence()));
    kinds.put("unit-scores", () -> new UnitScoresChart(Samples.unitScores()));
    kinds.put("score-distribution", () -> new ScoreDistributionChart(Samples.scoreDistribution()));
    kinds.put("kpi-trend", () -> new KpiTrendChart(Samples.kpiTrend()));
    kinds.put("burn-up", () -> new BurnUpChart(Samples.burnUp()));
    for (Map.Entry<String, Supplier<ChartDrawing>> kind : kinds.entrySet()) {
      int size = 0;
      for (int i = 0; i < WARM_UP; i++) {
        size = ChartRenderer.markup(kind.getValue().get(), "b").length();
      }
      long start = System.nanoTime();
      for (int i = 0; i < RUNS; i++) {
        ChartRenderer.markup(kind.getValue().get(), "b");
      }
      double ms = (System.nanoTime() - start) / 1e6 / RUNS;
      System.out.printf(Locale.ROOT, "%-20s %6.2f ms/chart %7d chars%n", kind.getKey(), ms, size);
    }
    ChartRenderer cached = new ChartRenderer();
    cached.krTrend(Samples.krTrend());
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      cached.krTrend(Samples.krTrend());
    }
    System.out.printf(
        Locale.ROOT,
        "%-20s %6.3f ms/chart (hits %d, misses %d)%n",
        "kr-trend cached",
        (System.nanoTime() - start) / 1e6 / RUNS,
        cached.cache().hits(),
        cached.cache().misses());
  }
}
