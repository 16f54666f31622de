package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command as a separate process and measures it: wall time (here), CPU time and peak RSS
 * (from {@code /usr/bin/time -v} when present, which counts the descendants a process waited for,
 * else by polling {@code /proc/PID} of the process and its descendants).
 */
final class ProcessRun {
  static final Path TIME = Path.of("/usr/bin/time");

  /** What one run measured; {@code cpuMs}/{@code rssKb} are -1 when unknown. */
  record Stats(int exit, long wallMs, long cpuMs, long rssKb, String stdout, String stderr) {}

  private ProcessRun() {}

  static Stats run(List<String> command, Path scratch) throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path out = scratch.resolve("stdout.txt");
    Path err = scratch.resolve("stderr.txt");
    Path timeFile = scratch.resolve("time.txt");
    boolean useTime = Files.isExecutable(TIME);
    List<String> cmd = new ArrayList<>();
    if (useTime) cmd.addAll(List.of(TIME.toString(), "-v", "-o", timeFile.toString()));
    cmd.addAll(command);
    Files.deleteIfExists(timeFile);
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    // okrsite may run the build in a JVM of its own (BatchJvm): the process and its descendants
    // count
    java.util.Map<Long, Long> cpuByPid = new java.util.HashMap<>();
    long[] rssMax = {-1};
    if (!useTime) {
      while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        poll(p.pid(), cpuByPid, rssMax);
        p.descendants().forEach(d -> poll(d.pid(), cpuByPid, rssMax));
      }
    }
    int exit = p.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    long cpu =
        cpuByPid.isEmpty() ? -1 : cpuByPid.values().stream().mapToLong(Long::longValue).sum();
    long rss = rssMax[0];
    if (useTime && Files.exists(timeFile)) {
      String t = Files.readString(timeFile);
      double user = number(t, "User time \\(seconds\\): ([0-9.]+)");
      double sys = number(t, "System time \\(seconds\\): ([0-9.]+)");
      cpu = user < 0 ? -1 : Math.round((user + sys) * 1000);
      rss = (long) number(t, "Maximum resident set size \\(kbytes\\): (\\d+)");
    }
    return new Stats(
        exit,
        wall,
        cpu,
        rss,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * The CPU ms (utime+stime, assuming 100 ticks/s) of a live process, by pid, and the largest VmHWM
   * seen; the last sample is kept when it exits.
   */
  private static void poll(long pid, java.util.Map<Long, Long> cpuByPid, long[] rssMax) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      cpuByPid.put(pid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10);
      String status = Files.readString(Path.of("/proc/" + pid + "/status"));
      double hwm = number(status, "VmHWM:\\s+(\\d+) kB");
      if (hwm >= 0) rssMax[0] = Math.max(rssMax[0], (long) hwm);
    } catch (IOException | RuntimeException e) {
      // the process ended between two polls: keep the last sample
    }
  }

  static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
