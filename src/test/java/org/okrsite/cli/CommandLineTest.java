package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** Exit codes and report formats of the command line (contract §1). */
class CommandLineTest {
  private static final String BAD = "src/test/resources/bad/kr-unit-mismatch/content";

  @Test
  void exampleChecksCleanAndBuilds(@TempDir Path tmp) {
    CliRun check = CliRun.of("check", "-s", "content", "--as-of", "2026-11-23");
    assertEquals(0, check.exit(), check.err());
    assertTrue(check.out().startsWith("Checked "), check.out());
    assertTrue(!check.err().contains(": error: "), check.err());
    CliRun build =
        CliRun.of(
            "build",
            "-s",
            "content",
            "-o",
            tmp.resolve("public").toString(),
            "--as-of",
            "2026-11-23");
    assertEquals(0, build.exit(), build.err());
    assertTrue(build.out().contains("index.html"), build.out());
    assertTrue(Files.isRegularFile(tmp.resolve("public/data/okrs.json")));
  }

  @Test
  void badCommandLinesExitTwo() {
    assertEquals(2, CliRun.of("build", "--no-such-option").exit());
    assertEquals(2, CliRun.of("frobnicate").exit());
    CliRun date = CliRun.of("check", "--as-of", "23/11/2026");
    assertEquals(2, date.exit());
    assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
    assertEquals(2, CliRun.of("check", "--format", "yaml").exit());
  }

  @Test
  void aMissingSourceOrAFileGivenAsTheSourceIsNamedAndNothingIsWritten(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("public");
    CliRun missing = CliRun.of("build", "-s", tmp.resolve("nope").toString(), "-o", out.toString());
    assertEquals(1, missing.exit(), missing.err());
    assertTrue(
        missing
            .err()
            .startsWith(
                ".:1:1: error: source folder '"
                    + tmp.resolve("nope")
                    + "' does not exist [source-missing]\n"),
        missing.err());
    Path file = Files.writeString(tmp.resolve("okrs.yaml"), "a: 1\n");
    CliRun notFolder = CliRun.of("check", "-s", file.toString());
    assertEquals(1, notFolder.exit(), notFolder.err());
    assertTrue(
        notFolder
            .err()
            .startsWith(
                ".:1:1: error: source folder '" + file + "' is not a folder [source-missing]\n"),
        notFolder.err());
    assertTrue(!Files.exists(out));
  }

  @Test
  void helpAndVersionOnEveryCommand() {
    for (String cmd : new String[] {"build", "check", "serve", "init", "new"}) {
      CliRun help = CliRun.of(cmd, "--help");
      assertEquals(0, help.exit(), cmd);
      assertTrue(help.out().contains("Usage: okrsite " + cmd), help.out());
      CliRun version = CliRun.of(cmd, "--version");
      assertEquals(0, version.exit(), cmd);
      assertTrue(version.out().startsWith("okrsite "), version.out());
    }
  }

  @Test
  void strictTurnsWarningsIntoErrors() {
    // the example has one warning (an unmeasurable key result)
    assertEquals(0, CliRun.of("check", "-s", "content", "--as-of", "2026-11-23").exit());
    CliRun strict = CliRun.of("check", "-s", "content", "--as-of", "2026-11-23", "--strict");
    assertEquals(1, strict.exit());
    assertTrue(strict.err().contains(": error: "), strict.err());
  }

  @Test
  void jsonReport() {
    CliRun r = CliRun.of("check", "-s", BAD, "--format", "json");
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("\"rule\": \"kr-unit-mismatch\""), r.out());
    assertTrue(
        r.out()
            .contains("\"file\": \"okrs/growth.yaml\",\n      \"line\": 9,\n      \"column\": 15,"),
        r.out());
  }

  @Test
  void githubAnnotationsArePrefixedWithTheSourceFolder() {
    CliRun r = CliRun.of("check", "-s", BAD, "--format", "github");
    assertTrue(
        r.out()
            .lines()
            .toList()
            .contains(
                "::error file="
                    + BAD
                    + "/okrs/growth.yaml,line=9,col=15,title=kr-unit-mismatch::target '18%25' is in"
                    + " '%25' but baseline '7 days' is in 'day'%0Awrite baseline and target in the"
                    + " same unit"),
        r.out());
  }

  @Test
  void junitAndSarifAreWellFormed() throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc =
        f.newDocumentBuilder()
            .parse(
                new InputSource(
                    new StringReader(CliRun.of("check", "-s", BAD, "--format", "junit").out())));
    assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
    assertEquals(1, doc.getElementsByTagName("failure").getLength());
    String sarif = CliRun.of("check", "-s", BAD, "--format", "sarif").out();
    assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
    assertTrue(sarif.contains("\"ruleId\": \"kr-unit-mismatch\""), sarif);
    assertTrue(sarif.contains("\"startLine\": 9"), sarif);
  }

  @Test
  void missingSourceFolderIsAClearError(@TempDir Path tmp) throws IOException {
    CliRun r = CliRun.of("check", "-s", tmp.resolve("nope").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("does not exist"), r.err());
  }
}
