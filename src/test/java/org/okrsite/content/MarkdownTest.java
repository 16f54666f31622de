package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void frontMatterPositionsAreFilePositions() {
    Parsing p =
        Parsing.of("okrs/growth.md", "---\nkind: okr\nteam:   Growth\n---\n# Why\nBecause.\n");
    assertEquals(List.of(), p.lines());
    SourceDocument doc = p.documents.get(0);
    assertEquals("okrs/growth.md:3:9", doc.data().get("team").orElseThrow().position().toString());
    assertEquals(
        "okrs/growth.md:2:1", doc.data().entry("kind").orElseThrow().key().position().toString());
    assertEquals("# Why\nBecause.\n", doc.body());
    assertEquals(5, doc.bodyLine());
    assertTrue(doc.isMarkdown());
  }

  @Test
  void crlfMarkdownKeepsPositionsAndNormalisesBody() {
    Parsing p =
        Parsing.of("a.md", "---\r\nkind: okr\r\nteam: x\r\n...\r\nline one\r\nline two\r\n");
    SourceDocument doc = p.documents.get(0);
    assertEquals("a.md:3:7", doc.data().get("team").orElseThrow().position().toString());
    assertEquals("line one\nline two\n", doc.body());
    assertEquals(5, doc.bodyLine());
  }

  @Test
  void noFrontMatterGivesEmptyDataAndWholeBody() {
    Parsing p = Parsing.of("notes.md", "# Notes\n\nSome --- text\n");
    SourceDocument doc = p.documents.get(0);
    assertEquals(List.of(), doc.data().entries());
    assertEquals("notes.md:1:1", doc.data().position().toString());
    assertEquals("# Notes\n\nSome --- text\n", doc.body());
    assertEquals(1, doc.bodyLine());
  }

  @Test
  void emptyFrontMatterAndEmptyBody() {
    SourceDocument doc = Parsing.of("a.md", "---\n---").documents.get(0);
    assertEquals(List.of(), doc.data().entries());
    assertEquals("", doc.body());
    assertEquals(3, doc.bodyLine());
  }

  @Test
  void unclosedFrontMatter() {
    Parsing p = Parsing.of("a.md", "---\nkind: okr\n\n# Title\n");
    assertEquals(
        List.of(
            "a.md:1:1: error: front matter opened with '---' is never closed"
                + " [front-matter-unclosed]"),
        p.lines());
    assertTrue(p.documents.isEmpty());
    assertTrue(!p.all().get(0).hint().isEmpty());
  }

  @Test
  void frontMatterErrorsUseFileLines() {
    Parsing p = Parsing.of("a.md", "---\nkind: okr\nkind: kr\n---\nbody\n");
    assertEquals(
        List.of("a.md:3:1: error: duplicate key 'kind' (first at line 2) [yaml-duplicate-key]"),
        p.lines());
    Parsing q = Parsing.of("b.md", "---\n- a\n---\nbody\n");
    assertEquals(
        List.of(
            "b.md:2:1: error: the document is a list, but it must be a mapping of `key: value`"
                + " lines [yaml-not-mapping]"),
        q.lines());
  }
}
