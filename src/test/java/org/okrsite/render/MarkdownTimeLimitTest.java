package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A Markdown document that makes flexmark run for minutes still renders, as plain text, in time.
 */
class MarkdownTimeLimitTest {
  private static final Path SLOW =
      Path.of(
          "src/test/resources/fuzz-findings/markdown/timeout-b746bb8775c8e1160bbf8ac9315db4124b9778c1");

  @Test
  void theFuzzersSlowInputFallsBackToEscapedTextWithinTheLimit() throws Exception {
    String markdown = new String(Files.readAllBytes(SLOW), StandardCharsets.UTF_8);
    String html =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> new Markdown(false).toHtml(markdown));
    assertTrue(
        html.startsWith("<p class=\"md-fallback\">This text could not be formatted in time"), html);
    assertTrue(html.contains("vascripT:alert(2)&gt;"), "the text is kept, escaped");
    assertTrue(!html.contains("<a "), html);
  }

  @Test
  void ordinaryMarkdownIsFormatted() {
    assertTrue(new Markdown(false).toHtml("# Hi\n\n*x*").contains("<em>x</em>"));
  }
}
