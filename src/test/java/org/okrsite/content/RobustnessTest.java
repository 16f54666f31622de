package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, parsing ends in documents or diagnostics, never an unexpected failure. */
class RobustnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "? &k [*k]\n: v\n",
        "a: *undefined\n",
        "%YAML 9.9\n---\na: 1\n",
        "a: !<tag:yaml.org,2002:python/object> x\n",
        "<<: {a: 1}\nb: 2\n",
        "a: !!merge x\n",
        "a: !!binary aGk=\n",
        "a: !!set {x}\n",
        "{a: 1",
        "a: 'unclosed\n",
        "---\n...\n---\n",
        "- [\n- ]\n",
        "a: |\n  text\n b: 1\n",
        "a: &x 1\nb: *x\nc: *x\n",
        "? a\n? a\n",
        "\uFEFFa: 1\n"
      })
  void oddInputsEndInDiagnosticsOrDocuments(String yaml) {
    Parsing p = Parsing.of("odd.yaml", yaml);
    assertFalse(
        p.lines().stream().anyMatch(l -> l.contains("content-unreadable")), p.lines().toString());
  }

  @Test
  void mutatedSeedsNeverFailUnexpectedly() throws IOException {
    byte[] seed;
    try (InputStream in = getClass().getResourceAsStream("/seeds/shapes/okr.yaml")) {
      seed = in.readAllBytes();
    }
    Random random = new Random(42);
    byte[] alphabet = "-:[]{}&*!|>'\"#%@`,?\n\t ab0.~<".getBytes();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (int round = 0; round < 2000; round++) {
            byte[] bytes = seed.clone();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
              bytes[random.nextInt(bytes.length)] =
                  random.nextInt(10) == 0
                      ? (byte) random.nextInt(256)
                      : alphabet[random.nextInt(alphabet.length)];
            }
            String name = random.nextBoolean() ? "f.yaml" : "f.md";
            Parsing p = Parsing.of(name, bytes);
            assertFalse(
                p.lines().stream().anyMatch(l -> l.contains("content-unreadable")),
                p.lines().toString());
          }
        });
  }
}
