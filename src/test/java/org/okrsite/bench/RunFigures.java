package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the figures a build leaves behind: its GC log, its {@code stages:} line, its output folder.
 */
final class RunFigures {
  private static final Pattern GC_BEFORE =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");
  private static final Pattern EXIT_USED = Pattern.compile("heap\\s+total\\s+\\d+K, used (\\d+)K");

  /** The serial collector's exit lines: young and old generations, to be added up. */
  private static final Pattern EXIT_GENERATION =
      Pattern.compile("generation\\s+total\\s+\\d+K, used (\\d+)K");

  private static final Pattern STAGE = Pattern.compile("([A-Za-z_-]+)=([0-9.]+)(ms|s)\\b");

  private RunFigures() {}

  /** The JVM options that make {@link #peakHeapMb} possible. */
  static String gcLogOption(Path log) {
    return "-Xlog:gc,gc+heap+exit:file=" + log + "::filecount=0";
  }

  /**
   * The largest heap occupancy the log shows: heap-before of every collection, and the heap in use
   * at exit. Between collections the heap can be fuller than this, by at most one young generation.
   */
  static long peakHeapMb(Path log) throws IOException {
    if (!Files.exists(log)) return -1;
    String text = Files.readString(log, StandardCharsets.UTF_8);
    long max = -1;
    Matcher m = GC_BEFORE.matcher(text);
    while (m.find()) max = Math.max(max, mb(m.group(1), m.group(2)));
    Matcher e = EXIT_USED.matcher(text);
    while (e.find()) max = Math.max(max, Long.parseLong(e.group(1)) / 1024);
    Matcher g = EXIT_GENERATION.matcher(text);
    long generations = 0;
    while (g.find()) generations += Long.parseLong(g.group(1));
    return Math.max(max, generations / 1024);
  }

  /** The largest heap left after any collection in the log, in MB; -1 when no collection ran. */
  static long liveHeapMb(Path log) throws IOException {
    if (!Files.exists(log)) return -1;
    long max = -1;
    Matcher m = GC_BEFORE.matcher(Files.readString(log, StandardCharsets.UTF_8));
    while (m.find()) max = Math.max(max, mb(m.group(3), m.group(4)));
    return max;
  }

  private static long mb(String value, String unit) {
    long v = Long.parseLong(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }

  private static final java.util.regex.Pattern CHARTS =
      java.util.regex.Pattern.compile(
          "charts: (\\d+) drawn in (\\d+)ms(?: \\([^)]*\\))?, (\\d+) from the cache");

  /**
   * Stage timings in ms from the build's {@code stages: load=12ms link=3ms ...} line; empty if
   * none.
   */
  static Map<String, Double> stages(String stderr) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : (stderr == null ? "" : stderr).split("\n")) {
      Matcher c = CHARTS.matcher(line);
      if (c.lookingAt()) {
        // the cost per chart, from "charts: 6841 drawn in 9140ms (1.3 ms/chart), 25 from the cache"
        double drawn = Double.parseDouble(c.group(1));
        double ms = Double.parseDouble(c.group(2));
        out.put("charts-drawn", drawn);
        out.put("charts-cached", Double.parseDouble(c.group(3)));
        if (drawn > 0) out.put("us/chart", ms * 1000 / drawn);
        continue;
      }
      if (!line.startsWith("stages:")) continue;
      Matcher m = STAGE.matcher(line.substring("stages:".length()));
      while (m.find()) {
        double v = Double.parseDouble(m.group(2));
        out.put(m.group(1), m.group(3).equals("s") ? v * 1000 : v);
      }
    }
    return out;
  }

  /** What a site folder holds. */
  record Output(long files, long pages, long svgFiles, long inlineSvgs, long bytes) {}

  static Output count(Path site) throws IOException {
    if (!Files.isDirectory(site)) return new Output(0, 0, 0, 0, 0);
    long[] c = new long[5];
    try (Stream<Path> w = Files.walk(site)) {
      for (Path p : (Iterable<Path>) w.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(".okrsite")) continue;
        c[0]++;
        c[4] += Files.size(p);
        if (name.endsWith(".html")) {
          c[1]++;
          c[3] += occurrences(Files.readString(p, StandardCharsets.UTF_8), "<svg");
        } else if (name.endsWith(".svg")) {
          c[2]++;
        }
      }
    }
    return new Output(c[0], c[1], c[2], c[3], c[4]);
  }

  private static long occurrences(String text, String what) {
    long n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
    return n;
  }
}
