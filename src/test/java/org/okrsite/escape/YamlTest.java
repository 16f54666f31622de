package org.okrsite.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlTest {
  @Test
  void textIsAlwaysDoubleQuoted() {
    assertEquals("\"0.6\"", Yaml.quote("0.6"));
    assertEquals("\"yes\"", Yaml.quote("yes"));
    assertEquals("\"#1 channel: growth\"", Yaml.quote("#1 channel: growth"));
  }

  @Test
  void quotesAndBackslashesAreEscaped() {
    assertEquals("\"say \\\"hi\\\" C:\\\\x\"", Yaml.quote("say \"hi\" C:\\x"));
  }

  @Test
  void lineBreaksAndControlCharactersStayOnOneLine() {
    assertEquals("\"a\\nb\\r\\tc\"", Yaml.quote("a\nb\r\tc"));
    assertEquals("\"\\u001b[2J\\u0085\\u2028\\ufeff\"", Yaml.quote("\u001b[2J\u0085\u2028\ufeff"));
  }
}
