package org.okrsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers requests from the current {@link SiteSnapshot}: site files with their media types, {@code
 * index.html} for folders, the site's {@code 404.html} for what is missing, and the server's own
 * files under {@code /__okrsite/}. HTML gets the live-reload tag and, while the latest build has
 * errors, the error overlay.
 */
final class SiteHandler implements HttpHandler {
  private static final String NOT_FOUND = "404.html";
  private final Supplier<SiteSnapshot> snapshot;
  private final LiveReload reload;

  SiteHandler(Supplier<SiteSnapshot> snapshot, LiveReload reload) {
    this.snapshot = snapshot;
    this.reload = reload;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
        return;
      }
      String raw = ex.getRequestURI().getPath();
      if (raw.equals(LiveReload.EVENTS_PATH)) {
        reload.stream(ex);
        return;
      }
      if (raw.equals(LiveReload.SCRIPT_PATH)) {
        send(ex, 200, "text/javascript; charset=utf-8", bytes(LiveReload.SCRIPT));
        return;
      }
      if (raw.equals(ErrorOverlay.CSS_PATH)) {
        send(ex, 200, "text/css; charset=utf-8", bytes(ErrorOverlay.CSS));
        return;
      }
      Optional<String> path = SitePaths.resolve(raw);
      if (path.isEmpty()) {
        send(ex, 400, "text/plain; charset=utf-8", bytes("bad path\n"));
        return;
      }
      serve(ex, path.get(), snapshot.get());
    }
  }

  private void serve(HttpExchange ex, String path, SiteSnapshot s) throws IOException {
    if (s.files().isEmpty()) {
      // No good build yet: every page is the list of errors.
      send(
          ex,
          s.failing() ? 500 : 503,
          "text/html; charset=utf-8",
          html(ErrorOverlay.page(s.errors()), s));
      return;
    }
    byte[] body = s.files().get(path);
    if (body == null && s.files().containsKey(path + "/index.html")) {
      ex.getResponseHeaders().set("Location", "/" + path + "/");
      send(ex, 301, "text/plain; charset=utf-8", bytes("moved to /" + path + "/\n"));
      return;
    }
    int status = 200;
    if (body == null) {
      status = 404;
      path = NOT_FOUND;
      body =
          s.files()
              .getOrDefault(
                  NOT_FOUND, bytes("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>"));
    }
    if (ContentTypes.isHtml(path)) body = html(new String(body, StandardCharsets.UTF_8), s);
    send(ex, status, ContentTypes.of(path), body);
  }

  /** Adds the live-reload tag (and the overlay while failing) to a served page only. */
  static byte[] html(String page, SiteSnapshot s) {
    String overlay =
        s.failing() && !page.contains(ErrorOverlay.ID) ? ErrorOverlay.fragment(s.errors()) : "";
    String tag = LiveReload.tag(s.version());
    String out = page;
    if (!overlay.isEmpty()) {
      int body = indexOfTag(out, "<body");
      int at = body < 0 ? 0 : out.indexOf('>', body) + 1;
      out = out.substring(0, at) + overlay + out.substring(at);
    }
    int end = out.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
    out = end < 0 ? out + tag : out.substring(0, end) + tag + out.substring(end);
    return bytes(out);
  }

  private static int indexOfTag(String page, String tag) {
    return page.toLowerCase(java.util.Locale.ROOT).indexOf(tag);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
