package org.okrsite.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsTest {
  @Test
  void textEscapesBackslashSemicolonCommaAndLineBreaks() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", Ics.text("a\\b;c,d\ne\r\nf\rg"));
    assertEquals("tab\tkept", Ics.text("tab\tkept"));
    assertEquals("", Ics.text(null));
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Ics.text("a\u0001b\u007fc\uDC00"));
    assertEquals("\uD83D\uDE00", Ics.text("\uD83D\uDE00"));
  }

  @Test
  void shortLinesEndWithCrlf() {
    assertEquals("VERSION:2.0\r\n", Ics.line("VERSION:2.0"));
  }

  @Test
  void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
    String value = "SUMMARY:" + "ø".repeat(60); // 8 + 120 octets
    String folded = Ics.line(value);
    String[] lines = folded.substring(0, folded.length() - 2).split("\r\n");
    assertEquals(2, lines.length);
    for (String l : lines) assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
    // 8 + 33 × 2 = 74: a 34th ø would make 76, so it starts the next line
    assertEquals(74, lines[0].getBytes(StandardCharsets.UTF_8).length);
    assertTrue(lines[1].startsWith(" "));
    assertEquals(value, folded.replace("\r\n ", "").replace("\r\n", ""));
  }

  @Test
  void anAsciiLineOfExactly75OctetsIsNotFolded() {
    String line = "X".repeat(75);
    assertEquals(line + "\r\n", Ics.line(line));
    assertEquals("X".repeat(75) + "\r\n X\r\n", Ics.line("X".repeat(76)));
  }
}
