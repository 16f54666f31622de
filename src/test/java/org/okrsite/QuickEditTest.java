package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.review.Finding;

/**
 * The quick path gives the same objective pages, byte for byte, as a full build of the edited
 * content; and it declines what it cannot do in place.
 */
class QuickEditTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
  private static final String FILE = "checkins/2026-q4/support/2026-11-06.yaml";
  @TempDir Path tmp;

  private static SiteBuilder.Rendered full(Path source, SiteBuilder.BuildCache cache) {
    SiteBuilder.Rendered r =
        SiteBuilder.render(
            new SiteBuilder.Options(source, null, AS_OF, false, false, false),
            SiteBuilder.Progress.NONE,
            cache);
    assertFalse(r.result().hasErrors(), TestSites.errors(r.result()));
    return r;
  }

  private static SiteBuilder.Options options(Path source) {
    return new SiteBuilder.Options(source, null, AS_OF, false, false, false);
  }

  private QuickEdit.Live live(Path source) {
    SiteBuilder.BuildCache cache = SiteBuilder.BuildCache.create();
    SiteBuilder.Rendered r = full(source, cache);
    return QuickEdit.Live.of(r.result(), r.files().all(), options(source), cache.charts());
  }

  /** What the server does when an edit makes the running background build out of date. */
  @Test
  void aCancelledBuildStopsAndTheNextOneRuns() throws IOException {
    Path source = TestSites.copy(Path.of("content"), tmp.resolve("site"));
    SiteBuilder.BuildCache cache = SiteBuilder.BuildCache.create();
    cache.cancelRunningBuild();
    org.junit.jupiter.api.Assertions.assertThrows(
        java.util.concurrent.CancellationException.class, () -> full(source, cache));
    cache.clearCancel();
    SiteBuilder.Rendered r = full(source, cache);
    org.junit.jupiter.api.Assertions.assertTrue(r.files().has("index.html"));
    org.junit.jupiter.api.Assertions.assertTrue(r.files().has("data/okrs.json"));
  }

  @Test
  void anEditedCheckInGivesThePagesAFullBuildGives() throws IOException {
    Path source = TestSites.copy(Path.of("content"), tmp.resolve("site"));
    QuickEdit.Live live = live(source);
    Path file = source.resolve(FILE);
    Files.writeString(
        file,
        Files.readString(file)
            .replace("current: \"31%\"", "current: \"36%\"")
            .replace("confidence: 0.45", "confidence: 0.35"));

    Optional<QuickEdit.Applied> applied = QuickEdit.apply(live, Set.of(file));
    assertTrue(applied.isPresent(), "an edit in place takes the quick path");
    Map<String, byte[]> expected = full(source, SiteBuilder.BuildCache.create()).files().all();
    assertFalse(applied.get().pages().isEmpty());
    for (String page : applied.get().pages()) {
      assertEquals(
          new String(expected.get(page), StandardCharsets.UTF_8),
          new String(applied.get().live().files().get(page), StandardCharsets.UTF_8),
          page);
    }
    assertTrue(
        new String(
                applied.get().live().files().get(applied.get().pages().get(0)),
                StandardCharsets.UTF_8)
            .contains("36%"));
    assertEquals(
        full(source, SiteBuilder.BuildCache.create()).result().scores().objectives(),
        applied.get().live().result().scores().objectives(),
        "scores as a full build scores them");

    // a second edit builds on the first
    Files.writeString(file, Files.readString(file).replace("current: \"36%\"", "current: \"38%\""));
    Optional<QuickEdit.Applied> second = QuickEdit.apply(applied.get().live(), Set.of(file));
    assertTrue(second.isPresent());
    Map<String, byte[]> expected2 = full(source, SiteBuilder.BuildCache.create()).files().all();
    for (String page : second.get().pages()) {
      assertEquals(
          new String(expected2.get(page), StandardCharsets.UTF_8),
          new String(second.get().live().files().get(page), StandardCharsets.UTF_8),
          page);
    }
  }

  @Test
  void declinesWhatItCannotDoInPlace() throws IOException {
    Path source = TestSites.copy(Path.of("content"), tmp.resolve("site"));
    QuickEdit.Live live = live(source);
    Path file = source.resolve(FILE);
    String text = Files.readString(file);
    Files.writeString(file, text.replace("date: 2026-11-06", "date: 2026-11-05"));
    assertTrue(QuickEdit.apply(live, Set.of(file)).isEmpty(), "another date");
    Files.writeString(file, text.replace("- id: \"KR1\"", "- id: \"KR9\""));
    assertTrue(QuickEdit.apply(live, Set.of(file)).isEmpty(), "an unknown key result is an error");
    Files.writeString(file, text);
    assertTrue(QuickEdit.apply(live, Set.of(source.resolve("site.yaml"))).isEmpty(), "settings");
    Path added = source.resolve("checkins/2026-q4/support/2026-11-27.yaml");
    Files.writeString(added, text.replace("date: 2026-11-06", "date: 2026-11-13"));
    assertTrue(QuickEdit.apply(live, Set.of(added)).isEmpty(), "a new file");
  }

  /**
   * The quick path runs check and review for what the edit touches: an early check-in that puts a
   * key result at target is sandbagging, found at once, and the diagnostics and findings are the
   * ones a full build of the edited content gives.
   */
  @Test
  void anEditRunsCheckAndReviewForWhatItTouches() throws IOException {
    Path source = TestSites.copy(Path.of("content"), tmp.resolve("site"));
    QuickEdit.Live live = live(source);
    assertTrue(
        live.result().review().findings().stream().noneMatch(f -> f.ruleId().equals("sandbagging")),
        "the example has no sandbagging before the edit");
    Path file = source.resolve("checkins/2026-q4/support/2026-10-02.yaml");
    Files.writeString(
        file, Files.readString(file).replace("current: \"8.5 hours\"", "current: \"1.5 hours\""));

    QuickEdit.Applied applied = QuickEdit.apply(live, Set.of(file)).orElseThrow();
    SiteBuilder.Result expected = full(source, SiteBuilder.BuildCache.create()).result();
    List<Finding> sandbagging =
        applied.live().result().review().findings().stream()
            .filter(f -> f.ruleId().equals("sandbagging"))
            .toList();
    assertEquals(1, sandbagging.size(), applied.live().result().review().findings().toString());
    assertTrue(
        applied.found().stream().anyMatch(d -> d.ruleId().equals("sandbagging")),
        "the new finding is shown to the author: " + applied.found());
    assertEquals(expected.review().findings(), applied.live().result().review().findings());
    assertEquals(
        expected.diagnostics().stream().map(Diagnostic::line).toList(),
        applied.live().result().diagnostics().stream().map(Diagnostic::line).toList());

    // undoing the edit drops the finding and its diagnostic again
    Files.writeString(
        file, Files.readString(file).replace("current: \"1.5 hours\"", "current: \"8.5 hours\""));
    QuickEdit.Applied undone = QuickEdit.apply(applied.live(), Set.of(file)).orElseThrow();
    assertEquals(live.result().review().findings(), undone.live().result().review().findings());
    assertEquals(live.result().diagnostics(), undone.live().result().diagnostics());
  }
}
