package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same built site works served under a sub-path ({@code /intranet/okrs/}) by the JDK's HTTP
 * server and straight from the file system ({@code file://}): every link followed from {@code
 * index.html} answers 200 / names an existing file.
 */
class SubPathTest {
  static final String PREFIX = "/intranet/okrs/";
  @TempDir static Path out;
  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.build(BuiltSite.EXAMPLE, out.resolve("public"));
  }

  @Test
  void everyLinkAnswers200UnderASubPath() throws Exception {
    System.setProperty(
        "sun.net.httpserver.nodelay", "true"); // else each small response waits for a delayed ACK
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        PREFIX,
        exchange -> {
          String rel = exchange.getRequestURI().getPath().substring(PREFIX.length());
          Path file = site.root.resolve(rel).normalize();
          boolean ok = file.startsWith(site.root) && Files.isRegularFile(file);
          byte[] body = ok ? Files.readAllBytes(file) : new byte[0];
          exchange.sendResponseHeaders(ok ? 200 : 404, body.length == 0 ? -1 : body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.start();
    try {
      URI start =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "index.html");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Set<URI> seen = new TreeSet<>();
      List<String> failed = new ArrayList<>();
      Deque<URI> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        URI uri = todo.pop();
        if (!seen.add(uri)) continue;
        HttpResponse<String> r =
            client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          failed.add(uri + " " + r.statusCode());
          continue;
        }
        if (!uri.getPath().endsWith(".html")) continue;
        for (String link : BuiltSite.urls(r.body())) {
          if (BuiltSite.isExternal(link)) continue;
          URI next = uri.resolve(link);
          next = new URI(next.getScheme(), next.getAuthority(), next.getPath(), null, null);
          assertTrue(
              next.getPath().startsWith(PREFIX),
              "link leaves the sub-path: " + uri + " -> " + link);
          if (!seen.contains(next)) todo.push(next);
        }
      }
      assertEquals(List.of(), failed);
      assertTrue(seen.size() > 150, "crawled " + seen.size());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void everyRelativeLinkMapsToAFileFromFileUrls() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String page : site.pages()) {
      URI base = site.root.resolve(page).toUri();
      for (String link : BuiltSite.urls(site.read(page))) {
        if (BuiltSite.isExternal(link)) continue;
        URI target = base.resolve(link);
        Path file = Path.of(new URI(target.getScheme(), null, target.getPath(), null));
        if (!Files.isRegularFile(file)) missing.add(page + " -> " + link);
      }
    }
    assertEquals(List.of(), missing);
  }
}
