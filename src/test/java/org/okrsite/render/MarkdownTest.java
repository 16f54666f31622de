package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrsite.site.SitePaths;

/** The Markdown adapter and the safe Mustache factory, with literal inputs. */
class MarkdownTest {
  private final Markdown md = new Markdown(false);

  @Test
  void rawHtmlIsEscapedByDefault() {
    assertEquals("<p>&lt;b&gt;hi&lt;/b&gt;</p>\n", md.toHtml("<b>hi</b>"));
  }

  @Test
  void rawHtmlPassesWhenTheSiteOptsIn() {
    assertEquals("<p><b>hi</b></p>\n", new Markdown(true).toHtml("<b>hi</b>"));
  }

  @Test
  void unsafeSchemesBecomeHash() {
    // flexmark drops javascript: links altogether (its SUPPRESSED_LINKS default), keeping the text.
    assertEquals("<p>x</p>\n", md.toHtml("[x](javascript:alert(1))"));
    // Its pattern is case-sensitive; our own check catches the rest.
    assertEquals("<p><a href=\"#\">x</a></p>\n", md.toHtml("[x](JAVASCRIPT:alert(1))"));
    assertEquals("<p><a href=\"#\">x</a></p>\n", md.toHtml("[x](data:text/html,hi)"));
    assertEquals("<p><a href=\"#\">x</a></p>\n", md.toHtml("[x](vbscript:msgbox)"));
  }

  @Test
  void safeLinksStayAndExternalOnesGetNoopener() {
    assertEquals("<p><a href=\"glossary.html#kr\">g</a></p>\n", md.toHtml("[g](glossary.html#kr)"));
    assertEquals("<p><a href=\"mailto:a@b.c\">m</a></p>\n", md.toHtml("[m](mailto:a@b.c)"));
    assertEquals(
        "<p><a href=\"https://x.org\" rel=\"noopener noreferrer\">x</a></p>\n",
        md.toHtml("[x](https://x.org)"));
  }

  @Test
  void imagesOnlyFromTheSite() {
    assertTrue(md.toHtml("![a](https://evil.example/a.png)").contains("src=\"#\""));
    assertTrue(md.toHtml("![a](img/a.png)").contains("src=\"img/a.png\""));
  }

  @Test
  void tablesRender() {
    assertTrue(md.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table"));
  }

  @Test
  void theFactoryRefusesUnescapedContentText() {
    SafeMustacheFactory f = new SafeMustacheFactory(new Theme(null));
    assertThrows(
        MustacheException.class, () -> f.compile(new java.io.StringReader("{{{title}}}"), "t"));
    assertThrows(
        MustacheException.class, () -> f.compile(new java.io.StringReader("{{&title}}"), "t"));
    java.io.StringWriter w = new java.io.StringWriter();
    f.compile(new java.io.StringReader("{{title}}|{{{bodyHtml}}}"), "t2")
        .execute(w, Map.of("title", "<i>", "bodyHtml", "<p>ok</p>"));
    assertEquals("&lt;i&gt;|<p>ok</p>", w.toString());
  }

  @Test
  void relativeLinksClimbTheRightNumberOfFolders() {
    assertEquals(
        "../../../index.html",
        SitePaths.relative("cycles/2026-q4/units/growth.html", "index.html"));
    assertEquals("org/index.html", SitePaths.relative("index.html", "org/index.html"));
  }
}
