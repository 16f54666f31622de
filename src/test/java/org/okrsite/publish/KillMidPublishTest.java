package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.ChildJvm;
import org.okrsite.cli.Main;

/**
 * Kills real child JVMs ({@link Process#destroyForcibly()}, i.e. SIGKILL) while they publish over a
 * previous site, at seeded random moments, and checks that the output holds the whole previous site
 * or the whole new one — never a mix, never missing once the next build's recovery has run — and
 * that the next build succeeds and leaves no staging folder behind. Also: the lock stops a second
 * build, and a killed holder's lock does not block the next one.
 */
@Tag("process")
class KillMidPublishTest {
  private static final int ROUNDS = 5;
  @TempDir Path tmp;

  @Test
  void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
    Path out = tmp.resolve("public");
    SiteWriter.write(out, BigSite.of("A"), false);
    Files.writeString(out.resolve("mine.txt"), "the user's own file");
    Map<String, String> oldSite = SiteWriterTest.files(out);
    Path other = tmp.resolve("expected-b/public");
    FileUtils.copyDirectory(out.toFile(), other.toFile());
    SiteWriter.write(other, BigSite.of("B"), false);
    Map<String, String> newSite = SiteWriterTest.files(other);

    Random random = new Random(7);
    int sawOld = 0;
    int sawNew = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long delay = 150 + random.nextInt(1_000);
      Process p =
          ChildJvm.start(
              List.of(), BigSite.class.getName(), tmp.resolve("child.log"), out.toString(), "B");
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) p.destroyForcibly().waitFor();
      boolean leftovers;
      try (var s = Files.list(tmp)) {
        leftovers = s.anyMatch(x -> x.getFileName().toString().startsWith(".public.staging-"));
      }
      // What the next build does first (under the lock): finish or undo a cut-short swap.
      PublishRecovery.recover(out.toAbsolutePath());
      Map<String, String> now = SiteWriterTest.files(out);
      boolean isOld = now.equals(oldSite);
      boolean isNew = now.equals(newSite);
      assertTrue(
          isOld || isNew,
          "round "
              + round
              + " (killed after "
              + delay
              + " ms): a mix of sites, "
              + now.size()
              + " files");
      System.out.println(
          "round "
              + round
              + ": killed after "
              + delay
              + " ms: "
              + (finished ? "had finished" : "killed")
              + (isOld ? ", old site" : ", new site")
              + (leftovers ? ", staging left behind" : ""));
      if (isOld) sawOld++;
      if (isNew) sawNew++;
      // Back to the old site for the next round; this must succeed whatever the kill left behind.
      SiteWriter.write(out, BigSite.of("A"), false);
      assertEquals(oldSite, SiteWriterTest.files(out));
      try (var s = Files.list(tmp)) {
        assertEquals(
            List.of(".public.lock", "child.log", "expected-b", "public"),
            s.map(x -> x.getFileName().toString()).sorted().toList(),
            "leftovers after round " + round);
      }
    }
    assertTrue(sawOld + sawNew == ROUNDS, sawOld + " old, " + sawNew + " new");
  }

  @Test
  void aSecondBuildFailsFastAndAKilledHoldersLockDoesNotBlock() throws Exception {
    Path source = tmp.resolve("content");
    Files.createDirectories(source);
    Files.writeString(source.resolve("site.yaml"), "title: Locked\n");
    Path out = tmp.resolve("public");
    Process holder = ChildJvm.start(List.of(), LockHolder.class.getName(), null, out.toString());
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && !line.equals("locked")) {
        // JVM warnings, if any
      }
      assertEquals("locked", line);
      var err = new java.io.StringWriter();
      var cl = Main.commandLine();
      cl.setErr(new java.io.PrintWriter(err, true));
      int exit =
          cl.execute(
              "build", "-s", source.toString(), "-o", out.toString(), "--as-of", "2026-02-15");
      assertEquals(1, exit, err.toString());
      assertTrue(
          err.toString()
              .contains(
                  "okrsite: another okrsite build is writing "
                      + out.toAbsolutePath()
                      + " (pid "
                      + holder.pid()
                      + ")"),
          err.toString());
      assertTrue(!Files.exists(out), "nothing written");
    } finally {
      holder.destroyForcibly().waitFor();
    }
    assertEquals(
        0,
        Main.run("build", "-s", source.toString(), "-o", out.toString(), "--as-of", "2026-02-15"));
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
  }
}
