package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.model.Objective;
import org.okrsite.model.Slug;
import org.okrsite.site.OutputFiles;

/**
 * No id, slug or name from content can make the site write outside its folder or clash on any OS.
 */
class PathSafetyTest {
  /** Names and ids people (or attackers) might write. */
  static final List<String> HOSTILE =
      List.of(
          "../../etc/passwd",
          "/abs/path",
          "C:\\x",
          "C:/x",
          "CON",
          "con",
          "aux.txt",
          "AUX",
          "com1",
          "LPT9.html",
          "..\\..",
          "..",
          ".",
          "．．／etc",
          "a／b",
          "a\u2215b",
          "a\u0000b",
          "x".repeat(300),
          "Growth",
          "growth",
          "GROWTH",
          "İstanbul",
          "ıi",
          "~",
          "$HOME",
          "%2e%2e%2f",
          "index",
          "data",
          "assets",
          " ",
          "\t",
          "a\nb",
          "emoji 🚀",
          "Ｇｒｏｗｔｈ",
          "\u202Eevil");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "/abs/path",
        "C:\\x",
        "C:/x",
        "CON",
        "con.html",
        "aux.txt",
        "teams/aux.txt",
        "com1.json",
        "lpt9",
        "NUL",
        "..\\..",
        "..",
        ".",
        "a/./b",
        "a//b",
        "",
        ".hidden",
        "a.",
        "teams/growth./x",
        "．．／x",
        "a／b",
        "a\u2215b",
        "a\u0000b",
        "a b",
        "a\\b",
        "é.html",
        "a:b",
        "a*b",
        "a?b"
      })
  void unsafePathsAreRefused(String path) {
    assertFalse(OutputFiles.isSafe(path), path);
    assertThrows(IllegalArgumentException.class, () -> new OutputFiles().text(path, "x"));
  }

  @Test
  void overlongPathsAndSegmentsAreRefused() {
    assertFalse(OutputFiles.isSafe("x".repeat(300)));
    assertFalse(OutputFiles.isSafe("a/" + "x".repeat(121)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html",
        "teams/growth.html",
        "data/okrs.json",
        "a-b_c.d/e",
        "console.html",
        "auxiliary/x.html",
        "com10.html",
        "o/2026-q4-growth-1.html"
      })
  void ordinaryPathsAreAccepted(String path) {
    assertTrue(OutputFiles.isSafe(path), path);
  }

  @Test
  void pathsThatDifferOnlyInCaseClash() {
    OutputFiles f = new OutputFiles();
    f.text("teams/growth.html", "a");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> f.text("teams/Growth.html", "b"));
    assertEquals(
        "outputs teams/growth.html and teams/Growth.html differ only in case", e.getMessage());
    assertThrows(IllegalStateException.class, () -> f.text("Teams/other.html", "c"));
    assertThrows(IllegalStateException.class, () -> f.text("teams/growth.html", "again"));
    assertThrows(IllegalStateException.class, () -> f.text("TEAMS", "a file where a folder is"));
    f.text("x", "file");
    assertThrows(IllegalStateException.class, () -> f.text("X/y", "a folder where a file is"));
    assertEquals(2, f.size());
  }

  @Test
  void slugsOfHostileNamesAreSafeFileNames() {
    Set<String> reserved =
        Set.of("con", "prn", "aux", "nul", "com1", "lpt9", "index", "data", "assets");
    for (String name : HOSTILE) {
      String slug = Slug.of(name);
      assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), name + " -> " + slug);
      assertTrue(slug.length() <= 60, name + " -> " + slug);
      assertFalse(reserved.contains(slug), name + " -> " + slug);
      assertTrue(OutputFiles.isSafe("teams/" + slug + ".html"), name + " -> " + slug);
    }
    assertEquals("x", Slug.of("．．／"));
    assertEquals("etc-passwd", Slug.of("../../etc/passwd"));
    assertEquals("con-1", Slug.of("CON"));
    assertEquals("growth", Slug.of("Ｇｒｏｗｔｈ"));
  }

  @Test
  void idsWrittenAsIsMustBeFileNameSafe() {
    for (String ok : List.of("AG-2026-01", "KR1", "kr_2.b")) assertTrue(Slug.isSafeId(ok), ok);
    for (String bad :
        List.of(
            "../x", "a/b", "C:\\x", "CON", "aux.txt", "a\u0000", "．．", "x".repeat(61), "a.", ""))
      assertFalse(Slug.isSafeId(bad), bad);
  }

  @Test
  void hostileNamesTitlesAndIdsInContentBuildOnlyInsideTheOutput(@TempDir Path tmp)
      throws IOException {
    Path source = tmp.resolve("content");
    TestSites.write(source, Map.of("okrs/hostile.yaml", okrs(HOSTILE)));
    Path output = tmp.resolve("site/public");
    SiteBuilder.Result r = TestSites.build(source, output, "2026-02-15");
    // Blank names are the only hostile names refused: an objective needs an owner.
    assertEquals(
        "okrs/hostile.yaml:322:3: error: okr names an empty team [missing-owner]\n"
            + "okrs/hostile.yaml:333:3: error: okr names an empty team [missing-owner]\n",
        TestSites.errors(r));
    List<String> named = HOSTILE.stream().filter(x -> !x.isBlank()).toList();
    TestSites.write(source, Map.of("okrs/hostile.yaml", okrs(named)));
    r = TestSites.build(source, output, "2026-02-15");
    assertFalse(r.hasErrors(), TestSites.errors(r));

    Set<String> folded = new HashSet<>();
    List<String> ids = new ArrayList<>();
    r.model().objectives().stream().map(Objective::id).forEach(ids::add);
    r.model().organisation().units().forEach(u -> ids.add("unit:" + u.id()));
    r.model().organisation().people().forEach(p -> ids.add("person:" + p.id()));
    for (String id : ids) {
      String bare = id.substring(id.indexOf(':') + 1);
      assertTrue(bare.matches("[a-z0-9]+(-[a-z0-9]+)*") && OutputFiles.isSafe(bare + ".html"), id);
      assertTrue(folded.add(id.toLowerCase(Locale.ROOT)), "two ids differ only in case: " + id);
    }
    assertEquals(
        named,
        r.model().objectives().stream().map(Objective::title).toList(),
        r.diagnostics().toString());
    try (Stream<Path> all = Files.walk(tmp)) {
      for (Path p : all.toList()) {
        assertTrue(
            p.equals(tmp) || p.startsWith(source) || p.startsWith(tmp.resolve("site")),
            "written outside: " + p);
      }
    }
    try (Stream<Path> site = Files.list(tmp.resolve("site"))) {
      assertEquals(
          List.of(".public.lock", "public"),
          site.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void teamsDeclaredTwiceWithDifferentCaseAreAnError(@TempDir Path tmp) throws IOException {
    TestSites.write(
        tmp,
        Map.of(
            "organisation.yaml",
            "organisation:\n"
                + "  company: Acme\n"
                + "  departments:\n"
                + "    - name: Product\n"
                + "      teams:\n"
                + "        - name: Growth\n"
                + "        - name: growth\n"));
    String errors = TestSites.errors(TestSites.check(tmp, "2026-02-15"));
    assertTrue(
        errors.contains("'growth' is declared twice (first at organisation.yaml:6:"), errors);
    assertTrue(errors.contains("[duplicate-unit]"), errors);
  }

  @Test
  void explicitIdsThatDifferOnlyInCaseAreAnError(@TempDir Path tmp) throws IOException {
    String okr =
        "okr:\n  quarter: \"Q1 2026\"\n  team: T%s\n  id: %s\n  objective: O\n"
            + "  key_results: [\"Grow x from 1 to 2\"]\n";
    TestSites.write(
        tmp,
        Map.of(
            "okrs/a.yaml",
            String.format(Locale.ROOT, okr, "a", "Growth"),
            "okrs/b.yaml",
            String.format(Locale.ROOT, okr, "b", "growth")));
    String errors = TestSites.errors(TestSites.check(tmp, "2026-02-15"));
    assertEquals(
        "okrs/b.yaml:2:3: error: objective id 'growth' is already used (at okrs/a.yaml:2:3)"
            + " [duplicate-id]\n",
        errors);
  }

  @Test
  void teamNamesThatDifferOnlyInCaseAreOneTeam(@TempDir Path tmp) throws IOException {
    String okr =
        "okr:\n  quarter: \"Q1 2026\"\n  team: %s\n  objective: %s\n"
            + "  key_results:\n    - id: %s\n      metric: m\n      baseline: 1\n      target: 2\n";
    TestSites.write(
        tmp,
        Map.of(
            "okrs/a.yaml",
            String.format(Locale.ROOT, okr, "Growth", "A", "KR1"),
            "okrs/b.yaml",
            String.format(Locale.ROOT, okr, "growth", "B", "KR2")));
    SiteBuilder.Result r = TestSites.check(tmp, "2026-02-15");
    assertFalse(r.hasErrors(), TestSites.errors(r));
    assertEquals(
        List.of("growth", "growth"),
        r.model().objectives().stream().map(o -> o.owner().id()).toList());
    assertEquals(
        2, new HashSet<>(r.model().objectives().stream().map(Objective::id).toList()).size());
  }

  @Test
  void hostileAnnualGoalAndKeyResultIdsAreErrors(@TempDir Path tmp) throws IOException {
    TestSites.write(
        tmp,
        Map.of(
            "goals/g.yaml",
            "annual_goal:\n  id: \"../../etc/passwd\"\n  statement: Grow\n",
            "okrs/o.yaml",
            "okr:\n"
                + "  quarter: \"Q1 2026\"\n"
                + "  team: Growth\n"
                + "  objective: O\n"
                + "  key_results:\n"
                + "    - id: \"C:\\\\evil\"\n"
                + "      metric: m\n"
                + "      baseline: 1\n"
                + "      target: 2\n"));
    String errors = TestSites.errors(TestSites.check(tmp, "2026-02-15"));
    assertTrue(
        errors.contains(
            "goals/g.yaml:2:7: error: annual goal id '../../etc/passwd' may only hold letters,"
                + " digits, '.', '_' and '-' [bad-id]"),
        errors);
    assertTrue(
        errors.contains(
            "okrs/o.yaml:6:11: error: key result id 'C:\\evil' may only hold letters, digits,"
                + " '.', '_' and '-' [bad-id]"),
        errors);
  }

  @Test
  void aSymlinkInTheSourceLeadingOutsideIsSkippedWithAWarning(@TempDir Path tmp)
      throws IOException {
    Path outside = tmp.resolve("outside");
    TestSites.write(
        outside,
        Map.of(
            "secret.yaml",
            "okr:\n  quarter: \"Q1 2026\"\n  team: Secret\n"
                + "  objective: SECRET-MARKER-42\n  key_results: [\"Grow x from 1 to 2\"]\n"));
    Path source = tmp.resolve("content");
    TestSites.write(source, Map.of("site.yaml", "title: T\n"));
    try {
      Files.createSymbolicLink(source.resolve("secret.yaml"), outside.resolve("secret.yaml"));
      Files.createSymbolicLink(source.resolve("elsewhere"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    Path output = tmp.resolve("public");
    SiteBuilder.Result r = TestSites.build(source, output, "2026-02-15");
    assertFalse(r.hasErrors(), TestSites.errors(r));
    List<String> warnings = r.diagnostics().stream().map(d -> d.line()).toList();
    assertEquals(
        List.of(
            "elsewhere:1:1: warning: symbolic link leads outside the source folder; skipped"
                + " [content-symlink-outside]",
            "secret.yaml:1:1: warning: symbolic link leads outside the source folder; skipped"
                + " [content-symlink-outside]"),
        warnings);
    try (Stream<Path> all = Files.walk(output)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(p).contains("SECRET-MARKER-42"), p.toString());
      }
    }
  }

  /** One okr per name, the name as team, title, metric and KR owner. */
  private static String okrs(List<String> names) {
    StringBuilder okrs = new StringBuilder();
    int n = 0;
    for (String name : names) {
      String q = yamlQuote(name);
      okrs.append(n == 0 ? "" : "---\n")
          .append("okr:\n  quarter: \"Q1 2026\"\n  team: ")
          .append(q)
          .append("\n  objective: ")
          .append(q)
          .append("\n  key_results:\n    - id: KR")
          .append(n)
          .append("\n      metric: ")
          .append(q)
          .append("\n      baseline: 1\n      target: 2\n      owner: ")
          .append(q)
          .append('\n');
      n++;
    }
    return okrs.toString();
  }

  private static String yamlQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
