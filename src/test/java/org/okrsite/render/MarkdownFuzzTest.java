package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the site's Markdown adapter ({@link Markdown}, raw HTML escaped) as pages use it: a slow
 * document must fall back to plain text within the adapter's time limit, far inside Jazzer's.
 * Seeds: {@code MarkdownFuzzTestInputs/render/}.
 */
class MarkdownFuzzTest {
  private static final MutableDataSet OPTIONS =
      new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
          .set(HtmlRenderer.ESCAPE_HTML, true)
          .set(HtmlRenderer.SUPPRESS_HTML, false);
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
  private static final Markdown ADAPTER = new Markdown(false);

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // also Jazzer's per-input hang limit
  void render(byte[] data) {
    String markdown = new String(data, StandardCharsets.UTF_8);
    String html = ADAPTER.toHtml(markdown);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), html);
    assertFalse(lower.contains("<iframe"), html);
    // Markdown may expand (tables, entities), but not without bound.
    assertTrue(
        html.length() <= 64 * markdown.length() + 1_000,
        () -> "output " + html.length() + " chars");
  }
}
