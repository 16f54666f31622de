package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Raw HTML in Markdown when a site opts in: formatting stays, everything active goes. */
class HtmlSanitiserTest {
  private final Markdown raw = new Markdown(true);

  @Test
  void formattingStays() {
    assertEquals("<p><b>hi</b> <em>there</em></p>\n", raw.toHtml("<b>hi</b> <em>there</em>"));
    assertTrue(raw.toHtml("| a |\n|---|\n| 1 |\n").startsWith("<table class=\"md-table\">"));
  }

  @Test
  void scriptsHandlersAndStylesGo() {
    assertEquals(
        "<p>Hi</p>",
        HtmlSanitiser.clean(
            "<p onclick=\"x()\" style=\"color:red\">Hi<script>alert(1)</script></p>"));
    assertEquals(
        "",
        HtmlSanitiser.clean(
            "<iframe src=\"https://e.example\"></iframe><object data=x></object><embed src=x>"));
    assertEquals(
        "",
        HtmlSanitiser.clean(
            "<meta http-equiv=\"refresh\" content=\"0;url=x\"><base"
                + " href=\"https://e.example/\"><style>@import 'x';</style>"));
    assertEquals(
        "x",
        HtmlSanitiser.clean(
            "<form action=\"javascript:alert(1)\"><button"
                + " formaction=\"javascript:alert(1)\">x</button></form>"));
    assertEquals("", HtmlSanitiser.clean("<svg onload=alert(1)></svg>"));
  }

  @Test
  void linksFollowTheUrlPolicyInEverySpelling() {
    assertEquals(
        "<a href=\"#\">a</a> <a href=\"#\">b</a> <a href=\"#\">c</a> <a href=\"#\">d</a>",
        HtmlSanitiser.clean(
            "<a href=\"&#106;avascript:alert(1)\">a</a> <a href=\"&#x6A;avascript:alert(1)\">b</a>"
                + " <a href=\"javascript&colon;alert(1)\">c</a> <a"
                + " href=\"java&#x09;script:alert(1)\">d</a>"));
    assertEquals(
        "<a href=\"https://ok.example\" rel=\"noopener noreferrer\">ok</a>",
        HtmlSanitiser.clean(
            "<a href=\"https://ok.example\" target=\"_blank\" rel=\"opener\">ok</a>"));
    assertEquals(
        "<a href=\"pages/x.html\">x</a>", HtmlSanitiser.clean("<a href=\"pages/x.html\">x</a>"));
    assertEquals(
        "<img src=\"#\"> <img src=\"img/a.png\">",
        HtmlSanitiser.clean(
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\"> <img src=\"img/a.png\""
                + " onerror=\"alert(1)\">"));
  }
}
