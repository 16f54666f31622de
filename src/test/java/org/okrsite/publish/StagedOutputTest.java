package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.site.OutputFiles;

/**
 * Publishing a site written straight into the staging folder: nothing is kept in memory, unchanged
 * files are hard links to the previous site (same inode, same modification time), and the published
 * folder is readable by a web server running as another user.
 */
class StagedOutputTest {
  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("public");
  }

  private int publish(String... pathsAndTexts) throws IOException {
    Path previous = Files.isDirectory(out()) ? out() : null;
    return SiteWriter.publish(
        out(),
        false,
        staging -> {
          OutputFiles files = OutputFiles.staged(staging, previous);
          for (int i = 0; i < pathsAndTexts.length; i += 2)
            files.text(pathsAndTexts[i], pathsAndTexts[i + 1]);
          assertTrue(
              Files.isRegularFile(staging.resolve(pathsAndTexts[0])), "written as it is added");
          assertThrows(IllegalStateException.class, files::all, "the bytes are not kept in memory");
          return files.paths();
        });
  }

  private static Object inode(Path p) throws IOException {
    return Files.readAttributes(p, "unix:ino").get("ino");
  }

  @Test
  void unchangedFilesAreTheSameFileAsBeforeAndChangedOnesAreNew() throws IOException {
    assertEquals(3, publish("index.html", "home v1", "a/b.html", "same", "a/c.html", "c v1"));
    Object homeBefore = inode(out().resolve("index.html"));
    Object sameBefore = inode(out().resolve("a/b.html"));
    var timeBefore = Files.getLastModifiedTime(out().resolve("a/b.html"));

    assertEquals(3, publish("index.html", "home v2", "a/b.html", "same", "a/c.html", "c v1!"));

    assertEquals(sameBefore, inode(out().resolve("a/b.html")), "unchanged: linked, not written");
    assertEquals(timeBefore, Files.getLastModifiedTime(out().resolve("a/b.html")));
    assertNotEquals(homeBefore, inode(out().resolve("index.html")));
    assertEquals(
        Map.of("index.html", "home v2", "a/b.html", "same", "a/c.html", "c v1!"),
        Map.of(
            "index.html", Files.readString(out().resolve("index.html")),
            "a/b.html", Files.readString(out().resolve("a/b.html")),
            "a/c.html", Files.readString(out().resolve("a/c.html"))));
    assertEquals(
        List.of("a/b.html", "a/c.html", "index.html"),
        Files.readAllLines(out().resolve(SiteWriter.MANIFEST)));
    assertEquals(
        1, Files.getAttribute(out().resolve("a/b.html"), "unix:nlink"), "the old site is gone");
  }

  @Test
  void neverLinksThroughALinkOutOfThePreviousSite() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.html"), "same");
    Files.createDirectories(out());
    Files.createSymbolicLink(out().resolve("a"), elsewhere);
    Path previous = out();
    SiteWriter.publish(
        out(),
        true,
        staging -> {
          OutputFiles files = OutputFiles.staged(staging, previous);
          files.text("a/b.html", "same");
          assertEquals(0, files.unchanged());
          return files.paths();
        });
    assertNotEquals(inode(elsewhere.resolve("b.html")), inode(out().resolve("a/b.html")));
  }

  @Test
  void thePublishedFolderIsReadableByOthers() throws IOException {
    publish("index.html", "home");
    assertEquals(
        PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(out()));
    Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("rwxr-x---"));
    publish("index.html", "home 2");
    assertEquals(
        Set.copyOf(PosixFilePermissions.fromString("rwxr-x---")),
        Files.getPosixFilePermissions(out()),
        "a folder the user restricted stays restricted");
  }
}
