package org.okrsite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.okrsite.SiteBuilder;
import org.okrsite.check.Report;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;

/**
 * The development server. Threads: the HTTP server's pool (one short task per request, one held
 * task per open live-reload stream), and one watcher thread that also runs every rebuild, so builds
 * never overlap. The served state is one immutable {@link SiteSnapshot} swapped atomically.
 *
 * <pre>{@code
 * try (DevServer s = DevServer.start(new DevServer.Config(options, "127.0.0.1", 0, log))) {
 *   System.out.println(s.url());
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {
  /** How long the watcher waits for a burst of saves to end before rebuilding. */
  static final long DEBOUNCE_MS = 50;
  /** How often the watcher also compares the tree, for file systems that report late. */
  static final long POLL_MS = 300;

  /**
   * How to serve.
   *
   * @param options what to build (the output folder is ignored: nothing is written)
   * @param bind the address to listen on; 127.0.0.1 unless asked otherwise
   * @param port the port; 0 picks a free one
   * @param log where build results and problems are printed
   */
  public record Config(SiteBuilder.Options options, String bind, int port, PrintWriter log) {}

  private final Config config;
  private final AtomicReference<SiteSnapshot> current = new AtomicReference<>(SiteSnapshot.EMPTY);
  private final LiveReload reload = new LiveReload();
  // parsed files and drawn charts kept between rebuilds: a save re-parses one file, redraws its charts
  private final SiteBuilder.BuildCache buildCache = SiteBuilder.BuildCache.create();
  private final HttpServer http;
  private final ExecutorService pool;
  private SourceWatcher watcher;

  private DevServer(Config config, HttpServer http, ExecutorService pool) {
    this.config = config;
    this.http = http;
    this.pool = pool;
  }

  /**
   * Builds once, starts serving and watching. The first build may fail: the server then shows the
   * errors until a change fixes them.
   *
   * @throws IOException when the address cannot be bound (port in use) or the source not watched
   */
  public static DevServer start(Config config) throws IOException {
    Path source = config.options().source();
    if (!Files.isDirectory(source)) throw new IOException("source folder '" + source + "' does not exist");
    HttpServer http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
    ExecutorService pool = Executors.newCachedThreadPool(daemons("okrsite-http-"));
    DevServer s = new DevServer(config, http, pool);
    s.rebuild();
    http.createContext("/", new SiteHandler(s.current::get, s.reload));
    http.setExecutor(pool);
    http.start();
    try {
      s.watcher = new SourceWatcher(source, DEBOUNCE_MS, POLL_MS, s::rebuild);
      s.watcher.start();
    } catch (IOException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** The address to open, e.g. {@code http://127.0.0.1:1313/}. */
  public String url() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getHostString();
    if (host.contains(":")) host = "[" + host + "]";
    return "http://" + host + ":" + a.getPort() + "/";
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The version of the latest build, good or failed; increases by one per build. */
  public long version() {
    return current.get().version();
  }

  /** Builds the site in memory and swaps it in; on errors keeps the last good files. */
  synchronized void rebuild() {
    long start = System.nanoTime();
    SiteSnapshot before = current.get();
    SiteSnapshot next;
    PrintWriter log = config.log();
    try {
      SiteBuilder.Rendered r = SiteBuilder.render(config.options(), SiteBuilder.Progress.NONE, buildCache);
      List<Diagnostic> ds = r.result().diagnostics();
      if (r.result().hasErrors()) {
        next = new SiteSnapshot(before.files(), ds.stream().filter(d -> d.severity() == Severity.ERROR).toList(),
            before.version() + 1);
        log.print(Report.text(ds));
        log.println(Report.summary(ds) + " — still serving the last good site");
      } else {
        next = new SiteSnapshot(r.files().all(), List.of(), before.version() + 1);
        if (!ds.isEmpty()) log.print(Report.text(ds));
        log.println("Built " + r.files().size() + " files as of " + r.result().asOf() + " in "
            + (System.nanoTime() - start) / 1_000_000 + " ms");
      }
    } catch (RuntimeException e) {
      // A bug in a stage must not kill the server: show it like a content error.
      Diagnostic bug = new Diagnostic(Severity.ERROR, org.okrsite.diagnostic.SourcePosition.ofFile("."),
          "internal-error", "okrsite failed to build: " + e, "this is a bug in okrsite; please report it");
      next = new SiteSnapshot(before.files(), List.of(bug), before.version() + 1);
      log.println(bug.line());
    }
    log.flush();
    current.set(next);
    reload.publish(next.version());
  }

  @Override
  public void close() {
    if (watcher != null) watcher.close();
    reload.close();
    http.stop(0);
    pool.shutdownNow();
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
