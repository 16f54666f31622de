package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/**
 * Fuzz targets for the content stage. In a normal {@code mvn test} they replay the committed seed
 * corpus ({@code src/test/resources/org/okrsite/content/ContentLoaderFuzzTestInputs/<method>/});
 * with {@code JAZZER_FUZZ=1} Jazzer mutates it. Whatever the bytes, parsing ends in documents or
 * diagnostics: an exception that escapes would surface as {@code content-unreadable}, the loader's
 * last-resort rule, so that rule must never appear.
 */
class ContentLoaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // also Jazzer's per-input hang limit
  void frontMatter(byte[] data) {
    check("okrs/fuzz.md", data);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // also Jazzer's per-input hang limit
  void yaml(byte[] data) {
    check("okrs/fuzz.yaml", data);
  }

  private static void check(String path, byte[] data) {
    Diagnostics diagnostics = new Diagnostics();
    List<SourceDocument> docs = ContentLoader.parse(path, data, diagnostics);
    List<Diagnostic> all = diagnostics.sorted();
    for (Diagnostic d : all) {
      assertFalse(d.ruleId().equals("content-unreadable"), d.line());
      // A message quotes at most a short excerpt of the input, so output stays bounded.
      assertTrue(d.line().length() < 2_000, () -> "diagnostic too long: " + d.line().length());
    }
    // Each document or diagnostic consumes at least one byte of input (plus a fixed few).
    assertTrue(
        docs.size() + all.size() <= data.length + 4,
        () -> docs.size() + " docs, " + all.size() + " diagnostics");
  }
}
