package org.okrsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.okrsite.SiteBuilder;

/**
 * The example site ({@code content/} as of 2026-11-23), built once per test JVM into a temporary
 * folder and served read-only by the JDK's HTTP server on 127.0.0.1 at an ephemeral port. Building
 * takes seconds, so every browser test class shares this one copy.
 */
final class ExampleSite {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "css",
          "text/css; charset=utf-8",
          "js",
          "text/javascript; charset=utf-8",
          "json",
          "application/json",
          "svg",
          "image/svg+xml",
          "xml",
          "application/xml",
          "png",
          "image/png");
  private static ExampleSite shared;

  final Path root;
  private final HttpServer server;

  private ExampleSite(Path root, HttpServer server) {
    this.root = root;
    this.server = server;
  }

  /** The shared site, built and served on first use; removed when the JVM exits. */
  static synchronized ExampleSite get() {
    if (shared != null) return shared;
    try {
      Path tmp = Files.createTempDirectory("okrsite-browser");
      Path root = tmp.resolve("public");
      SiteBuilder.Result r =
          SiteBuilder.build(
              new SiteBuilder.Options(Path.of("content"), root, AS_OF, false, false, true));
      if (r.hasErrors()) throw new AssertionError("example content has errors: " + r.diagnostics());
      shared = new ExampleSite(root, serve(root));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    shared.server.stop(0);
                    delete(tmp);
                  }));
      return shared;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The http:// address of a page, given relative to the site root. */
  String http(String page) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
  }

  /** The file:// address of a page, given relative to the site root. */
  String file(String page) {
    return root.resolve(page).toUri().toString();
  }

  private static HttpServer serve(Path root) throws IOException {
    System.setProperty(
        "sun.net.httpserver.nodelay", "true"); // else small responses wait for a delayed ACK
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> answer(root, exchange));
    server.start();
    return server;
  }

  // Like a plain static server: the file with its media type, or 404.html with status 404.
  private static void answer(Path root, HttpExchange exchange) throws IOException {
    String rel = exchange.getRequestURI().getPath().substring(1);
    Path file = root.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
    boolean ok = file.startsWith(root) && Files.isRegularFile(file);
    Path sent = ok ? file : root.resolve("404.html");
    byte[] body = Files.readAllBytes(sent);
    String name = sent.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1);
    exchange
        .getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
    exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: the OS cleans its temp folder eventually
    }
  }
}
