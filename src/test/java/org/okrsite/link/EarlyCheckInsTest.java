package org.okrsite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;

/**
 * A build reads check-ins while parsing ({@link EarlyCheckIns}); the development server reads whole
 * documents when it links. Both must give the same check-ins and the same diagnostics, for good and
 * broken check-ins alike.
 */
class EarlyCheckInsTest {
  @TempDir Path tmp;

  private static SiteBuilder.Options options(Path source, String asOf) {
    return new SiteBuilder.Options(source, null, LocalDate.parse(asOf), false, false, false);
  }

  private static void assertSame(Path source, String asOf) {
    SiteBuilder.Result early = SiteBuilder.check(options(source, asOf));
    SiteBuilder.Rendered late =
        SiteBuilder.render(
            options(source, asOf), SiteBuilder.Progress.NONE, SiteBuilder.BuildCache.create());
    List<String> a = early.diagnostics().stream().map(Diagnostic::line).toList();
    List<String> b = late.result().diagnostics().stream().map(Diagnostic::line).toList();
    assertEquals(b, a);
    if (early.model() != null)
      assertEquals(late.result().model().checkIns(), early.model().checkIns());
  }

  @Test
  void theExampleGivesTheSameCheckInsAndDiagnostics() {
    SiteBuilder.Result r = SiteBuilder.check(options(Path.of("content"), "2026-11-23"));
    assertFalse(r.model().checkIns().isEmpty());
    assertSame(Path.of("content"), "2026-11-23");
  }

  @Test
  void brokenPrivateAndKindWrittenCheckInsGiveTheSameResults() throws IOException {
    Path site = TestSites.copy(Path.of("content"), tmp.resolve("site"));
    TestSites.write(
        site,
        Map.of(
            "checkins/extra/private.yaml",
            "checkin:\n  visibility: private\n  date: 2026-11-20\n  team: \"Growth\"\n"
                + "  key_results:\n    - id: KR1\n      confidence: 0.5\n",
            "checkins/extra/kind.yaml",
            "kind: check-in\ndate: 2026-11-13\nteam: \"Growth\"\nkey_results:\n"
                + "  - id: KR99\n    confidence: 0.5\n",
            "checkins/extra/beside.yaml",
            "checkin:\n  date: 2026-11-06\n  team: \"Growth\"\nstray: 1\n",
            "checkins/extra/notmap.yaml",
            "checkin: just text\n"));
    SiteBuilder.Result r = SiteBuilder.check(options(site, "2026-11-23"));
    String lines = String.join("\n", r.diagnostics().stream().map(Diagnostic::line).toList());
    assertTrue(lines.contains("checkins/extra/kind.yaml"), lines);
    assertTrue(lines.contains("checkins/extra/beside.yaml"), lines);
    assertTrue(lines.contains("checkins/extra/notmap.yaml"), lines);
    assertSame(site, "2026-11-23");
  }
}
