package org.okrsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.scaffold.SiteTemplate;

/** Serves the starter site, edits a check-in, sees the change; breaks it, sees the overlay. */
class DevServerTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-10");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  @TempDir Path tmp;

  @Test
  void editIsServedWithinASecondAndABrokenEditShowsTheOverlay() throws Exception {
    SiteTemplate.install(tmp, AS_OF);
    Path source = tmp.resolve("content");
    // init dates the sample check-ins in the weeks before AS_OF; edit the latest one
    Path checkin;
    try (var files = Files.list(source.resolve("checkins/2026-q1/growth"))) {
      checkin = files.max(java.util.Comparator.naturalOrder()).orElseThrow();
    }
    StringWriter log = new StringWriter();
    SiteBuilder.Options o = new SiteBuilder.Options(source, null, AS_OF, false, false, false);
    try (DevServer server =
        DevServer.start(new DevServer.Config(o, "127.0.0.1", 0, new PrintWriter(log, true)))) {
      String base = server.url();
      assertTrue(base.startsWith("http://127.0.0.1:"), base);
      assertTrue(get(base + "data/okrs.json").body().contains("\"current_text\": \"46%\""));
      String index = get(base).body();
      assertTrue(
          index.contains("<script src=\"/__okrsite/reload.js\" data-version=\"1\"></script>"),
          index);

      long start = System.nanoTime();
      Files.writeString(
          checkin, Files.readString(checkin).replace("current: \"46%\"", "current: \"52%\""));
      long ms = waitFor(base + "data/okrs.json", b -> b.contains("\"current_text\": \"52%\""));
      System.out.println("serve: edited check-in served after " + ms + " ms");
      assertTrue(ms < 1000, "served after " + ms + " ms");

      Files.writeString(checkin, Files.readString(checkin) + "\n  plan: [unclosed\n");
      long broken = waitFor(base, b -> b.contains("id=\"" + ErrorOverlay.ID + "\""));
      System.out.println("serve: error overlay shown after " + broken + " ms");
      String page = get(base).body();
      String rel = source.relativize(checkin).toString().replace('\\', '/');
      assertTrue(page.contains(rel + ":"), "the contract line: " + page);
      assertTrue(
          get(base + "data/okrs.json").body().contains("\"current_text\": \"52%\""),
          "the last good site is still served");
      assertTrue(log.toString().contains("still serving the last good site"), log.toString());
      assertTrue(start > 0);
    }
  }

  @Test
  void anEditedCheckInUpdatesItsObjectivePagesAtOnceAndTheRestOfTheSiteAfter() throws Exception {
    SiteTemplate.install(tmp, AS_OF);
    Path source = tmp.resolve("content");
    Path checkin;
    try (var files = Files.list(source.resolve("checkins/2026-q1/growth"))) {
      checkin = files.max(java.util.Comparator.naturalOrder()).orElseThrow();
    }
    StringWriter log = new StringWriter();
    SiteBuilder.Options o = new SiteBuilder.Options(source, null, AS_OF, false, false, false);
    try (DevServer server =
        DevServer.start(new DevServer.Config(o, "127.0.0.1", 0, new PrintWriter(log, true)))) {
      String base = server.url();
      // the growth team's objective, whose KR2 the check-in reports at 46%
      String page = "cycles/2026-q1/objectives/growth-guided-setup.html";
      assertTrue(get(base + page).body().contains("46%"));
      assertFalse(get(base + page).body().contains("53%"));

      Files.writeString(
          checkin, Files.readString(checkin).replace("current: \"46%\"", "current: \"53%\""));
      waitFor(base + page, b -> b.contains("53%"));
      waitFor(base + "data/okrs.json", b -> b.contains("\"current_text\": \"53%\""));
      assertTrue(
          log.toString()
              .matches(
                  "(?s).*Updated \\d+ objective pages in \\d+ ms; rebuilding the rest of the site\n"
                      + "Built \\d+ files.*"),
          "the quick path, then the full build: " + log);

      // another date is not an edit in place: the whole site is built, and says so only once
      String before = log.toString();
      String text = Files.readString(checkin);
      java.util.regex.Matcher date =
          java.util.regex.Pattern.compile("date: (\\d{4}-\\d{2}-\\d{2})").matcher(text);
      assertTrue(date.find());
      LocalDate moved = LocalDate.parse(date.group(1)).minusDays(1);
      Files.writeString(checkin, text.replace("date: " + date.group(1), "date: " + moved));
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!log.toString().substring(before.length()).contains("Built ")
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      String after = log.toString().substring(before.length());
      assertFalse(after.contains("Updated"), after);
      assertTrue(after.contains("Built "), after);
    }
  }

  @Test
  void aQuickEditWithAnErrorShowsTheOverlayLikeAnyBuild() throws Exception {
    SiteTemplate.install(tmp, AS_OF);
    Path source = tmp.resolve("content");
    Path checkin;
    try (var files = Files.list(source.resolve("checkins/2026-q1/growth"))) {
      checkin = files.max(java.util.Comparator.naturalOrder()).orElseThrow();
    }
    SiteBuilder.Options o = new SiteBuilder.Options(source, null, AS_OF, false, false, false);
    try (DevServer server =
        DevServer.start(
            new DevServer.Config(o, "127.0.0.1", 0, new PrintWriter(new StringWriter())))) {
      String base = server.url();
      String text = Files.readString(checkin);
      java.util.regex.Matcher kr = java.util.regex.Pattern.compile("- id: (\\S+)").matcher(text);
      assertTrue(kr.find(), text);
      Files.writeString(
          checkin,
          text.replaceFirst("- id: " + java.util.regex.Pattern.quote(kr.group(1)), "- id: KR99"));
      waitFor(
          base,
          b -> b.contains("id=\"" + ErrorOverlay.ID + "\"") && b.contains("checkin-unknown-kr"));
    }
  }

  @Test
  void contentTypesFoldersNotFoundAndTraversal() throws Exception {
    SiteTemplate.install(tmp, AS_OF);
    SiteBuilder.Options o =
        new SiteBuilder.Options(tmp.resolve("content"), null, AS_OF, false, false, false);
    try (DevServer server =
        DevServer.start(
            new DevServer.Config(o, "127.0.0.1", 0, new PrintWriter(new StringWriter())))) {
      String base = server.url();
      HttpResponse<String> json = get(base + "data/okrs.json");
      assertEquals(200, json.statusCode());
      assertEquals(
          "application/json; charset=utf-8",
          json.headers().firstValue("Content-Type").orElseThrow());
      assertFalse(json.body().contains("okrsite/reload.js"), "only HTML gets the script");
      assertEquals(
          "application/atom+xml; charset=utf-8",
          get(base + "feeds/company.xml").headers().firstValue("Content-Type").orElseThrow());
      assertEquals(404, get(base + "no/such/page.html").statusCode());
      assertEquals(400, get(base + "%2e%2e/%2e%2e/etc/passwd").statusCode());
      assertEquals(400, get(base + "data/..%2f..%2fsecret").statusCode());
      assertEquals(200, get(base + "__okrsite/reload.js").statusCode());
      assertTrue(get(base + "index.html").body().startsWith("<!DOCTYPE html>"));
    }
  }

  @Test
  void sitePaths() {
    assertEquals("index.html", SitePaths.resolve("/").orElseThrow());
    assertEquals("teams/index.html", SitePaths.resolve("/teams/").orElseThrow());
    assertEquals("a/b.html", SitePaths.resolve("/a/b.html").orElseThrow());
    assertTrue(SitePaths.resolve("/../x").isEmpty());
    assertTrue(SitePaths.resolve("/a/./x").isEmpty());
    assertTrue(SitePaths.resolve("/a\\..\\x").isEmpty());
    assertTrue(SitePaths.resolve("relative").isEmpty());
  }

  /** Polls every 50 ms for up to 5 s; returns the milliseconds it took. */
  private long waitFor(String url, Predicate<String> ok) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 5_000_000_000L) {
      if (ok.test(get(url).body())) return (System.nanoTime() - start) / 1_000_000;
      Thread.sleep(50);
    }
    throw new AssertionError("not served within 5 s: " + url);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
