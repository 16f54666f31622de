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
import org.okrsite.QuickEdit;
import org.okrsite.SiteBuilder;
import org.okrsite.check.Report;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;
import org.okrsite.escape.Terminal;

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
  // parsed files and drawn charts kept between rebuilds: a save re-parses one file, redraws its
  // charts
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
    if (!Files.isDirectory(source))
      throw new IOException("source folder '" + source + "' does not exist");
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

  /** What is served now (for tests). */
  SiteSnapshot snapshot() {
    return current.get();
  }

  /** The version of the latest build, good or failed; increases by one per build. */
  public long version() {
    return current.get().version();
  }

  /** The last good build's state, for the quick path; null before the first good build. */
  private QuickEdit.Live live;

  /** Counts quick edits, so a full build that started before one does not undo it. */
  private long quickEdits;

  /** One full build at a time, on the watcher thread or in the background. */
  private final Object fullBuild = new Object();

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(daemons("okrsite-rebuild-"));
  private final java.util.concurrent.atomic.AtomicBoolean backgroundQueued =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Builds the site in memory and swaps it in; on errors keeps the last good files. */
  void rebuild() {
    rebuild(null);
  }

  /**
   * Reacts to saved files ({@code changed}: absolute paths, or null when unknown): the quick path
   * when they are edited check-ins ({@link QuickEdit}), then a full build in the background;
   * otherwise a full build now.
   */
  void rebuild(java.util.Set<Path> changed) {
    if (changed != null && !changed.isEmpty() && quick(changed)) {
      if (backgroundQueued.compareAndSet(false, true)) background.submit(this::backgroundBuild);
      return;
    }
    fullRebuild();
  }

  private boolean quick(java.util.Set<Path> changed) {
    long start = System.nanoTime();
    // A background build running now is out of date whatever this edit is: it stops at its next
    // stage or file, so that the edit does not share the cores with it. A build that is started
    // (again) after this edit clears the cancel.
    buildCache.cancelRunningBuild();
    synchronized (this) {
      if (live == null || current.get().failing()) return false;
      java.util.Optional<QuickEdit.Applied> applied;
      try {
        applied = QuickEdit.apply(live, changed);
      } catch (RuntimeException e) {
        return false; // the full build will report whatever this was
      }
      if (applied.isEmpty()) return false;
      live = applied.get().live();
      quickEdits++;
      SiteSnapshot next = new SiteSnapshot(live.files(), List.of(), current.get().version() + 1);
      current.set(next);
      reload.publish(next.version());
      List<Diagnostic> found = applied.get().found();
      if (!found.isEmpty()) config.log().print(Report.text(found));
      config
          .log()
          .println(
              "Updated "
                  + applied.get().pages().size()
                  + " objective pages in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms; rebuilding the rest of the site");
      config.log().flush();
      return true;
    }
  }

  /**
   * The full build after quick edits; thrown away and run again if another quick edit came
   * meanwhile.
   */
  private void backgroundBuild() {
    backgroundQueued.set(false);
    long before;
    synchronized (this) {
      before = quickEdits;
    }
    fullRebuild(before);
  }

  private void fullRebuild() {
    fullRebuild(-1);
  }

  /**
   * A full build; when {@code onlyIfQuickEdits} is not -1, it is kept only if no quick edit came
   * meanwhile.
   */
  private void fullRebuild(long onlyIfQuickEdits) {
    synchronized (fullBuild) {
      long start = System.nanoTime();
      PrintWriter log = config.log();
      SiteBuilder.Rendered r = null;
      RuntimeException bug = null;
      synchronized (this) {
        if (onlyIfQuickEdits == -1 || onlyIfQuickEdits == quickEdits) buildCache.clearCancel();
      }
      try {
        r = SiteBuilder.render(config.options(), SiteBuilder.Progress.NONE, buildCache);
      } catch (java.util.concurrent.CancellationException e) {
        // a newer edit came in and is served; build again with it
        if (backgroundQueued.compareAndSet(false, true)) background.submit(this::backgroundBuild);
        return;
      } catch (RuntimeException e) {
        bug = e;
      } catch (OutOfMemoryError e) {
        // the server holds the served site and the next one in memory: say what to do, keep serving
        r = null;
        bug =
            new IllegalStateException(
                "out of memory while building; start serve with more heap, e.g. "
                    + "JAVA_TOOL_OPTIONS=-Xmx8g",
                e);
      }
      synchronized (this) {
        if (onlyIfQuickEdits != -1 && onlyIfQuickEdits != quickEdits) {
          if (backgroundQueued.compareAndSet(false, true)) background.submit(this::backgroundBuild);
          return; // a newer quick edit is being served; build again with it
        }
        SiteSnapshot before = current.get();
        SiteSnapshot next;
        if (bug != null) {
          // A bug in a stage must not kill the server: show it like a content error.
          Diagnostic d =
              Diagnostic.of(
                  Severity.ERROR,
                  org.okrsite.diagnostic.SourcePosition.ofFile("."),
                  org.okrsite.diagnostic.Rule.INTERNAL_ERROR,
                  "okrsite failed to build: " + bug,
                  "this is a bug in okrsite; please report it");
          next = new SiteSnapshot(before.files(), List.of(d), before.version() + 1);
          log.println(Terminal.text(d.line()));
        } else {
          List<Diagnostic> ds = r.result().diagnostics();
          if (r.result().hasErrors()) {
            next =
                new SiteSnapshot(
                    before.files(),
                    ds.stream().filter(d -> d.severity() == Severity.ERROR).toList(),
                    before.version() + 1);
            log.print(Report.text(ds));
            log.println(Report.summary(ds) + " — still serving the last good site");
          } else {
            java.util.Map<String, byte[]> files = r.files().all();
            next = new SiteSnapshot(files, List.of(), before.version() + 1);
            live =
                QuickEdit.Live.of(r.result(), next.files(), config.options(), buildCache.charts());
            if (!ds.isEmpty()) log.print(Report.text(ds));
            log.println(
                "Built "
                    + r.files().size()
                    + " files as of "
                    + r.result().asOf()
                    + " in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms");
          }
        }
        log.flush();
        current.set(next);
        reload.publish(next.version());
      }
    }
  }

  @Override
  public void close() {
    if (watcher != null) watcher.close();
    background.shutdownNow();
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
