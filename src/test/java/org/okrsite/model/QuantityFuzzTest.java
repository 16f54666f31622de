package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the metric-value parsers: no exception, no hang, and what comes back stays
 * proportional to what went in. Seeds: {@code QuantityFuzzTestInputs/<method>/}.
 */
class QuantityFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // also Jazzer's per-input hang limit
  void quantity(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Quantity.parse(text)
        .ifPresent(
            q -> {
              assertNotNull(q.unit());
              assertNotNull(q.comparison());
              assertTrue(q.unit().length() <= text.length() + 8, q::unit);
              assertTrue(q.text().length() <= text.length(), q::text);
            });
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS) // also Jazzer's per-input hang limit
  void sentence(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    KeyResultSentence s = KeyResultSentence.parse(text);
    assertNotNull(s);
    assertTrue(
        s.toString().length() <= 8 * text.length() + 1_000, "result grows out of proportion");
  }
}
