package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The page buffer writes the same bytes as {@code String.getBytes(UTF_8)}, however the text
 * arrives.
 */
class Utf8WriterTest {
  private static final char[] ALPHABET = {
    'a', 'Z', '<', '&', ' ', '\n', 'é', 'ß', '—', '→', 'Δ', '€', '中', '\uD83D', '\uDE00', '\uDBFF',
    '\uDFFF', '\u0000', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF'
  };

  @Test
  void matchesStringGetBytesOnRandomTextWrittenInRandomPieces() {
    SplittableRandom random = new SplittableRandom(42);
    Utf8Writer w = new Utf8Writer(16);
    for (int round = 0; round < 2_000; round++) {
      String s = randomText(random, 300);
      w.reset();
      int at = 0;
      while (at < s.length()) {
        int len = Math.min(s.length() - at, random.nextInt(1, 40));
        String piece = s.substring(at, at + len);
        boolean whole =
            !Character.isLowSurrogate(piece.charAt(0))
                && !Character.isHighSurrogate(piece.charAt(len - 1));
        switch (random.nextInt(6)) {
          case 0 -> w.write(s, at, len);
          case 5 -> {
            if (whole) w.writeUtf8(piece.getBytes(StandardCharsets.UTF_8));
            else w.write(piece);
          }
          case 3 -> w.append(s, at, at + len);
          case 4 -> w.append(new StringBuilder(s), at, at + len);
          case 1 -> w.write(s.substring(at, at + len).toCharArray(), 0, len);
          default -> {
            for (int i = at; i < at + len; i++) w.write(s.charAt(i));
          }
        }
        at += len;
      }
      assertArrayEquals(
          s.getBytes(StandardCharsets.UTF_8), w.toByteArray(), () -> "text: " + escape(s));
      // the page as PageWriter hands it on, without a copy
      assertArrayEquals(
          s.getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(w.buffer(), w.length()));
    }
  }

  @Test
  void pastTheThresholdTheBytesGoToTheTargetInOrder() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      String s = randomText(random, 3_000);
      java.io.ByteArrayOutputStream target = new java.io.ByteArrayOutputStream();
      Utf8Writer w = new Utf8Writer(32);
      w.spillOver(200, () -> target);
      int at = 0;
      while (at < s.length()) {
        int len = Math.min(s.length() - at, random.nextInt(1, 120));
        String piece = s.substring(at, at + len);
        if (random.nextBoolean()
            && !Character.isLowSurrogate(piece.charAt(0))
            && !Character.isHighSurrogate(piece.charAt(len - 1))) {
          w.writeUtf8(
              piece.getBytes(
                  StandardCharsets.UTF_8)); // a shared fragment, possibly past the threshold
        } else {
          w.write(s, at, len);
        }
        at += len;
      }
      byte[] expected = s.getBytes(StandardCharsets.UTF_8);
      if (w.spilled()) {
        w.finishSpill();
        assertArrayEquals(expected, target.toByteArray(), () -> "text: " + escape(s));
      } else {
        assertArrayEquals(expected, w.toByteArray(), () -> "text: " + escape(s));
        org.junit.jupiter.api.Assertions.assertTrue(
            expected.length <= 200 + 120 * 3, expected.length + " bytes kept");
      }
    }
  }

  @Test
  void aPairSplitAcrossTwoWritesIsOneCharacter() {
    Utf8Writer w = new Utf8Writer(4);
    w.write("x\uD83D");
    w.write("\uDE00y");
    assertArrayEquals("x\uD83D\uDE00y".getBytes(StandardCharsets.UTF_8), w.toByteArray());
  }

  @Test
  void aDanglingHighSurrogateAtTheEndIsAQuestionMark() {
    Utf8Writer w = new Utf8Writer(4);
    w.write("ab\uD83D");
    assertArrayEquals("ab\uD83D".getBytes(StandardCharsets.UTF_8), w.toByteArray());
  }

  private static String randomText(SplittableRandom random, int maxChars) {
    StringBuilder text = new StringBuilder();
    int n = random.nextInt(0, maxChars);
    for (int i = 0; i < n; i++) text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    return text.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray())
      b.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    return b.toString();
  }
}
