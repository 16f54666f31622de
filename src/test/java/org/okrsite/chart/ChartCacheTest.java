package org.okrsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCacheTest {

  @Test
  void unchangedDataIsNotDrawnAgain() {
    ChartRenderer charts = new ChartRenderer();
    Svg first = charts.krTrend(Samples.krTrend());
    Svg second = charts.krTrend(Samples.krTrend());
    assertEquals(first, second);
    assertEquals(1, charts.cache().misses());
    assertEquals(1, charts.cache().hits());
  }

  @Test
  void anyChangeInDataOrThresholdsIsAMiss() {
    ChartRenderer charts = new ChartRenderer();
    KrTrend kr = Samples.krTrend();
    charts.krTrend(kr);
    charts.krTrend(
        new KrTrend(
            kr.keyResult(),
            kr.unit(),
            kr.cycleStart(),
            kr.cycleEnd(),
            kr.baseline(),
            61,
            kr.checkIns()));
    ConfidenceTrend c = Samples.confidence();
    charts.confidence(c);
    charts.confidence(
        new ConfidenceTrend(c.objective(), c.cycleStart(), c.cycleEnd(), c.keyResults(), 0.3, 0.7));
    assertEquals(4, charts.cache().misses());
    assertEquals(0, charts.cache().hits());
  }

  @Test
  void keysTellStringBoundariesApart() {
    UnitScores ab = new UnitScores("", List.of(new UnitScores.UnitScore("ab", 1)));
    UnitScores a = new UnitScores("a", List.of(new UnitScores.UnitScore("b", 1)));
    assertNotEquals(new UnitScoresChart(ab).key(), new UnitScoresChart(a).key());
    assertTrue(new UnitScoresChart(ab).key().matches("[0-9a-f]{64}"));
  }

  @Test
  void aDirectoryKeepsDrawingsAcrossRuns(@TempDir Path dir) throws Exception {
    Path charts = dir.resolve(".okrsite-cache/charts");
    Svg drawn = new ChartRenderer(ChartCache.inDirectory(charts)).burnUp(Samples.burnUp());
    List<Path> files;
    try (Stream<Path> list = Files.list(charts)) {
      files = list.toList();
    }
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().matches("[0-9a-f]{64}\\.svg"));
    assertEquals(drawn.markup(), Files.readString(files.get(0)));

    ChartRenderer nextRun = new ChartRenderer(ChartCache.inDirectory(charts));
    assertEquals(drawn, nextRun.burnUp(Samples.burnUp()));
    assertEquals(1, nextRun.cache().hits());
    assertEquals(0, nextRun.cache().misses());
  }

  @Test
  void manyThreadsGetTheSameBytes() throws Exception {
    String expected = ChartRenderer.markup(new KrTrendChart(Samples.krTrend()), "t");
    ChartRenderer shared = new ChartRenderer();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> fresh = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        // drawn from scratch each time: exercises Batik and JFreeChart on several threads at once
        fresh.add(
            pool.submit(() -> ChartRenderer.markup(new KrTrendChart(Samples.krTrend()), "t")));
        fresh.add(pool.submit(() -> shared.confidence(Samples.confidence()).markup()));
      }
      String confidence = shared.confidence(Samples.confidence()).markup();
      for (int i = 0; i < fresh.size(); i++) {
        assertEquals(i % 2 == 0 ? expected : confidence, fresh.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(33, shared.cache().hits() + shared.cache().misses());
  }
}
