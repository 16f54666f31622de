package org.okrsite.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * An unambiguous text form of a chart's input, hashed into its cache key: every string is
 * length-prefixed and every number written exactly ({@link Double#toString}), so different inputs
 * never produce the same text.
 */
final class CanonicalText {

  private final StringBuilder text = new StringBuilder();

  CanonicalText add(String s) {
    text.append('s').append(s.length()).append(':').append(s).append('\n');
    return this;
  }

  CanonicalText add(double d) {
    text.append('d').append(Double.toString(d)).append('\n');
    return this;
  }

  CanonicalText add(LocalDate date) {
    return add(date.toString());
  }

  CanonicalText add(List<DatedValue> values) {
    text.append('n').append(values.size()).append('\n');
    for (DatedValue v : values) {
      add(v.date()).add(v.value());
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** The SHA-256 of the text, as 64 lower-case hex digits. */
  String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
