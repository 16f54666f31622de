package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KrKindTest {

  @ParameterizedTest
  @CsvSource({
    "increase, INCREASE",
    "decrease, DECREASE",
    "stay_above, STAY_ABOVE",
    "stay_below, STAY_BELOW",
    "milestone, MILESTONE",
    "baseline, BASELINE",
    "maintain_above, STAY_ABOVE",
    "maintain_below, STAY_BELOW",
    "establish_baseline, BASELINE",
    "binary, MILESTONE",
    "Stay-Above, STAY_ABOVE",
    "'  Maintain below ', STAY_BELOW",
  })
  void readsYamlNames(String name, KrKind expected) {
    assertEquals(Optional.of(expected), KrKind.fromYaml(name));
  }

  @ParameterizedTest
  @EnumSource(KrKind.class)
  void yamlNameRoundTrips(KrKind kind) {
    assertEquals(Optional.of(kind), KrKind.fromYaml(kind.yamlName()));
    assertEquals(kind.name().toLowerCase(java.util.Locale.ROOT), kind.yamlName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "grow", "stay", "above"})
  void rejectsUnknownNames(String name) {
    assertTrue(KrKind.fromYaml(name).isEmpty());
    assertTrue(KrKind.fromYaml(null).isEmpty());
  }
}
