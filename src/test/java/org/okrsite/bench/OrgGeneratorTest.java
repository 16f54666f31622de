package org.okrsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;

class OrgGeneratorTest {
  @TempDir Path tmp;

  @Test
  void hundredPeopleCheckWithoutErrors() throws IOException {
    assertChecksClean(100);
  }

  /** Slow on 2 cores (16,000 files); run with -Dokrsite.slowTests=true. */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(
      named = "okrsite.slowTests",
      matches = "true")
  void thousandPeopleCheckWithoutErrors() throws IOException {
    assertChecksClean(1000);
  }

  @Test
  void sameSizeGivesByteIdenticalFiles() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    OrgGenerator.generate(100, a);
    OrgGenerator.generate(100, b);
    List<Path> files = files(a);
    assertEquals(files, files(b));
    for (Path f : files)
      assertEquals(Files.mismatch(a.resolve(f), b.resolve(f)), -1L, f.toString());
  }

  private void assertChecksClean(int people) throws IOException {
    Path dir = tmp.resolve("org" + people);
    OrgGenerator.Summary s = OrgGenerator.generate(people, dir);
    assertEquals(people, s.people());
    assertEquals(s.files(), files(dir).size());
    SiteBuilder.Result r = TestSites.check(dir, OrgGenerator.AS_OF.toString());
    assertFalse(r.hasErrors(), TestSites.errors(r));
    // only the review's coaching remarks (a synthetic org is not a model of good OKRs): no link or
    // validation warning from the content itself
    var linkWarnings =
        r.diagnostics().stream()
            .filter(d -> d.severity() == Severity.WARNING)
            .filter(
                d ->
                    d.ruleId().startsWith("kr-unreadable")
                        || d.ruleId().startsWith("unknown-")
                        || d.ruleId().equals("kr-not-measurable")
                        || d.ruleId().equals("target-changed"))
            .map(Diagnostic::line)
            .toList();
    assertEquals(List.of(), linkWarnings);
    assertEquals(people, r.model().organisation().people().size());
    assertEquals(s.objectives(), r.model().objectives().size());
    assertEquals(s.checkIns(), r.model().checkIns().size());
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> w = Files.walk(root)) {
      return w.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
