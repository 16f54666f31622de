package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.model.Level;
import org.okrsite.score.Status;

/** The example organisation in {@code content/}: what a new user sees first. */
class ExampleSiteTest {
  private static final String AS_OF = "2026-11-23";

  @Test
  void checksWithoutErrorsAndHasTheShapeTheIssueAsksFor() {
    SiteBuilder.Result r = TestSites.check(TestSites.exampleContent(), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    var org = r.model().organisation();
    assertEquals(3, org.units().stream().filter(u -> u.level() == Level.DEPARTMENT).count());
    assertEquals(6, org.units().stream().filter(u -> u.level() == Level.TEAM).count());
    assertTrue(org.people().size() >= 15);
    assertEquals(
        List.of("2026-q3", "2026-q4"), r.model().cycles().stream().map(c -> c.id()).toList());
    long weeks =
        r.model().checkIns().stream()
            .filter(c -> c.owner().id().equals("growth") && c.cycleId().equals("2026-q4"))
            .count();
    assertTrue(weeks >= 8, "8+ weeks of check-ins");
    assertFalse(r.model().retrospectives().isEmpty());
  }

  @Test
  void tellsItsStory() {
    SiteBuilder.Result r = TestSites.check(TestSites.exampleContent(), AS_OF);
    assertEquals(Status.STALE, r.scores().of("support-instant-help").status());
    assertEquals(Status.CANCELLED, r.scores().of("sales-emea-partner").status());
    assertFalse(
        r.scores().of("platform-enterprise-trust").confidenceDrop(), "the drop was weeks ago");
    // Platform's confidence fell from 0.7 to 0.35 in the check-in of 2026-10-30: flagged that week
    SiteBuilder.Result thatWeek = TestSites.check(TestSites.exampleContent(), "2026-10-31");
    assertTrue(thatWeek.scores().of("platform-enterprise-trust").confidenceDrop());
    assertTrue(r.model().objective("growth-template-marketplace").isEmpty(), "drafts stay out");
    assertTrue(
        r.model().objectives().stream().noneMatch(o -> o.title().contains("PRIVATE-MARKER")));
  }

  @Test
  void buildsTwiceToTheSameBytesAndLeaksNothingPrivate(@TempDir Path tmp) throws IOException {
    TestSites.build(TestSites.exampleContent(), tmp.resolve("a"), AS_OF);
    TestSites.build(TestSites.exampleContent(), tmp.resolve("b"), AS_OF);
    List<Path> files;
    try (var walk = Files.walk(tmp.resolve("a"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() >= 2);
    for (Path a : files) {
      Path b = tmp.resolve("b").resolve(tmp.resolve("a").relativize(a));
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a.toString());
      assertFalse(Files.readString(a).contains("PRIVATE-MARKER-7f3a"), "private marker in " + a);
    }
  }

  @Test
  void draftsAppearOnlyWhenAskedFor() {
    var r =
        SiteBuilder.check(
            new SiteBuilder.Options(
                TestSites.exampleContent(),
                null,
                java.time.LocalDate.parse(AS_OF),
                true,
                false,
                false));
    assertTrue(r.model().objective("growth-template-marketplace").isPresent());
  }
}
