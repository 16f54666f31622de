package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/okrsite.jar build}. */
class JarSmokeIT {
  private static final Path JAR = Path.of("target/okrsite.jar");

  private static Process run(Path tmp, String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
  }

  @Test
  void buildsTheExampleSite(@TempDir Path tmp) throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run 'mvn package' first");
    Process p = run(tmp, "build", "-s", "content", "-o", tmp.resolve("public").toString(), "--as-of", "2026-11-23");
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
    assertTrue(log.contains("okrs/growth.yaml:9:15: error: target '18%' is in '%' but baseline '7 days' is in 'day' [kr-unit-mismatch]"), log);
  }
}
