package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.site.OutputFiles;

/** Publishing: carry-over of the user's files, --clean, crash recovery, the lock. */
class SiteWriterTest {
  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("public");
  }

  private static OutputFiles site(String... pathsAndTexts) {
    OutputFiles f = new OutputFiles();
    for (int i = 0; i < pathsAndTexts.length; i += 2)
      f.text(pathsAndTexts[i], pathsAndTexts[i + 1]);
    return f;
  }

  @Test
  void filesTheSiteDoesNotOwnAreKeptWithoutClean() throws IOException {
    SiteWriter.write(out(), site("index.html", "v1", "old.html", "gone soon"), false);
    Files.writeString(out().resolve("robots.txt"), "mine");
    Files.createDirectories(out().resolve("downloads/empty"));
    Files.writeString(out().resolve("downloads/deck.pdf"), "mine too");

    SiteWriter.write(out(), site("index.html", "v2"), false);

    assertEquals(
        Map.of(
            "index.html",
            "v2",
            "robots.txt",
            "mine",
            "downloads/deck.pdf",
            "mine too",
            ".okrsite-manifest",
            "index.html\n"),
        files(out()));
    assertTrue(
        Files.isDirectory(out().resolve("downloads/empty")),
        "empty folders of the user are kept too");
  }

  @Test
  void cleanDropsFilesTheSiteDoesNotOwn() throws IOException {
    SiteWriter.write(out(), site("index.html", "v1"), false);
    Files.writeString(out().resolve("robots.txt"), "mine");
    SiteWriter.write(out(), site("index.html", "v2"), true);
    assertEquals(Map.of("index.html", "v2", ".okrsite-manifest", "index.html\n"), files(out()));
  }

  @Test
  void aFolderWithoutManifestIsTreatedAsAllTheUsers() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("index.html"), "hand-made");
    Files.writeString(out().resolve("about.html"), "hand-made");
    SiteWriter.write(out(), site("index.html", "generated"), false);
    assertEquals("hand-made", Files.readString(out().resolve("about.html")));
    assertEquals("generated", Files.readString(out().resolve("index.html")));
  }

  @Test
  void aUserFileInTheWayFailsTheBuildAndKeepsThePreviousSite() throws IOException {
    SiteWriter.write(out(), site("index.html", "v1"), false);
    Files.writeString(out().resolve("teams"), "a file where the new site needs a folder");
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                SiteWriter.write(out(), site("index.html", "v2", "teams/growth.html", "g"), false));
    assertTrue(e.getMessage().contains("teams"), e.getMessage());
    assertEquals("v1", Files.readString(out().resolve("index.html")));
    assertEquals(List.of(".public.lock", "public"), siblings());
  }

  @Test
  void recoversFromACrashBetweenTheTwoRenames() throws IOException {
    SiteWriter.write(out(), site("index.html", "v1", "a.html", "a"), false);
    Map<String, String> previous = files(out());
    // What a build killed between "public -> .public.old" and "staging -> public" leaves behind:
    Files.move(out(), tmp.resolve(".public.old"));
    Files.createDirectories(tmp.resolve(".public.staging-123/teams"));
    Files.writeString(tmp.resolve(".public.staging-123/index.html"), "v2");

    PublishRecovery.recover(out().toAbsolutePath());
    assertEquals(previous, files(out()));
    assertEquals(List.of(".public.lock", "public"), siblings());

    Files.move(out(), tmp.resolve(".public.old"));
    SiteWriter.write(out(), site("index.html", "v3"), false);
    assertEquals("v3", Files.readString(out().resolve("index.html")));
    assertEquals(
        List.of(".public.lock", "public"), siblings(), "stale staging and old folders are removed");
  }

  @Test
  void aSecondWriterInTheSameJvmFailsFast() throws IOException {
    try (OutputLock held = OutputLock.acquire(out())) {
      OutputLock.Locked e =
          assertThrows(
              OutputLock.Locked.class,
              () -> SiteWriter.write(out(), site("index.html", "x"), false));
      assertEquals(
          "another okrsite build is writing "
              + out().toAbsolutePath()
              + " (pid "
              + ProcessHandle.current().pid()
              + ")",
          e.getMessage());
    }
    SiteWriter.write(out(), site("index.html", "x"), false);
    assertFalse(Files.exists(tmp.resolve(".public.staging-")));
  }

  @Test
  void anOutputThatIsAFileIsNeverReplaced() throws IOException {
    Files.writeString(out(), "precious");
    assertThrows(IOException.class, () -> SiteWriter.write(out(), site("index.html", "x"), false));
    assertEquals("precious", Files.readString(out()));
  }

  private List<String> siblings() throws IOException {
    try (var s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Map<String, String> files(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (var w = Files.walk(root)) {
      for (Path p : w.filter(Files::isRegularFile).toList()) {
        m.put(
            root.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return m;
  }
}
