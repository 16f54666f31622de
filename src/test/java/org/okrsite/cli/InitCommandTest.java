package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;

class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void initThenBuildGivesAWorkingSite() throws Exception {
    Path site = tmp.resolve("our-okrs");
    assertEquals(0, Main.run("init", site.toString(), "--as-of", "2026-05-12"));
    for (String f :
        new String[] {
          "README.md",
          ".gitignore",
          ".gitlab-ci.yml",
          ".github/workflows/okrs.yml",
          "content/site.yaml",
          "content/organisation.yaml",
          "content/docs/how-we-do-okrs.md",
          "content/okrs/2026-q2/growth.yaml",
          "content/checkins/2026-q2/growth/2026-04-30.yaml"
        }) {
      assertTrue(Files.isRegularFile(site.resolve(f)), f);
    }
    assertEquals(
        0,
        Main.run(
            "build",
            "-s",
            site.resolve("content").toString(),
            "-o",
            site.resolve("public").toString(),
            "--as-of",
            "2026-05-12"));
    assertTrue(Files.isRegularFile(site.resolve("public/index.html")));
    assertTrue(Files.isRegularFile(site.resolve("public/feeds/company.xml")));
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(
                site.resolve("content"), null, LocalDate.parse("2026-05-12"), false, false, false));
    assertEquals(java.util.List.of(), r.diagnostics(), "the starter site has no problems at all");
    assertEquals(3, r.model().objectives().size());
    String readme = Files.readString(site.resolve("README.md"));
    assertTrue(readme.contains("okrs/2026-q2/"), "README speaks of the current quarter");
    assertTrue(
        Files.readString(site.resolve(".github/workflows/okrs.yml")).contains("--format github"));
    assertTrue(Files.readString(site.resolve(".gitlab-ci.yml")).contains("junit:"));
  }

  @Test
  void initForToday() throws Exception {
    Path site = tmp.resolve("today");
    assertEquals(0, Main.run("init", site.toString()));
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(site.resolve("content"), null, null, false, false, false));
    assertFalse(r.hasErrors(), r.diagnostics().toString());
  }

  @Test
  void refusesANonEmptyFolderAndNeverOverwrites() throws Exception {
    Path site = tmp.resolve("busy");
    Files.createDirectories(site);
    Files.writeString(site.resolve("README.md"), "mine");
    assertEquals(1, Main.run("init", site.toString()));
    assertFalse(Files.exists(site.resolve("content")));
    assertEquals(0, Main.run("init", "--force", site.toString(), "--as-of", "2026-01-05"));
    assertEquals("mine", Files.readString(site.resolve("README.md")));
    assertTrue(Files.isRegularFile(site.resolve("content/site.yaml")));
  }
}
