package org.okrsite.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reloads open pages after a rebuild. Pages get {@code <script src="/__okrsite/reload.js">} (a
 * same-origin file, so a strict Content-Security-Policy allows it); the script listens to the
 * server-sent events of {@code /__okrsite/events} and reloads when the build version differs from
 * the one the page was served with. Only served HTML gets the script; the built site never does.
 */
final class LiveReload {
  static final String SCRIPT_PATH = "/__okrsite/reload.js";
  static final String EVENTS_PATH = "/__okrsite/events";
  static final String SCRIPT =
      """
      (function () {
        var me = document.currentScript, loaded = me && me.getAttribute('data-version');
        if (!window.EventSource) return;
        var es = new EventSource('/__okrsite/events');
        es.addEventListener('version', function (e) {
          if (loaded !== null && e.data !== loaded) { es.close(); location.reload(); }
        });
      })();
      """;
  private static final long HEARTBEAT_MS = 15_000;
  private final Object lock = new Object();
  private long version;
  private boolean closed;

  /** The tag to put before {@code </body>} of a page built at {@code version}. */
  static String tag(long version) {
    return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + version + "\"></script>";
  }

  /** Tells every open page that the site is now at {@code v}. */
  void publish(long v) {
    synchronized (lock) {
      version = v;
      lock.notifyAll();
    }
  }

  /** Wakes every event stream so that its thread ends. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  /**
   * Holds an event stream open on this (pool) thread until the browser goes away or the server
   * stops; sends the current version at once and after every build, and a comment now and then so
   * that proxies keep the connection.
   */
  void stream(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      send(out, "retry: 300\n\n");
      long sent = -1;
      while (true) {
        long v;
        synchronized (lock) {
          long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MS);
          while (!closed && version == sent && System.nanoTime() < deadline) {
            try {
              lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          if (closed) return;
          v = version;
        }
        if (v != sent) {
          send(out, "event: version\ndata: " + v + "\n\n");
          sent = v;
        } else {
          send(out, ": still here\n\n");
        }
      }
    } catch (IOException gone) {
      // The page was closed or reloaded: nothing to do.
    }
  }

  private static void send(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
