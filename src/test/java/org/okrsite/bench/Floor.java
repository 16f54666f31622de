package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The floor of a build ({@code --floor}): the time its chosen libraries and the file system need
 * for the same input and output with none of okrsite's own work, each part run by {@link
 * FloorProbe} in a JVM started as the build's own was. The sum is what no build on this stack can
 * beat; set beside Hugo's time it says how much room the bar leaves.
 *
 * <ul>
 *   <li>JVM + YAML: a whole process that starts, finds the content files and composes them with
 *       SnakeYAML (the JVM's start counts once here);
 *   <li>JFreeChart: as many charts as the build drew, drawn by JFreeChart into a graphics that
 *       writes nothing (and, for comparison, into okrsite's SVG);
 *   <li>write: files of the built site's sizes and paths created and written.
 * </ul>
 */
final class Floor {
  private Floor() {}

  private static final Pattern TUNED =
      Pattern.compile("(?m)^jvm: tuned for a short run \\(([^)]*)\\)");
  private static final Pattern MS = Pattern.compile("floor-ms=(\\d+)");

  /** The medians of the parts, in ms. */
  record Result(
      long jvmAndYamlMs,
      long jfreeChartMs,
      long chartsMs,
      long charts,
      long writeMs,
      long files,
      long bytes) {
    /** JFreeChart's part counts, not okrsite's SVG: the floor is what the libraries need. */
    long totalMs() {
      return jvmAndYamlMs + jfreeChartMs + writeMs;
    }
  }

  /**
   * Measures the floor of the build whose verbose {@code stderr} and output folder {@code built}
   * are given, {@code runs} times each part.
   */
  static Result measure(
      Benchmark.Options o, int n, Path org, Path built, String stderr, long charts)
      throws IOException, InterruptedException {
    List<String> probe = new ArrayList<>(Benchmark.javaCommand(o));
    Matcher tuned = TUNED.matcher(stderr);
    if (tuned.find()) probe.addAll(List.of(tuned.group(1).trim().split("\\s+")));
    String cp =
        Path.of("target/test-classes").toAbsolutePath()
            + java.io.File.pathSeparator
            + o.jar().toAbsolutePath();
    probe.addAll(List.of("-cp", cp, FloorProbe.class.getName()));

    Path scratch = o.work().resolve("runs").resolve("floor-" + n);
    Files.createDirectories(scratch);
    Path sizes = scratch.resolve("sizes.txt");
    long[] totals = listSizes(built, sizes);
    Path dest = o.work().resolve("floor-out").resolve(Integer.toString(n));

    List<Long> yaml = new ArrayList<>();
    List<Long> jfree = new ArrayList<>();
    List<Long> chart = new ArrayList<>();
    List<Long> write = new ArrayList<>();
    for (int r = 0; r < o.runs(); r++) {
      yaml.add(run(probe, List.of("yaml", org.toAbsolutePath().toString()), scratch, true));
      jfree.add(
          charts == 0
              ? 0
              : run(probe, List.of("jfreechart", Long.toString(charts)), scratch, false));
      chart.add(
          charts == 0 ? 0 : run(probe, List.of("charts", Long.toString(charts)), scratch, false));
      Cache.setAside(dest, o.work());
      write.add(
          run(
              probe,
              List.of("write", sizes.toAbsolutePath().toString(), dest.toAbsolutePath().toString()),
              scratch,
              false));
    }
    Result result =
        new Result(
            Report.medianOf(yaml),
            Report.medianOf(jfree),
            Report.medianOf(chart),
            charts,
            Report.medianOf(write),
            totals[0],
            totals[1]);
    System.err.printf(
        Locale.ROOT,
        "bench: floor   N=%d: JVM+YAML %d ms, %d charts: JFreeChart %d ms (with okrsite's SVG %d"
            + " ms), write %d ms%n",
        n,
        result.jvmAndYamlMs(),
        charts,
        result.jfreeChartMs(),
        result.chartsMs(),
        result.writeMs());
    return result;
  }

  /**
   * Runs one probe; the process's wall time when {@code whole}, else the part's own time it prints.
   */
  private static long run(List<String> probe, List<String> args, Path scratch, boolean whole)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(probe);
    cmd.addAll(args);
    ProcessRun.Stats s = ProcessRun.run(cmd, scratch.resolve(args.get(0)));
    Matcher m = MS.matcher(s.stdout());
    if (s.exit() != 0 || !m.find()) {
      throw new IOException(
          "floor probe " + args.get(0) + " failed (exit " + s.exit() + "): " + s.stderr().strip());
    }
    return whole ? s.wallMs() : Long.parseLong(m.group(1));
  }

  /** Writes {@code bytes path} per file of {@code site} to {@code list}; returns {files, bytes}. */
  private static long[] listSizes(Path site, Path list) throws IOException {
    StringBuilder out = new StringBuilder();
    long[] totals = new long[2];
    try (Stream<Path> w = Files.walk(site)) {
      for (Path p : (Iterable<Path>) w.filter(Files::isRegularFile).sorted()::iterator) {
        long size = Files.size(p);
        totals[0]++;
        totals[1] += size;
        out.append(size)
            .append(' ')
            .append(site.relativize(p).toString().replace('\\', '/'))
            .append('\n');
      }
    }
    Files.writeString(list, out, StandardCharsets.UTF_8);
    return totals;
  }

  static String header() {
    return "\n"
        + "| people | JVM + YAML s | JFreeChart s (charts) | write s (files, MB) | floor s |"
        + " okrsite wall s | Hugo wall s | floor / Hugo | charts with okrsite's SVG s |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  }

  static String row(int n, Result f, long okrsiteMs, long hugoMs) {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %s (%,d) | %s (%,d, %,.0f) | %s | %s | %s | %s | %s |",
        n,
        Report.sec(f.jvmAndYamlMs()),
        Report.sec(f.jfreeChartMs()),
        f.charts(),
        Report.sec(f.writeMs()),
        f.files(),
        f.bytes() / 1e6,
        Report.sec(f.totalMs()),
        Report.sec(okrsiteMs),
        hugoMs < 0 ? "n/a" : Report.sec(hugoMs),
        hugoMs <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) f.totalMs() / hugoMs),
        Report.sec(f.chartsMs()));
  }

  static String legend() {
    return """

    Floor: what the same build costs in its libraries and the file system alone, medians, each part
    in a JVM started with the flags okrsite's build ran with (`bench/run.sh --floor`). JVM + YAML = the
    whole process that starts and composes every content file with SnakeYAML's safe loader on all
    cores; JFreeChart = as many key-result trend charts as the build drew, laid out and drawn by
    JFreeChart into a graphics that writes nothing, on all cores; write = creating the built site's
    files, same paths and sizes. No okrsite build can take less than their sum. The last column is
    the same charts drawn into okrsite's SVG (JFreeChart's part included; not part of the floor).
    """;
  }
}
