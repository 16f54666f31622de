package org.okrsite.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.okrsite.chart.ChartCache;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.chart.DatedValue;
import org.okrsite.chart.JFreeChartOnly;
import org.okrsite.chart.KrTrend;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One part of a build done by its library alone, with nothing of okrsite around it, on all cores:
 * what a build of that size cannot go below. Run in a JVM of its own by {@link Floor}; prints
 * {@code floor-ms=N} (the part's own time) on standard output.
 *
 * <ul>
 *   <li>{@code yaml DIR}: read every {@code .yaml}/{@code .yml} file and the front matter of every
 *       {@code .md} file under DIR and compose it with SnakeYAML's safe loader (no okrsite checks,
 *       no model);
 *   <li>{@code charts N}: draw N distinct key-result trend charts (12 weekly check-ins each, as the
 *       generated organisations have) with JFreeChart into okrsite's SVG;
 *   <li>{@code jfreechart N}: the same charts laid out and drawn by JFreeChart into a graphics that
 *       writes nothing: JFreeChart's own share;
 *   <li>{@code write SIZES DIR}: create the files listed in SIZES ({@code bytes path} per line)
 *       under DIR, each that many bytes from one shared buffer: the file system's part of
 *       publishing the same output.
 * </ul>
 */
public final class FloorProbe {
  private FloorProbe() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    switch (args[0]) {
      case "yaml" -> yaml(Path.of(args[1]));
      case "charts" -> charts(Integer.parseInt(args[1]), false);
      case "jfreechart" -> charts(Integer.parseInt(args[1]), true);
      case "write" -> {
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        start = System.nanoTime(); // listing the sizes is not part of writing
        write(lines, Path.of(args[2]));
      }
      default ->
          throw new IllegalArgumentException(
              "yaml DIR | charts N | jfreechart N | write SIZES DIR");
    }
    System.out.println("floor-ms=" + (System.nanoTime() - start) / 1_000_000);
  }

  static int yaml(Path root) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".md");
                  })
              .toList();
    }
    AtomicInteger documents = new AtomicInteger();
    onAllCores(
        files.size(),
        i -> {
          try {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            if (files.get(i).getFileName().toString().endsWith(".md")) {
              if (!text.startsWith("---")) return;
              int end = text.indexOf("\n---", 3);
              if (end < 0) return;
              text = text.substring(3, end);
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (var node : yaml.composeAll(new StringReader(text)))
              if (node != null) documents.incrementAndGet();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return documents.get();
  }

  static void charts(int n, boolean jfreeChartOnly) throws Exception {
    ChartRenderer charts = new ChartRenderer(ChartCache.inMemory());
    LocalDate start = LocalDate.of(2026, 10, 5);
    onAllCores(
        n,
        i -> {
          KrTrend trend = trend(i, start);
          if (jfreeChartOnly) {
            JFreeChartOnly.drawKrTrend(trend);
          } else {
            charts.krTrend(trend);
          }
        });
    if (!jfreeChartOnly && charts.cache().misses() != n)
      throw new IllegalStateException("expected " + n + " distinct charts");
  }

  /** The {@code i}th of many different trends: 12 weekly check-ins, rising or falling. */
  private static KrTrend trend(int i, LocalDate start) {
    List<DatedValue> points = new ArrayList<>();
    double baseline = 10 + i % 90;
    double target = baseline * (i % 3 == 0 ? 0.5 : 2);
    for (int w = 0; w < 12; w++) {
      double share = (w + 1) / 13.0 * (0.6 + (i * 7 + w) % 10 / 20.0);
      points.add(
          new DatedValue(
              start.plusWeeks(w).plusDays(i % 5), baseline + (target - baseline) * share));
    }
    return new KrTrend(
        "Key result " + i,
        i % 2 == 0 ? "%" : "tickets",
        start,
        start.plusWeeks(13).minusDays(1),
        baseline,
        target,
        points);
  }

  static void write(List<String> sizes, Path dir) throws Exception {
    int max = 0;
    for (String line : sizes)
      max = Math.max(max, Integer.parseInt(line.substring(0, line.indexOf(' '))));
    byte[] buffer = new byte[max];
    java.util.Arrays.fill(buffer, (byte) 'x');
    java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    onAllCores(
        sizes.size(),
        i -> {
          String line = sizes.get(i);
          int space = line.indexOf(' ');
          Path file = dir.resolve(line.substring(space + 1));
          try {
            if (!folders.contains(file.getParent())) {
              Files.createDirectories(file.getParent());
              folders.add(file.getParent());
            }
            try (var out = Files.newOutputStream(file)) {
              out.write(buffer, 0, Integer.parseInt(line.substring(0, space)));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void onAllCores(int count, IntConsumer task) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i; (i = next.getAndIncrement()) < count; ) task.accept(i);
              }));
    }
    try {
      for (Future<?> f : done) f.get();
    } finally {
      pool.shutdown();
    }
  }
}
