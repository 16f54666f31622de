package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL policy every content URL goes through, with the spellings browsers forgive. */
class UrlPolicyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "\u0000javascript:alert(1)",
        "java\u0000script:alert(1)",
        "\u200bjavascript:alert(1)",
        "java\u200bscript:alert(1)",
        "\u202ejavascript:alert(1)",
        "\ufeffjavascript:x",
        "vbscript:msgbox(1)",
        "VBSCRIPT:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "DATA:text/html,hi",
        "livescript:x",
        "file:///etc/passwd",
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "%6Aavascript:alert(1)",
        "javascript&colon;alert(1)",
        "ftp://x.example",
        "",
        "   ",
        "\t"
      })
  void refusesEverythingButHttpHttpsMailtoAndRelative(String url) {
    assertEquals("#", UrlPolicy.link(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a?b=1&c=2",
        "HTTP://example.com",
        "mailto:a@b.example",
        "glossary.html#kr",
        "../index.html",
        "#top",
        "?q=x",
        "a/b:c",
        "pages/x.html"
      })
  void keepsSafeLinks(String url) {
    assertEquals(url, UrlPolicy.link(url));
  }

  @Test
  void cleansWhatABrowserWouldIgnore() {
    assertEquals("https://example.com", UrlPolicy.link("  https://exa\tmple.com\n "));
  }

  @Test
  void imagesOnlyFromTheSite() {
    assertEquals("img/a.png", UrlPolicy.image("img/a.png"));
    assertEquals("#", UrlPolicy.image("https://evil.example/a.png"));
    assertEquals("#", UrlPolicy.image("data:image/svg+xml,<svg onload=alert(1)>"));
    assertEquals("#", UrlPolicy.image("//evil.example/a.png"));
  }

  @Test
  void externalMeansHttpOrHttps() {
    assertTrue(UrlPolicy.isExternal("HTTPS://x.org"));
    assertFalse(UrlPolicy.isExternal("mailto:a@b.c"));
    assertFalse(UrlPolicy.isExternal("index.html"));
  }
}
