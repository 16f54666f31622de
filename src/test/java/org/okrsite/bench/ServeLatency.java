package org.okrsite.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures edit-to-served latency of {@code okrsite serve}: rewrites one person's latest check-in
 * with a new KR1 value and polls {@code data/okrs.json} (and the objective's page, when found)
 * until a response holds it. Tolerant: a serve command that does not start yields "not available".
 */
final class ServeLatency {
  private static final Pattern URL =
      Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost|\\[::1\\]):(\\d+)");
  private static final Pattern CURRENT = Pattern.compile("(?m)^(      current: \")([^\"]*)(\")");

  /** Medians over the edits, in ms; -1 where nothing was measured. */
  record Result(String note, List<Long> json, List<Long> page, String pagePath) {}

  /** System property set by {@code --no-json}: time the page only. */
  static final String NO_JSON = "okrsite.bench.noJson";

  private ServeLatency() {}

  static Result measure(
      List<String> java,
      Path jar,
      Path org,
      Path builtSite,
      Path scratch,
      int edits,
      String pagePattern)
      throws IOException, InterruptedException {
    Path target = latestPersonCheckIn(org).orElse(null);
    if (target == null)
      return new Result("serve: no person check-in to edit", List.of(), List.of(), null);
    String objectiveId = target.getParent().getFileName() + "-2026-q4";
    List<String> cmd = new ArrayList<>(java);
    cmd.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "-s",
            org.toString(),
            "--port",
            "0",
            "--as-of",
            OrgGenerator.AS_OF.toString()));
    Files.createDirectories(scratch);
    Path log = scratch.resolve("serve.log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    byte[] original = Files.readAllBytes(target);
    try {
      Integer port = awaitPort(p, log);
      if (port == null) {
        String first = Files.readString(log).lines().findFirst().orElse("");
        return new Result(
            "serve: not available ("
                + (p.isAlive() ? "no URL printed" : "exit " + p.exitValue())
                + (first.isEmpty() ? "" : ": " + first)
                + ")",
            List.of(),
            List.of(),
            null);
      }
      String base = "http://127.0.0.1:" + port + "/";
      String page =
          pagePattern != null
              ? pagePattern.replace("{id}", objectiveId)
              : findPage(builtSite, objectiveId);
      List<Long> json = new ArrayList<>();
      List<Long> pages = new ArrayList<>();
      String text = new String(original, StandardCharsets.UTF_8);
      for (int i = 0; i < edits; i++) {
        Matcher m = CURRENT.matcher(text);
        if (!m.find())
          return new Result("serve: no KR1 'current:' line in " + target, json, pages, page);
        String value = newValue(m.group(2), i);
        String token = "bench-edit-" + i + "-" + System.nanoTime();
        String edited =
            m.replaceFirst("$1" + Matcher.quoteReplacement(value) + "$3")
                .replaceFirst("(?m)^(      note: \")[^\"]*", "$1" + token);
        long t0 = System.nanoTime();
        Files.writeString(target, edited);
        // --no-json: at 10,000 people okrs.json is some 300 MB, and polling it would measure the
        // poller
        Poller a =
            Boolean.getBoolean(NO_JSON)
                ? null
                : new Poller(base + "data/okrs.json", value, null, t0);
        Poller b = page == null ? null : new Poller(base + page, value, token, t0);
        if (a != null) a.start();
        if (b != null) b.start();
        if (a != null) a.join();
        if (b != null) b.join();
        if (a != null) json.add(a.elapsedMs);
        if (b != null) pages.add(b.elapsedMs);
        Thread.sleep(300);
      }
      return new Result("", json, pages, page);
    } finally {
      Files.write(target, original);
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
    }
  }

  /** A new value in the KR's unit that is unique per edit and has no trailing zero: 38 → 38.713. */
  static String newValue(String current, int i) {
    Matcher m = Pattern.compile("\\d[\\d,]*(\\.\\d+)?").matcher(current);
    if (!m.find()) return current;
    String whole = m.group().replace(",", "").replaceAll("\\..*", "");
    return current.substring(0, m.start())
        + whole
        + ".7"
        + (i + 1)
        + "3"
        + current.substring(m.end());
  }

  private static Integer awaitPort(Process p, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(Files.readString(log));
      if (m.find() && !m.group(1).equals("0")) return Integer.valueOf(m.group(1));
      if (!p.isAlive()) return null;
      Thread.sleep(50);
    }
    return null;
  }

  static Optional<Path> latestPersonCheckIn(Path org) throws IOException {
    try (Stream<Path> w = Files.walk(org.resolve("checkins/2026-q4"))) {
      List<Path> all =
          w.filter(f -> f.getParent().getParent().getFileName().toString().equals("people"))
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .toList();
      if (all.isEmpty()) return Optional.empty();
      Path dir = all.get(0).getParent();
      return all.stream().filter(f -> f.getParent().equals(dir)).max(Comparator.naturalOrder());
    }
  }

  /** The objective's page in a site built earlier: the shortest *.html path that holds its id. */
  private static String findPage(Path site, String id) throws IOException {
    if (site == null || !Files.isDirectory(site)) return null;
    try (Stream<Path> w = Files.walk(site)) {
      return w.map(site::relativize)
          .map(x -> x.toString().replace('\\', '/'))
          .filter(x -> x.endsWith(".html") && x.contains(id))
          .min(Comparator.comparingInt(String::length))
          .orElse(null);
    }
  }

  /** Polls one URL until its body holds {@code value} (or {@code token}); gives up after 60 s. */
  private static final class Poller extends Thread {
    private final String url;
    private final String value;
    private final String token;
    private final long t0;
    long elapsedMs = -1;

    Poller(String url, String value, String token, long t0) {
      this.url = url;
      this.value = value;
      this.token = token;
      this.t0 = t0;
      setDaemon(true);
    }

    @Override
    public void run() {
      long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        String body = get(url);
        if (body != null && (body.contains(value) || (token != null && body.contains(token)))) {
          elapsedMs = (System.nanoTime() - t0) / 1_000_000;
          return;
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static String get(String url) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(10000);
        c.setRequestProperty("Cache-Control", "no-cache");
        try (var in = c.getInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
          c.disconnect();
        }
      } catch (IOException e) {
        return null;
      }
    }
  }
}
