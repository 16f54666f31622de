package org.okrsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrsite.diagnostic.Diagnostics;

class SeedShapesTest {

  private static byte[] seed(String name) throws IOException {
    try (InputStream in =
        SeedShapesTest.class.getResourceAsStream("/seeds/shapes/" + name + ".yaml")) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "okr",
        "okr_score",
        "retrospective",
        "annual_goal",
        "strategic_pillars",
        "alignment_map",
        "individual_commitment",
        "kpi_dashboard",
        "dependency_contract",
        "solo_okr"
      })
  void eachSeedShapeLoadsCleanly(String shape) throws IOException {
    Parsing p = Parsing.of(shape + ".yaml", seed(shape));
    assertEquals(List.of(), p.lines());
    assertEquals(1, p.documents.size());
    assertEquals(List.of(shape), p.data().keys());
  }

  @Test
  void soloOkrKeepsBothKeyResultsInOrder() throws IOException {
    YamlMapping solo = Parsing.of("solo_okr.yaml", seed("solo_okr")).map("solo_okr");
    assertEquals(
        List.of(
            "quarter",
            "objective_1",
            "key_results",
            "objective_2",
            "key_results",
            "weekly_ritual",
            "monthly_ritual"),
        solo.keys());
    YamlSequence first = (YamlSequence) solo.entries().get(2).value();
    YamlSequence second = (YamlSequence) solo.entries().get(4).value();
    assertEquals(
        "Monthly recurring revenue from $2K to $8K", ((YamlScalar) first.items().get(0)).text());
    assertEquals(
        "Email list from 200 to 1,000 subscribers", ((YamlScalar) second.items().get(0)).text());
    assertEquals(9, solo.entries().get(4).key().position().line());
  }

  @Test
  void allShapesTogetherLoadFromAFolder() {
    Diagnostics d = new Diagnostics();
    List<SourceDocument> docs = ContentLoader.load(Path.of("src/test/resources/seeds/shapes"), d);
    assertTrue(d.sorted().isEmpty(), d.sorted().toString());
    assertEquals(10, docs.size());
    assertEquals("alignment_map.yaml", docs.get(0).path());
  }

  @Test
  void scalarTypesFollowYamlResolution() throws IOException {
    YamlMapping kr =
        (YamlMapping)
            ((YamlSequence)
                    Parsing.of("okr.yaml", seed("okr")).map("okr").get("key_results").orElseThrow())
                .items()
                .get(0);
    assertEquals(YamlScalar.Type.FLOAT, ((YamlScalar) kr.get("confidence").orElseThrow()).type());
    assertEquals(YamlScalar.Type.STRING, ((YamlScalar) kr.get("id").orElseThrow()).type());
    assertEquals("KR1", ((YamlScalar) kr.get("id").orElseThrow()).text());
  }
}
