package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which command lines may run in the JVM tuned for a short run: build and check, read with the real
 * options.
 */
class BatchJvmTest {
  @Test
  void buildAndCheckGiveTheirSourceFolder() {
    assertEquals(
        Path.of("site"), BatchJvm.source(new String[] {"build", "-s", "site", "-o", "out"}));
    assertEquals(
        Path.of("org"),
        BatchJvm.source(new String[] {"check", "--source=org", "--format", "json"}));
    assertEquals(Path.of("content"), BatchJvm.source(new String[] {"build"}));
  }

  @Test
  void otherCommandsHelpAndBadCommandLinesRunAsStarted() {
    assertNull(BatchJvm.source(new String[] {}));
    assertNull(BatchJvm.source(new String[] {"serve", "-s", "site"}));
    assertNull(BatchJvm.source(new String[] {"init", "x"}));
    assertNull(BatchJvm.source(new String[] {"build", "--help"}));
    assertNull(BatchJvm.source(new String[] {"check", "--version"}));
    assertNull(BatchJvm.source(new String[] {"build", "--no-such-option"}));
    assertNull(BatchJvm.source(new String[] {"--version"}));
  }

  @Test
  void testsRunFromClassesNotAJarSoTheyRunHere() {
    assertEquals(
        java.util.OptionalInt.empty(), BatchJvm.run(new String[] {"build", "-s", "content"}));
  }
}
