package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

class ContentLoaderTest {
  @TempDir Path dir;

  private void write(String rel, String text) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> paths(List<SourceDocument> docs) {
    return docs.stream().map(SourceDocument::path).toList();
  }

  @Test
  void filesComeBackSortedWhateverTheCreationOrder() throws IOException {
    List<String> names = List.of("z.yaml", "m/b.md", "m/a.yml", "a-c.yaml", "a/b.yaml", "B.YAML");
    for (int i = names.size() - 1; i >= 0; i--) write(names.get(i), "k" + i + ": v\n");
    Diagnostics d = new Diagnostics();
    List<SourceDocument> docs = ContentLoader.load(dir, d);
    assertEquals(List.of(), d.sorted());
    assertEquals(
        List.of("B.YAML", "a-c.yaml", "a/b.yaml", "m/a.yml", "m/b.md", "z.yaml"), paths(docs));
  }

  @Test
  void documentsOfAFileKeepTheirOrder() throws IOException {
    write("b.yaml", "second: 1\n---\nthird: 1\n");
    write("a.yaml", "first: 1\n");
    List<SourceDocument> docs = ContentLoader.load(dir, new Diagnostics());
    assertEquals(
        List.of("first", "second", "third"),
        docs.stream().map(doc -> doc.data().keys().get(0)).toList());
  }

  @Test
  void skipsHiddenThemesNodeModulesAndOtherFiles() throws IOException {
    write(".hidden.yaml", "a: 1\n");
    write(".git/x.yaml", "a: 1\n");
    write("themes/t.yaml", "a: 1\n");
    write("node_modules/p/x.md", "x\n");
    write("deep/node_modules/x.md", "x\n");
    write("notes.txt", "x\n");
    write("okrs/themes/kept.yaml", "a: 1\n");
    assertEquals(
        List.of("okrs/themes/kept.yaml"), paths(ContentLoader.load(dir, new Diagnostics())));
  }

  @Test
  void symlinkOutsideTheSourceIsWarnedAndNotFollowed(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.yaml"), "secret: 1\n");
    write("in.yaml", "a: 1\n");
    try {
      Files.createSymbolicLink(dir.resolve("link.yaml"), outside.resolve("secret.yaml"));
      Files.createSymbolicLink(dir.resolve("linkdir"), outside);
      Files.createSymbolicLink(dir.resolve("inner.yaml"), dir.resolve("in.yaml"));
      Files.createSymbolicLink(dir.resolve("loop"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    Diagnostics d = new Diagnostics();
    List<SourceDocument> docs = ContentLoader.load(dir, d);
    assertEquals(List.of("in.yaml", "inner.yaml"), paths(docs));
    assertEquals(
        List.of(
            "link.yaml:1:1: warning: symbolic link leads outside the source folder; skipped"
                + " [content-symlink-outside]",
            "linkdir:1:1: warning: symbolic link leads outside the source folder; skipped"
                + " [content-symlink-outside]"),
        d.sorted().stream().map(Diagnostic::line).toList());
  }

  @Test
  void linksInsideTheSourceAreFollowedAndABrokenContentLinkIsAnError() throws IOException {
    write("real/sub/a.yaml", "a: 1\n");
    try {
      Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("real"));
      Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
      Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    Diagnostics d = new Diagnostics();
    List<SourceDocument> docs = ContentLoader.load(dir, d);
    assertEquals(List.of("alias/sub/a.yaml", "real/sub/a.yaml"), paths(docs));
    assertEquals(
        List.of(
            "gone.yaml:1:1: error: cannot read: "
                + dir.toRealPath().resolve("gone.yaml")
                + " does not exist (or is a broken link) [content-unreadable]"),
        d.sorted().stream().map(Diagnostic::line).toList());
  }

  @Test
  void invalidUtf8ReportsLineAndColumnOfTheBadByte() {
    byte[] bytes = "a: 1\nbé: x\u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bad.length - 2] = (byte) 0xFF; // the first byte of the two-byte ÿ
    Parsing p = Parsing.of("bad.yaml", bad);
    assertEquals(
        List.of(
            "bad.yaml:2:6: error: file is not valid UTF-8 (byte 0xFF at offset 11)"
                + " [content-encoding]"),
        p.lines());
    assertEquals("save the file as UTF-8", p.all().get(0).hint());
  }

  @Test
  void byteOrderMarkIsStripped() {
    byte[] text = "okr:\n  team: Growth\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Parsing p = Parsing.of("bom.yaml", withBom);
    assertEquals(List.of(), p.lines());
    assertEquals(List.of("okr"), p.data().keys());
    assertEquals("bom.yaml:1:1", p.data().entries().get(0).key().position().toString());
  }

  @Test
  void emptyAndBlankFilesWarn() {
    assertEquals(
        List.of("e.md:1:1: warning: file is empty [content-empty]"),
        Parsing.of("e.md", "").lines());
    Parsing blank = Parsing.of("b.yaml", " \n\t\r\n");
    assertEquals(List.of("b.yaml:1:1: warning: file is empty [content-empty]"), blank.lines());
    assertTrue(blank.documents.isEmpty());
  }

  @Test
  void tooLargeFileIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (var out = Files.newOutputStream(big)) {
      byte[] chunk =
          "x: yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n"
              .repeat(1024)
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= ContentLoader.MAX_FILE_BYTES; written += chunk.length)
        out.write(chunk);
    }
    Diagnostics d = new Diagnostics();
    assertEquals(List.of(), ContentLoader.load(dir, d));
    assertEquals(
        List.of(
            "big.yaml:1:1: error: file is larger than 5 MiB ("
                + Files.size(big)
                + " bytes) [content-too-large]"),
        d.sorted().stream().map(Diagnostic::line).toList());
    assertEquals(
        "content-too-large",
        Parsing.of("big.yaml", new byte[(int) ContentLoader.MAX_FILE_BYTES + 1])
            .all()
            .get(0)
            .ruleId());
  }

  @Test
  void missingSourceFolderIsADiagnostic() {
    Diagnostics d = new Diagnostics();
    assertEquals(List.of(), ContentLoader.load(dir.resolve("nope"), d));
    assertEquals("content-unreadable", d.sorted().get(0).ruleId());
  }
}
