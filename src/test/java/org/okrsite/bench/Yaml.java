package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the generated YAML text: quoting, indentation and the file itself. */
final class Yaml {
  private final StringBuilder b = new StringBuilder(1024);

  /** A double-quoted YAML string; the generated text never holds control characters. */
  static String q(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  Yaml line(int indent, String text) {
    b.append("  ".repeat(indent)).append(text).append('\n');
    return this;
  }

  Yaml kv(int indent, String key, String quotedOrPlain) {
    return line(indent, key + ": " + quotedOrPlain);
  }

  Yaml str(int indent, String key, String value) {
    return kv(indent, key, q(value));
  }

  Yaml item(int indent, String value) {
    return line(indent, "- " + q(value));
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
