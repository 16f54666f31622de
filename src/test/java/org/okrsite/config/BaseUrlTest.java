package org.okrsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrsite.content.ContentLoader;
import org.okrsite.diagnostic.Diagnostics;

/** {@code base_url} reaches feed and sitemap links, so only an absolute http(s) URL is taken. */
class BaseUrlTest {
  private static Settings read(String yaml, Diagnostics d) {
    return SettingsReader.read(
        ContentLoader.parse("site.yaml", yaml.getBytes(StandardCharsets.UTF_8), d).get(0), d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://okrs.example.com/",
        "http://intranet/okrs",
        "HTTPS://okrs.example.com/a?b=c"
      })
  void acceptsHttpAndHttps(String url) {
    Diagnostics d = new Diagnostics();
    assertEquals(url, read("base_url: \"" + url + "\"\n", d).baseUrl());
    assertEquals(0, d.sorted().size(), d.sorted().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt://x%0aalert(1)",
        "data:text/html,x",
        "//evil.example",
        "https://ok.example/\\\"><script>alert(1)</script>",
        "https:// evil",
        "vbscript:x",
        "okrs.example.com"
      })
  void refusesEverythingElse(String url) {
    Diagnostics d = new Diagnostics();
    assertNull(
        read("base_url: \"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n", d)
            .baseUrl());
    assertEquals("config-value", d.sorted().get(0).ruleId());
  }
}
