package org.okrsite.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void newlinesCannotStartALineOfTheirOwn() {
    assertEquals("bad\\n::error file=x::forged", Terminal.text("bad\n::error file=x::forged"));
    assertEquals("a\\r\\tb", Terminal.text("a\r\tb"));
  }

  @Test
  void escapeSequencesAreShownNotObeyed() {
    assertEquals("\\x1b[2J\\x1b]0;title\\x07", Terminal.text("\u001b[2J\u001b]0;title\u0007"));
    assertEquals("\\x9b31m \\x7f", Terminal.text("\u009b31m \u007f"));
  }

  @Test
  void lineSeparatorsAndBidiControlsAreShown() {
    assertEquals("a\\u2028b\\u202ecba\\u2066", Terminal.text("a\u2028b\u202ecba\u2066"));
  }

  @Test
  void ordinaryTextIsUnchanged() {
    assertEquals(
        "okrs/q1.yaml:3:5: error: unit mismatch — 7 days vs 8% [kr-unit-mismatch]",
        Terminal.text("okrs/q1.yaml:3:5: error: unit mismatch — 7 days vs 8% [kr-unit-mismatch]"));
    assertEquals("C:\\path", Terminal.text("C:\\path"));
    assertEquals("", Terminal.text(null));
  }
}
