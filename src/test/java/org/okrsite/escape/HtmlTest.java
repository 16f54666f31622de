package org.okrsite.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveMarkupCharacters() {
    assertEquals(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        Html.text("<script>alert('x')</script>"));
    assertEquals("R&amp;D &quot;core&quot;", Html.text("R&D \"core\""));
  }

  @Test
  void attributeValuesCannotBreakOut() {
    assertEquals("x&quot; onload=&quot;alert(1)", Html.attribute("x\" onload=\"alert(1)"));
    assertEquals("a&#39; b", Html.attribute("a' b"));
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc", Html.text("a\u0000b\u001bc"));
    assertEquals("tab\tnew\nline\r", Html.text("tab\tnew\nline\r"));
    assertEquals("\uFFFD\uFFFD", Html.text("\uFFFE\uFFFF"));
  }

  @Test
  void surrogatePairsStayLoneSurrogatesDoNot() {
    assertEquals("\uD83D\uDE00", Html.text("\uD83D\uDE00"));
    assertEquals("x\uFFFDy\uFFFD", Html.text("x\uD83Dy\uDE00"));
  }

  @Test
  void plainTextAndNullPassThrough() {
    assertEquals("Grow revenue 20% — Q1", Html.text("Grow revenue 20% — Q1"));
    assertEquals("", Html.text(null));
  }
}
