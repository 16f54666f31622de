package org.okrsite.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {
  @Test
  void escapesTheFiveMarkupCharactersWithXmlEntities() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", Xml.text("a <b> & \"c\" 'd'"));
    assertEquals("x&quot;/&gt;&lt;evil/&gt;", Xml.attribute("x\"/><evil/>"));
  }

  @Test
  void charactersXmlCannotCarryBecomeTheReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Xml.text("a\u0001b\u000bc\u001f"));
    assertEquals("\t\n\r", Xml.text("\t\n\r"));
    assertEquals("\uFFFD", Xml.text("\uDC00"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Xml.text(null));
  }
}
