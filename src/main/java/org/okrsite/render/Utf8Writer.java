package org.okrsite.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 straight into a growing byte array: a page is rendered
 * into it once and its bytes go to the output as they are, without the {@code StringWriter} →
 * {@code String} → {@code getBytes} copies (and without {@code StringBuffer}'s lock on every small
 * write the templates make). Not thread-safe; one per page. An unpaired surrogate becomes {@code
 * ?}, as {@code String.getBytes(UTF_8)} does.
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;

  /** A high surrogate whose low half has not been written yet. */
  private char pending;

  Utf8Writer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  /**
   * Text is copied out of a string in one call, then encoded: cheaper than a {@code charAt} a
   * character.
   */
  private final char[] chars = new char[CHUNK];

  private static final int CHUNK = 4096;

  @Override
  public void write(String s, int off, int len) {
    while (len > 0) {
      int n = Math.min(len, CHUNK);
      s.getChars(off, off + n, chars, 0);
      write(chars, 0, n);
      off += n;
      len -= n;
    }
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  /** Without {@code Writer}'s substring per call: the HTML escaper appends runs of each value. */
  @Override
  public Writer append(CharSequence csq, int start, int end) {
    if (csq instanceof String s) {
      write(s, start, end - start);
    } else {
      write(String.valueOf(csq.subSequence(start, end)));
    }
    return this;
  }

  @Override
  public Writer append(CharSequence csq) {
    write(String.valueOf(csq));
    return this;
  }

  /**
   * ASCII runs are copied in a loop over locals (no field read or write per character); any other
   * character goes through {@link #put}, which may grow or spill the buffer, so the loop starts
   * over.
   */
  @Override
  public void write(char[] cbuf, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      if (pending == 0) {
        ensure(end - i);
        byte[] b = bytes;
        int s = size;
        while (i < end) {
          char c = cbuf[i];
          if (c >= 0x80) break;
          b[s++] = (byte) c;
          i++;
        }
        size = s;
        if (i == end) return;
      }
      put(cbuf[i++]);
    }
  }

  /** Appends bytes that are UTF-8 already: a fragment another {@code Utf8Writer} rendered. */
  void writeUtf8(byte[] utf8) {
    if (pending != 0) {
      pending = 0;
      ensure(1);
      bytes[size++] = '?';
    }
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  private void put(char c) {
    if (pending != 0) {
      char high = pending;
      pending = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        ensure(4);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      ensure(1);
      bytes[size++] = '?';
    }
    ensure(3);
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pending = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void ensure(int more) {
    if (size + more <= bytes.length) return;
    if (spill == null && target != null && size + more > spillAt) {
      try {
        spill = target.open();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (spill != null) {
      drain();
      if (more <= bytes.length) return;
    }
    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
  }

  private void drain() {
    try {
      spill.write(bytes, 0, size);
      size = 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Where the bytes go once they pass {@link #spillOver}'s threshold. */
  @FunctionalInterface
  interface Target {
    java.io.OutputStream open() throws java.io.IOException;
  }

  private Target target;
  private int spillAt;
  private java.io.OutputStream spill;

  /**
   * Past {@code threshold} bytes, the buffer is written to {@code target} (opened then) and then
   * reused for the rest of the page, so a huge page never sits in memory whole.
   */
  void spillOver(int threshold, Target target) {
    this.target = target;
    this.spillAt = threshold;
  }

  /** Whether the page went to its target rather than staying in the buffer. */
  boolean spilled() {
    return spill != null;
  }

  /** Writes what is left to the target and closes it; only after {@link #spilled}. */
  void finishSpill() {
    if (pending != 0) {
      pending = 0;
      ensure(1);
      bytes[size++] = '?';
    }
    drain();
    try {
      spill.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      spill = null;
      target = null;
    }
  }

  /** Closes a target left open by a page that failed part-way; its file is incomplete. */
  void abandon() {
    if (spill != null) {
      try {
        spill.close();
      } catch (java.io.IOException e) {
        // the build fails anyway: its staging folder is never published
      }
    }
    spill = null;
    target = null;
    size = 0;
    pending = 0;
  }

  /** The bytes written so far; a dangling high surrogate counts as {@code ?}. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length());
  }

  /**
   * How many bytes of {@link #buffer()} were written (a dangling high surrogate now counts as
   * {@code ?}): with the buffer, a page's bytes without a copy, valid until the next write.
   */
  int length() {
    if (pending != 0) {
      pending = 0;
      ensure(1);
      bytes[size++] = '?';
    }
    return size;
  }

  /** The buffer itself; its first {@link #length()} bytes are the page. */
  byte[] buffer() {
    return bytes;
  }

  /** Empties the buffer for the next page. */
  void reset() {
    abandon();
  }

  /** Lets go of a buffer that grew past {@code bytes} for one large page. */
  void trim(int max) {
    if (bytes.length > max) bytes = new byte[max];
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
