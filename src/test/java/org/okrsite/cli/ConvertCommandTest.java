package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code okrsite convert}: prints or writes YAML, never overwrites by surprise. */
class ConvertCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path okrs() throws Exception {
    Path f = tmp.resolve("growth.md");
    Files.writeString(
        f, "# Q1 2026 OKRs — Growth\n\n## Objective 1: Grow\n\n- Users from 10 to 20\n");
    return f;
  }

  @Test
  void printsYamlToStandardOutput() throws Exception {
    assertEquals(Main.OK, run("convert", okrs().toString()));
    assertTrue(
        out.toString().contains("okr:\n  team: \"Growth\"\n  quarter: \"Q1 2026\"\n"),
        out.toString());
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Path f = okrs();
    Path dir = tmp.resolve("yaml");
    assertEquals(Main.OK, run("convert", f.toString(), "-o", dir.toString()));
    Files.writeString(dir.resolve("growth.yaml"), "mine");
    assertEquals(Main.CONTENT_ERRORS, run("convert", f.toString(), "-o", dir.toString()));
    assertTrue(err.toString().contains("already exists; pass --force"), err.toString());
    assertEquals("mine", Files.readString(dir.resolve("growth.yaml")));
    assertEquals(Main.OK, run("convert", f.toString(), "-o", dir.toString(), "--force"));
    assertTrue(Files.readString(dir.resolve("growth.yaml")).contains("okr:"));
  }

  @Test
  void plainMarkdownAndNonMarkdownAreRefused() throws Exception {
    Path page = tmp.resolve("about.md");
    Files.writeString(page, "# About\n\nJust prose.\n");
    assertEquals(Main.CONTENT_ERRORS, run("convert", page.toString()));
    assertTrue(err.toString().contains("not a Markdown OKR document"), err.toString());
    assertEquals(Main.USAGE, run("convert", tmp.resolve("x.yaml").toString()));
  }
}
