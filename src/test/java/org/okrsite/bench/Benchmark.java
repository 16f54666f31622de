package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times whole {@code okrsite build} processes on generated organisations (and Hugo on a plain site
 * of the same page count, where installed) and prints a Markdown table of medians.
 *
 * <pre>{@code
 * bench/run.sh                         # sizes 100 1000 10000 50000, 3 runs each
 * bench/run.sh 1000 10000 --runs 5 --jvm -Xmx2g
 * bench/run.sh 1000 --floor             # also the floor: the same work in the libraries alone
 * bench/run.sh --serve 10000           # edit-to-served latency of okrsite serve
 * }</pre>
 */
public final class Benchmark {
  private Benchmark() {}

  /** The command line, parsed. */
  record Options(
      List<Integer> sizes,
      int runs,
      Path jar,
      Path work,
      List<String> jvm,
      boolean hugo,
      boolean requireHugo,
      Integer serve,
      int edits,
      String servePage,
      boolean floor) {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    Files.createDirectories(o.work());
    Path results = o.work().resolve("results.md");
    StringBuilder md = new StringBuilder(Machine.describe(o));
    if (o.serve() != null) {
      md.append(serve(o));
    } else {
      String hugo = o.hugo() ? Hugo.version() : null;
      if (o.requireHugo() && hugo == null)
        System.err.println("bench: --with-hugo given but hugo is not on PATH");
      md.append(Report.header(hugo));
      System.out.print(md);
      StringBuilder floors = new StringBuilder();
      try {
        for (int n : o.sizes()) {
          Report.Size size = measure(o, n, hugo != null);
          String row = Report.row(n, size);
          System.out.println(row);
          md.append(row).append('\n');
          if (o.floor() && !size.runs().isEmpty()) floors.append(floorRow(o, n, size)).append('\n');
        }
        md.append(Report.legend());
        if (!floors.isEmpty()) {
          String table = Floor.header() + floors + Floor.legend();
          System.out.print(table);
          md.append(table);
        }
      } finally {
        Cache.emptyTrash(o.work());
      }
    }
    Files.writeString(results, md.toString(), StandardCharsets.UTF_8);
    System.err.println("bench: wrote " + results);
  }

  /** One size: the org (cached), then R okrsite runs interleaved with R Hugo runs. */
  static Report.Size measure(Options o, int n, boolean hugo)
      throws IOException, InterruptedException {
    Path org = Cache.org(o.work(), n);
    // Hugo builds a plain site of the same page count as okrsite's own output (known after run 1)
    Path hugoSite = null;
    Path out = o.work().resolve("out").resolve(Integer.toString(n));
    List<ProcessRun.Stats> ok = new ArrayList<>();
    List<Long> heaps = new ArrayList<>();
    List<Long> live = new ArrayList<>();
    List<Map<String, Double>> stages = new ArrayList<>();
    List<ProcessRun.Stats> hu = new ArrayList<>();
    RunFigures.Output output = null;
    String failure = null;
    for (int r = 0; r < o.runs(); r++) {
      Cache.setAside(out, o.work());
      Path scratch = o.work().resolve("runs").resolve(n + "-" + r);
      Path gc = scratch.resolve("gc.log");
      Files.createDirectories(scratch);
      Files.deleteIfExists(gc);
      List<String> cmd = new ArrayList<>(javaCommand(o));
      cmd.add(RunFigures.gcLogOption(gc));
      cmd.addAll(
          List.of(
              "-jar",
              o.jar().toString(),
              "build",
              "-s",
              org.toString(),
              "-o",
              out.toString(),
              "--as-of",
              OrgGenerator.AS_OF.toString(),
              "--verbose"));
      ProcessRun.Stats s = ProcessRun.run(cmd, scratch);
      System.err.printf(
          "bench: okrsite N=%d run %d: exit %d, %d ms wall, %d ms CPU%n",
          n, r + 1, s.exit(), s.wallMs(), s.cpuMs());
      if (s.exit() != 0) {
        failure =
            "exit "
                + s.exit()
                + ": "
                + s.stderr().lines().limit(3).reduce("", (a, b) -> a + " " + b).trim();
        System.err.println(s.stderr());
        break;
      }
      ok.add(s);
      heaps.add(RunFigures.peakHeapMb(gc));
      live.add(RunFigures.liveHeapMb(gc));
      stages.add(RunFigures.stages(s.stderr()));
      if (r == 0) output = RunFigures.count(out);
      if (hugo && hugoSite == null) hugoSite = Cache.hugo(o.work(), (int) output.pages());
      if (hugo) {
        Path hugoOut = o.work().resolve("hugo-out").resolve(Integer.toString(n));
        Cache.setAside(hugoOut, o.work());
        Files.createDirectories(hugoOut);
        ProcessRun.Stats h =
            ProcessRun.run(
                List.of("hugo", "--quiet", "-s", hugoSite.toString(), "-d", hugoOut.toString()),
                o.work().resolve("runs").resolve("hugo-" + n + "-" + r));
        System.err.printf(
            "bench: hugo    N=%d run %d: exit %d, %d ms wall, %d ms CPU%n",
            n, r + 1, h.exit(), h.wallMs(), h.cpuMs());
        if (h.exit() == 0) hu.add(h);
      }
    }
    return new Report.Size(
        n, ok, heaps, live, mergeStages(stages), output, hugo ? hu : null, failure);
  }

  /**
   * The floor's row for a size, or a row saying why it could not be measured (a full disk, say).
   */
  private static String floorRow(Options o, int n, Report.Size size) throws InterruptedException {
    try {
      return floor(o, n, size);
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: floor N=" + n + " failed: " + e.getMessage());
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replace('|', '/');
      return "| " + String.format(java.util.Locale.ROOT, "%,d", n) + " | FAILED: " + why + " |";
    }
  }

  /** The floor of the size just measured, from its last run's output folder and verbose log. */
  private static String floor(Options o, int n, Report.Size size)
      throws IOException, InterruptedException {
    ProcessRun.Stats last = size.runs().get(size.runs().size() - 1);
    List<Double> drawn = size.stages().getOrDefault("charts-drawn", List.of());
    long charts = drawn.isEmpty() ? 0 : Math.round(drawn.get(drawn.size() - 1));
    Path out = o.work().resolve("out").resolve(Integer.toString(n));
    Floor.Result f = Floor.measure(o, n, Cache.org(o.work(), n), out, last.stderr(), charts);
    long hugo =
        size.hugo() == null || size.hugo().isEmpty()
            ? -1
            : Report.median(size.hugo(), ProcessRun.Stats::wallMs);
    return Floor.row(n, f, Report.median(size.runs(), ProcessRun.Stats::wallMs), hugo);
  }

  private static Map<String, List<Double>> mergeStages(List<Map<String, Double>> runs) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (Map<String, Double> r : runs)
      r.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    return out;
  }

  private static String serve(Options o) throws IOException, InterruptedException {
    int n = o.serve();
    Path org = Cache.org(o.work(), n);
    Path built = o.work().resolve("out").resolve(Integer.toString(n));
    ServeLatency.Result r =
        ServeLatency.measure(
            javaCommand(o),
            o.jar(),
            org,
            built,
            o.work().resolve("runs").resolve("serve-" + n),
            o.edits(),
            o.servePage());
    String text = Report.serve(n, r);
    System.out.print(text);
    return text;
  }

  static List<String> javaCommand(Options o) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(o.jvm());
    return cmd;
  }

  static Options parse(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    int runs = 3;
    int edits = 10;
    Path jar = Path.of("target/okrsite.jar");
    Path work = Path.of("target/bench");
    List<String> jvm = new ArrayList<>();
    boolean hugo = true;
    boolean requireHugo = false;
    Integer serve = null;
    String page = null;
    boolean floor = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--jvm" -> jvm.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
        case "--with-hugo" -> requireHugo = true;
        case "--no-hugo" -> hugo = false;
        case "--serve" -> serve = Integer.valueOf(args[++i]);
        case "--edits" -> edits = Integer.parseInt(args[++i]);
        case "--serve-page" -> page = args[++i];
        case "--floor" -> floor = true;
        case "--no-json" -> System.setProperty(ServeLatency.NO_JSON, "true");
        default -> sizes.add(Integer.valueOf(args[i].replace("_", "").replace(",", "")));
      }
    }
    if (sizes.isEmpty()) sizes = List.of(100, 1000, 10000, 50000);
    return new Options(sizes, runs, jar, work, jvm, hugo, requireHugo, serve, edits, page, floor);
  }
}
