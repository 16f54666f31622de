package org.okrsite.mdokr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.cli.Main;

/**
 * The seed's two Markdown templates, filled in, build to the same {@code data/okrs.json} as the
 * same OKRs written as YAML — and as the YAML {@code okrsite convert} writes for them. Objective
 * ids need no normalising: both sides derive them from cycle, owner and title, which are the same.
 */
class SeedTemplatesTest {
  @TempDir Path tmp;

  @Test
  void markdownTemplatesScoreLikeTheirYaml() throws Exception {
    String md = Sites.okrsJson(outsideGit("markdown"), tmp.resolve("md"));
    String yaml = Sites.okrsJson(outsideGit("yaml"), tmp.resolve("yaml"));
    assertEquals(yaml, md);
    // Not vacuous: the check-in's values and confidences reached the scores.
    assertTrue(md.contains("\"current_text\": \"4.5 days\""), md);
    assertTrue(md.contains("\"last_check_in\": \"2026-02-13\""), md);
    assertTrue(md.contains("\"score\": 0.45"), md);
  }

  @Test
  void convertedYamlBuildsToTheSameSite() throws Exception {
    Path src = Path.of("src/test/resources/mdokr/seed/markdown/okrs");
    Path converted = tmp.resolve("converted");
    int rc =
        Main.run(
            "convert",
            src.resolve("growth-q1-2026.md").toString(),
            src.resolve("weekly-growth.md").toString(),
            "-o",
            converted.resolve("okrs").toString());
    assertEquals(Main.OK, rc);
    assertTrue(Files.exists(converted.resolve("okrs/growth-q1-2026.yaml")));
    // both sides outside git, so the health check's note on target history reads the same
    Path mdCopy = tmp.resolve("md-source");
    org.apache.commons.io.FileUtils.copyDirectory(
        Path.of("src/test/resources/mdokr/seed/markdown").toFile(), mdCopy.toFile());
    String md = Sites.okrsJson(mdCopy, tmp.resolve("md"));
    String yaml = Sites.okrsJson(converted, tmp.resolve("out"));
    assertEquals(md, yaml);
  }

  /**
   * A copy of a seed source outside the repository, so that every side of a comparison reads the
   * same (absent) git history: the health check publishes whether target history was available.
   */
  private Path outsideGit(String name) throws java.io.IOException {
    Path copy = tmp.resolve("source-" + name);
    org.apache.commons.io.FileUtils.copyDirectory(
        Path.of("src/test/resources/mdokr/seed", name).toFile(), copy.toFile());
    return copy;
  }
}
