package org.okrsite.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/** Strict UTF-8 decoding that reports where the first bad byte is, and drops a leading BOM. */
final class Utf8 {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Utf8() {}

  /**
   * Decodes {@code bytes}, or reports {@code content-encoding} at the first invalid byte and
   * returns empty.
   */
  static Optional<String> decode(String path, byte[] bytes, Diagnostics diagnostics) {
    int start = hasBom(bytes) ? BOM.length : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      SourcePosition at = TextPositions.endOf(path, out);
      diagnostics.error(
          at,
          Rule.CONTENT_ENCODING,
          String.format(
              "file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset),
          "save the file as UTF-8");
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }
}
