package org.okrsite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The benchmark's Markdown: one table row per size, medians of the runs. */
final class Report {
  private Report() {}

  /** Everything measured for one size. */
  record Size(
      int people,
      List<ProcessRun.Stats> runs,
      List<Long> heapsMb,
      List<Long> liveMb,
      Map<String, List<Double>> stages,
      RunFigures.Output output,
      List<ProcessRun.Stats> hugo,
      String failure) {}

  static String header(String hugoVersion) {
    String h =
        "| people | pages | files | charts | output MB | wall s | CPU s | peak RSS MB | peak heap"
            + " MB (live) | stages (ms) |";
    String s = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    if (hugoVersion != null) {
      h += " Hugo pages | Hugo wall s | Hugo CPU s | Hugo RSS MB | wall ratio | CPU ratio |";
      s += "---:|---:|---:|---:|---:|---:|";
    }
    return (hugoVersion == null
            ? "Hugo: not installed (no comparison).\n\n"
            : "Hugo: " + hugoVersion + "\n\n")
        + h
        + "\n"
        + s
        + "\n";
  }

  static String row(int n, Size z) {
    if (z.runs().isEmpty()) {
      return "| "
          + n
          + " | "
          + (z.failure() == null
              ? "no runs (generated only)"
              : "FAILED: " + z.failure().replace('|', '/'))
          + " |";
    }
    RunFigures.Output o = z.output();
    long wall = median(z.runs(), ProcessRun.Stats::wallMs);
    long cpu = median(z.runs(), ProcessRun.Stats::cpuMs);
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "| %,d | %,d | %,d | %,d | %.1f | %s | %s | %s | %s | %s |",
            n,
            o.pages(),
            o.files(),
            o.svgFiles() + o.inlineSvgs(),
            o.bytes() / 1e6,
            sec(wall),
            sec(cpu),
            mb(median(z.runs(), ProcessRun.Stats::rssKb), 1024),
            heap(z.heapsMb(), z.liveMb()),
            stages(z.stages())));
    if (z.hugo() != null && !z.hugo().isEmpty()) {
      long hw = median(z.hugo(), ProcessRun.Stats::wallMs);
      long hc = median(z.hugo(), ProcessRun.Stats::cpuMs);
      b.append(
          String.format(
              Locale.ROOT,
              " %,d | %s | %s | %s | %s | %s |",
              o.pages(),
              sec(hw),
              sec(hc),
              mb(median(z.hugo(), ProcessRun.Stats::rssKb), 1024),
              ratio(wall, hw),
              ratio(cpu, hc)));
    } else if (z.hugo() != null) {
      b.append(" n/a | n/a | n/a | n/a | n/a | n/a |");
    }
    if (z.failure() != null)
      b.append(" (a later run failed: ").append(z.failure().replace('|', '/')).append(')');
    return b.toString();
  }

  static String serve(int n, ServeLatency.Result r) {
    if (!r.note().isEmpty() && r.json().isEmpty() && r.page().isEmpty()) return r.note() + "\n";
    String json =
        r.json().isEmpty()
            ? "edit → data/okrs.json not timed"
            : String.format(
                Locale.ROOT,
                "edit → data/okrs.json median %s ms (min %s, max %s)",
                ms(medianOf(r.json())),
                ms(min(r.json())),
                ms(max(r.json())));
    String page =
        r.page().isEmpty()
            ? "n/a"
            : String.format(
                Locale.ROOT,
                "%s ms (min %s, max %s)",
                ms(medianOf(r.page())),
                ms(min(r.page())),
                ms(max(r.page())));
    return String.format(
        Locale.ROOT,
        "serve, %,d people, %d edits of one check-in: %s; edit → objective page (%s) median"
            + " %s%n%s%n",
        n,
        Math.max(r.json().size(), r.page().size()),
        json,
        r.pagePath() == null ? "not found" : r.pagePath(),
        page,
        r.note());
  }

  static String legend() {
    return """

    Columns: pages = *.html files written; files = all files written (without the manifest); charts =
    *.svg files plus inline <svg> elements in the pages; wall = elapsed time of the whole `java -jar
    okrsite.jar build` process; CPU = user+sys time of that process (all threads); peak RSS = maximum
    resident set size (/usr/bin/time -v); peak heap = largest heap occupancy in the GC log (heap before
    each collection, and at exit), in brackets the largest heap left after a collection (live data
    plus what that collection could not free: a lower bound of what the build needs); stages = the build's own `stages:` line (medians per stage), n/a
    when it prints none. Hugo columns: `hugo --quiet -s SITE -d EMPTY_DIR` on a plain site with as many
    400-word pages as okrsite wrote, run alternately with okrsite; ratio = okrsite / Hugo (below 1.0 = faster).
    """;
  }

  private static String heap(List<Long> peak, List<Long> live) {
    return mb(medianOf(peak), 1) + " (" + mb(medianOf(live), 1) + ")";
  }

  private static String stages(Map<String, List<Double>> stages) {
    if (stages.isEmpty()) return "n/a";
    List<String> parts = new ArrayList<>();
    stages.forEach((k, v) -> parts.add(k + " " + Math.round(medianD(v))));
    return String.join(", ", parts);
  }

  static long median(List<ProcessRun.Stats> runs, ToLongFunction<ProcessRun.Stats> f) {
    return medianOf(runs.stream().map(f::applyAsLong).toList());
  }

  static long medianOf(List<Long> xs) {
    List<Long> s = xs.stream().filter(x -> x >= 0).sorted().toList();
    if (s.isEmpty()) return -1;
    int m = s.size() / 2;
    return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
  }

  private static double medianD(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int m = s.size() / 2;
    return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
  }

  private static long min(List<Long> xs) {
    return xs.stream().filter(x -> x >= 0).min(Long::compare).orElse(-1L);
  }

  private static long max(List<Long> xs) {
    return xs.stream().filter(x -> x >= 0).max(Long::compare).orElse(-1L);
  }

  static String sec(long ms) {
    return ms < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", ms / 1000.0);
  }

  private static String mb(long v, int perMb) {
    return v < 0 ? "n/a" : Long.toString(Math.round(v / (double) perMb));
  }

  private static String ms(long v) {
    return v < 0 ? "n/a (timed out)" : Long.toString(v);
  }

  private static String ratio(long a, long b) {
    return a < 0 || b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", a / (double) b);
  }
}
