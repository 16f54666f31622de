package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.diagnostic.SourcePosition;

class SafeYamlTest {

  @Test
  void valuesCarryTheirLineAndColumn() {
    Parsing p = Parsing.of("a.yaml", "okr:\n  team: Growth\n  quarter: Q1 2026\n");
    YamlMapping okr = p.map("okr");
    assertEquals(new SourcePosition("a.yaml", 3, 12), okr.get("quarter").orElseThrow().position());
    assertEquals(
        new SourcePosition("a.yaml", 3, 3), okr.entry("quarter").orElseThrow().key().position());
    assertEquals(new SourcePosition("a.yaml", 1, 1), p.data().position());
  }

  @Test
  void valueOnLineThreeColumnTen() {
    Parsing p = Parsing.of("a.yaml", "okr:\n  x: 1\n  abcdef: v\n");
    assertEquals(
        new SourcePosition("a.yaml", 3, 11), p.map("okr").get("abcdef").orElseThrow().position());
    Parsing q = Parsing.of("b.yaml", "a:\n b: 1\n c:      v\n");
    assertEquals(
        "b.yaml:3:10",
        ((YamlMapping) q.data().get("a").orElseThrow())
            .get("c")
            .orElseThrow()
            .position()
            .toString());
  }

  @Test
  void crlfAndLoneCrKeepPositions() {
    Parsing crlf = Parsing.of("a.yaml", "okr:\r\n  team: Growth\r\n  quarter: Q1\r\n");
    assertEquals("a.yaml:3:12", crlf.map("okr").get("quarter").orElseThrow().position().toString());
    Parsing cr = Parsing.of("a.yaml", "okr:\r  team: Growth\r  quarter: Q1\r");
    assertEquals("a.yaml:3:12", cr.map("okr").get("quarter").orElseThrow().position().toString());
    assertEquals(List.of(), crlf.lines());
  }

  @Test
  void scalarTypes() {
    Parsing p =
        Parsing.of(
            "a.yaml",
            "x:\n"
                + "  i: 12\n"
                + "  f: 0.6\n"
                + "  b: true\n"
                + "  n: ~\n"
                + "  d: 2026-01-16\n"
                + "  s: \"0.6\"\n"
                + "  t: 7 days\n"
                + "  e:\n");
    YamlMapping x = p.map("x");
    assertEquals(YamlScalar.Type.INT, type(x, "i"));
    assertEquals(YamlScalar.Type.FLOAT, type(x, "f"));
    assertEquals(YamlScalar.Type.BOOL, type(x, "b"));
    assertEquals(YamlScalar.Type.NULL, type(x, "n"));
    assertEquals(YamlScalar.Type.DATE, type(x, "d"));
    assertEquals(YamlScalar.Type.STRING, type(x, "s"));
    assertEquals("0.6", ((YamlScalar) x.get("s").orElseThrow()).text());
    assertEquals(YamlScalar.Type.STRING, type(x, "t"));
    assertEquals(YamlScalar.Type.NULL, type(x, "e"));
  }

  private static YamlScalar.Type type(YamlMapping m, String key) {
    return ((YamlScalar) m.get(key).orElseThrow()).type();
  }

  @Test
  void everyDocumentOfAStreamIsOneSourceDocument() {
    Parsing p = Parsing.of("a.yaml", "a: 1\n---\n---\nb: 2\n");
    assertEquals(List.of(), p.lines());
    assertEquals(2, p.documents.size());
    assertEquals(List.of("b"), p.documents.get(1).data().keys());
    assertEquals(null, p.documents.get(1).body());
    assertEquals(0, p.documents.get(1).bodyLine());
    assertEquals(4, p.documents.get(1).data().position().line());
  }

  @Test
  void duplicateKey() {
    Parsing p = Parsing.of("bad.yaml", "okr:\n  team: Growth\n  team: Sales\n");
    assertEquals(
        List.of("bad.yaml:3:3: error: duplicate key 'team' (first at line 2) [yaml-duplicate-key]"),
        p.lines());
    assertTrue(p.documents.isEmpty());
    assertTrue(!p.all().get(0).hint().isEmpty());
  }

  @Test
  void topLevelDuplicateKeyAtColumnOne() {
    Parsing p = Parsing.of("bad.yaml", "okr: 1\nteam: a\nteam: b\n");
    assertEquals(
        List.of("bad.yaml:3:1: error: duplicate key 'team' (first at line 2) [yaml-duplicate-key]"),
        p.lines());
  }

  @Test
  void keyResultsRepeatOnlyInsideSoloOkr() {
    String twice = "  key_results: [a]\n  key_results: [b]\n";
    assertEquals(List.of(), Parsing.of("s.yaml", "solo_okr:\n" + twice).lines());
    assertEquals(
        List.of(
            "o.yaml:3:3: error: duplicate key 'key_results' (first at line 2)"
                + " [yaml-duplicate-key]"),
        Parsing.of("o.yaml", "okr:\n" + twice).lines());
    assertEquals(
        List.of(
            "n.yaml:4:5: error: duplicate key 'key_results' (first at line 3)"
                + " [yaml-duplicate-key]"),
        Parsing.of("n.yaml", "solo_okr:\n  nested:\n    key_results: [a]\n    key_results: [b]\n")
            .lines());
    assertEquals(
        List.of(
            "s.yaml:3:3: error: duplicate key 'quarter' (first at line 2) [yaml-duplicate-key]"),
        Parsing.of("s.yaml", "solo_okr:\n  quarter: a\n  quarter: b\n").lines());
  }

  @Test
  void notAMapping() {
    assertEquals(
        List.of(
            "l.yaml:1:1: error: the document is a list, but it must be a mapping of `key: value`"
                + " lines [yaml-not-mapping]"),
        Parsing.of("l.yaml", "- a\n- b\n").lines());
    assertEquals(
        List.of(
            "t.yaml:2:1: error: the document is a text, but it must be a mapping of `key: value`"
                + " lines [yaml-not-mapping]"),
        Parsing.of("t.yaml", "# c\njust text\n").lines());
  }

  @Test
  void syntaxErrorAtProblemMark() {
    Parsing p = Parsing.of("s.yaml", "okr:\n  team: Growth\n  quarter: \"Q1\n  x: [\n");
    assertEquals(1, p.all().size());
    assertEquals("yaml-syntax", p.all().get(0).ruleId());
    assertTrue(p.all().get(0).message().startsWith("invalid YAML: "), p.all().get(0).message());
    Parsing q = Parsing.of("s.yaml", "okr:\n  team: a: b\n");
    assertEquals(
        List.of(
            "s.yaml:2:10: error: invalid YAML: mapping values are not allowed here [yaml-syntax]"),
        q.lines());
  }

  @Test
  void tabIndentationGetsItsHint() {
    Parsing p = Parsing.of("t.yaml", "okr:\n\tteam: Growth\n");
    assertEquals(1, p.all().size());
    assertEquals("yaml-syntax", p.all().get(0).ruleId());
    assertEquals(2, p.all().get(0).lineNumber());
    assertEquals("indent with spaces, not tabs", p.all().get(0).hint());
  }

  @Test
  void unsafeTagsAreRefusedNotConstructed() {
    Parsing p = Parsing.of("x.yaml", "okr:\n  run: !!python/object/apply:os.system [\"echo\"]\n");
    assertEquals(
        List.of("x.yaml:2:8: error: tag !!python/object/apply:os.system is not allowed [yaml-tag]"),
        p.lines());
    assertTrue(p.documents.isEmpty());
    assertEquals(
        List.of("x.yaml:1:4: error: tag !foo is not allowed [yaml-tag]"),
        Parsing.of("x.yaml", "a: !foo bar\n").lines());
    assertEquals(
        List.of(
            "x.yaml:1:4: error: tag !!javax.script.ScriptEngineManager is not allowed [yaml-tag]"),
        Parsing.of(
                "x.yaml",
                "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n")
            .lines()
            .subList(0, 1));
  }

  @Test
  void standardTagsAreAccepted() {
    Parsing p = Parsing.of("x.yaml", "a: !!str 0.6\nb: !!int \"3\"\nc: !!map {d: !!seq [1]}\n");
    assertEquals(List.of(), p.lines());
    assertEquals(YamlScalar.Type.STRING, ((YamlScalar) p.data().get("a").orElseThrow()).type());
    assertEquals(YamlScalar.Type.INT, ((YamlScalar) p.data().get("b").orElseThrow()).type());
    assertEquals(
        List.of("x.yaml:1:4: error: 'abc' is not a valid !!int [yaml-tag]"),
        Parsing.of("x.yaml", "a: !!int abc\n").lines());
    assertEquals(
        List.of("x.yaml:1:4: error: tag !!str cannot be used on a list [yaml-tag]"),
        Parsing.of("x.yaml", "a: !!str [1]\n").lines());
  }

  @Test
  void complexKey() {
    Parsing p = Parsing.of("k.yaml", "okr:\n  ? [a, b]\n  : c\n");
    assertEquals(
        List.of("k.yaml:2:5: error: a key must be text, not a list [yaml-complex-key]"), p.lines());
  }

  @Test
  void billionLaughsFailsFast() {
    StringBuilder y =
        new StringBuilder(
            "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      y.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, prev)))
          .append("]\n");
    }
    Parsing p =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> Parsing.of("bomb.yaml", y.toString()));
    assertEquals(
        List.of(
            "bomb.yaml:4:18: error: too many aliases of lists or mappings (more than 20)"
                + " [yaml-alias-limit]"),
        p.lines());
  }

  @Test
  void aLargeFileWithoutAliasesIsNoAliasBomb() {
    // the organisation file of 50,000 people holds some 300,000 values and no alias
    StringBuilder y = new StringBuilder("people:\n");
    for (int i = 0; i < 150_000; i++) y.append("  - p").append(i).append('\n');
    Parsing p = Parsing.of("organisation.yaml", y.toString());
    assertEquals(List.of(), p.lines());
  }

  @Test
  void aliasExpansionBudgetCountsCopies() {
    // Few aliases, each repeating a large list: under SnakeYAML's alias count, over our node
    // budget.
    StringBuilder y = new StringBuilder("base: &b [");
    for (int i = 0; i < 20_000; i++) y.append(i == 0 ? "" : ",").append("x");
    y.append("]\n");
    for (int i = 0; i < 10; i++) y.append("c").append(i).append(": *b\n");
    Parsing p =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> Parsing.of("wide.yaml", y.toString()));
    assertEquals(
        List.of(
            "wide.yaml:5:1: error: too many values after expanding aliases (more than 100000)"
                + " [yaml-alias-limit]"),
        p.lines());
  }

  @Test
  void aliasesExpandIntoCopies() {
    Parsing p = Parsing.of("a.yaml", "a: &x {k: 1}\nb: *x\n");
    assertEquals(List.of(), p.lines());
    assertEquals(p.data().get("a"), p.data().get("b"));
  }

  @Test
  void selfReferenceIsRefused() {
    Parsing p = Parsing.of("r.yaml", "a: &x [1, *x]\n");
    assertEquals(
        List.of(
            "r.yaml:1:4: error: alias refers to a value that contains itself [yaml-alias-limit]"),
        p.lines());
  }

  @Test
  void deepNestingFailsFast() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    Parsing p =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Parsing.of("deep.yaml", deep));
    assertEquals(
        List.of(
            "deep.yaml:1:44: error: values are nested more than 40 levels deep [yaml-too-deep]"),
        p.lines());
    // 40 levels (counting the root mapping and the innermost scalar) load; 41 do not.
    assertEquals(
        List.of(), Parsing.of("ok.yaml", "a: " + "[".repeat(38) + "x" + "]".repeat(38)).lines());
    assertEquals(
        List.of("d.yaml:1:43: error: values are nested more than 40 levels deep [yaml-too-deep]"),
        Parsing.of("d.yaml", "a: " + "[".repeat(39) + "x" + "]".repeat(39)).lines());
    String blockDeep = "a:\n" + "  - ".repeat(60) + "x\n";
    assertEquals("yaml-too-deep", Parsing.of("b.yaml", blockDeep).all().get(0).ruleId());
  }

  @Test
  void controlCharacterIsASyntaxError() {
    Parsing p = Parsing.of("c.yaml", "a: 1\nb: x\u0007y\n");
    assertEquals(
        List.of("c.yaml:2:5: error: character U+0007 is not allowed in YAML [yaml-syntax]"),
        p.lines());
  }

  @Test
  void commentOnlyYamlIsEmpty() {
    assertEquals(
        List.of(
            "c.yaml:1:1: warning: file holds no YAML values, only comments or empty documents"
                + " [content-empty]"),
        Parsing.of("c.yaml", "# nothing yet\n").lines());
  }
}
