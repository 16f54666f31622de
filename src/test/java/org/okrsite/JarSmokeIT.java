package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/okrsite.jar build}. */
class JarSmokeIT {
  private static final Path JAR = Path.of("target/okrsite.jar");

  private static Process run(Path tmp, String... args) throws IOException {
    return run(tmp, List.of(), Map.of(), args);
  }

  private static Process run(Path tmp, List<String> jvm, Map<String, String> env, String... args)
      throws IOException {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder b =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log.txt").toFile());
    b.environment().remove("JAVA_TOOL_OPTIONS");
    b.environment().remove("JDK_JAVA_OPTIONS");
    b.environment().putAll(env);
    return b.start();
  }

  private static String finish(Process p, Path tmp, int exit) throws Exception {
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String log = Files.readString(tmp.resolve("log.txt"));
    assertEquals(exit, p.exitValue(), log);
    return log;
  }

  @Test
  void buildRunsInAJvmTunedForAShortRunUnlessTheUserTunesTheirOwn(@TempDir Path tmp)
      throws Exception {
    String[] build = {
      "build",
      "-s",
      "content",
      "-o",
      tmp.resolve("tuned").toString(),
      "--as-of",
      "2026-11-23",
      "--verbose"
    };
    String tuned = finish(run(tmp, build), tmp, 0);
    assertTrue(
        tuned.contains("jvm: tuned for a short run (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)"),
        tuned);

    build[4] = tmp.resolve("as-is").toString();
    String asIs = finish(run(tmp, List.of(), Map.of("OKRSITE_JVM", "as-is"), build), tmp, 0);
    assertTrue(asIs.contains("jvm: as started ("), asIs);
    String own = finish(run(tmp, List.of("-Xmx512m"), Map.of(), build), tmp, 0);
    assertTrue(own.contains("jvm: as started (") && own.contains("heap up to 512 MB"), own);

    // the same site either way
    try (var files = Files.walk(tmp.resolve("tuned"))) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path other = tmp.resolve("as-is").resolve(tmp.resolve("tuned").relativize(f).toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(
            Files.readAllBytes(f), Files.readAllBytes(other), f.toString());
      }
    }
  }

  @Test
  void theTunedJvmPassesOnTheExitStatusAndAUsageErrorIsReportedAsBefore(@TempDir Path tmp)
      throws Exception {
    String log =
        finish(
            run(tmp, "check", "-s", "src/test/resources/bad/kr-unit-mismatch/content", "--verbose"),
            tmp,
            1);
    assertTrue(log.contains("jvm: tuned for a short run"), log);
    log = finish(run(tmp, "build", "--no-such-option"), tmp, 2);
    assertTrue(log.contains("okrsite: Unknown option: '--no-such-option'"), log);
  }

  @Test
  void buildsTheExampleSite(@TempDir Path tmp) throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run 'mvn package' first");
    Process p =
        run(
            tmp,
            "build",
            "-s",
            "content",
            "-o",
            tmp.resolve("public").toString(),
            "--as-of",
            "2026-11-23");
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String log = Files.readString(tmp.resolve("log.txt"));
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("Built "), log);
    assertTrue(Files.isRegularFile(tmp.resolve("public/index.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("public/data/okrs.json")));
  }

  @Test
  void reportsContentErrorsWithExitOne(@TempDir Path tmp) throws Exception {
    Process p = run(tmp, "check", "-s", "src/test/resources/bad/kr-unit-mismatch/content");
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String log = Files.readString(tmp.resolve("log.txt"));
    assertEquals(1, p.exitValue(), log);
    assertTrue(
        log.contains(
            "okrs/growth.yaml:9:15: error: target '18%' is in '%' but baseline '7 days' is in 'day'"
                + " [kr-unit-mismatch]"),
        log);
  }
}
