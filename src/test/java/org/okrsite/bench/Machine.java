package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, and the Hugo beside it, for the report's heading. */
final class Machine {
  private Machine() {}

  static String describe(Benchmark.Options o) {
    String cpu = grep("/proc/cpuinfo", "model name\\s*:\\s*(.+)");
    double memKb = ProcessRun.number(read("/proc/meminfo"), "MemTotal:\\s+(\\d+) kB");
    String load = read("/proc/loadavg").trim();
    return String.format(
        Locale.ROOT,
        "# okrsite benchmark%n%nMachine: %d cores (%s), %.1f GiB RAM, Java %s, "
            + "load average at start %s. JVM options: %s. Runs per size: %d (medians).%n%n",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memKb / 1024 / 1024,
        System.getProperty("java.version"),
        load.isEmpty()
            ? "n/a"
            : load.substring(0, load.indexOf(' ', load.indexOf(' ', load.indexOf(' ') + 1) + 1)),
        o.jvm().isEmpty() ? "(defaults)" : String.join(" ", o.jvm()),
        o.runs());
  }

  private static String grep(String file, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(read(file));
    return m.find() ? m.group(1).trim() : "unknown CPU";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
