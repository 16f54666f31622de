package org.okrsite.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenEntryTest {
  @TempDir Path tmp;

  @Test
  void returnsNormallyWhenTheBuildSucceeds() {
    Path out = tmp.resolve("public");
    assertDoesNotThrow(
        () ->
            MavenEntry.main(
                new String[] {
                  "build", "-s", "content", "-o", out.toString(), "--as-of", "2026-11-23"
                }));
    assertTrue(Files.isRegularFile(out.resolve("data/okrs.json")));
  }

  @Test
  void throwsInsteadOfExitingOnContentErrors() {
    MavenEntry.Failure f =
        assertThrows(
            MavenEntry.Failure.class,
            () -> MavenEntry.main(new String[] {"check", "-s", tmp.resolve("missing").toString()}));
    assertEquals(1, f.exitStatus());
    assertTrue(f.getMessage().contains("content has errors"));
  }

  @Test
  void throwsOnABadCommandLine() {
    MavenEntry.Failure f =
        assertThrows(
            MavenEntry.Failure.class,
            () -> MavenEntry.main(new String[] {"build", "--no-such-option"}));
    assertEquals(2, f.exitStatus());
  }
}
