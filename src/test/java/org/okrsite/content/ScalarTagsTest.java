package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The quick resolver gives every plain value the tag SnakeYAML's own resolver gives it. */
class ScalarTagsTest {
  private static final Resolver SNAKEYAML = new Resolver();
  private static final String ALPHABET = "0123456789019.-+_:eExXbo yYnNtTfFoOlLsSuaA~<!&*$\t";

  @Test
  void agreesWithSnakeYamlOnTheValuesOkrFilesHold() {
    for (String v :
        List.of(
            "",
            "0",
            "00",
            "07",
            "09",
            "0.45",
            "0.",
            "1.",
            ".5",
            "12",
            "12.5",
            "1.2.3",
            "1_000",
            "0x1F",
            "0b101",
            "1e3",
            "1.5e3",
            "-3",
            "+4",
            "2026-11-20",
            "2026-1-2",
            "2026-11-20T10:00:00Z",
            "9999-99-99",
            "12:30",
            "1:20:30",
            ".inf",
            ".NaN",
            "~",
            "null",
            "Null",
            "NULL",
            "nul",
            "yes",
            "Yes",
            "YES",
            "y",
            "n",
            "no",
            "No",
            "on",
            "off",
            "OFF",
            "Off",
            "ON",
            "On",
            "oN",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "false",
            "False",
            "FALSE",
            "NO",
            "nO",
            "Y",
            "N",
            "nULL",
            "falsey",
            "title",
            "target",
            "owner",
            "note",
            "objectives",
            "<<",
            "<",
            "!",
            "&",
            "*",
            "Grow revenue",
            "12345678901234567890",
            "123456789012345678901",
            "0.12345678901234567890")) {
      assertEquals(
          SNAKEYAML.resolve(NodeId.scalar, v, true),
          ScalarTags.RESOLVER.resolve(NodeId.scalar, v, true),
          v);
    }
  }

  @Test
  void agreesWithSnakeYamlOnRandomValues() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      int n = random.nextInt(0, 13);
      StringBuilder b = new StringBuilder(n);
      for (int j = 0; j < n; j++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String v = b.toString();
      Tag expected = SNAKEYAML.resolve(NodeId.scalar, v, true);
      assertEquals(
          expected, ScalarTags.RESOLVER.resolve(NodeId.scalar, v, true), () -> "'" + v + "'");
      assertEquals(
          SNAKEYAML.resolve(NodeId.scalar, v, false),
          ScalarTags.RESOLVER.resolve(NodeId.scalar, v, false),
          v);
    }
  }
}
