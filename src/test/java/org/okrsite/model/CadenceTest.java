package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CadenceTest {
  @Test
  void siteYamlNamesOneOfThree() {
    assertEquals(Optional.of(Cadence.BIWEEKLY), Cadence.parse("biweekly"));
    assertEquals(Optional.empty(), Cadence.parse("fortnightly"));
    assertEquals(Optional.empty(), Cadence.parse(null));
    assertEquals(31, Cadence.MONTHLY.days());
  }

  @Test
  void aUnitsCadenceReadsTheOtherSpellingsAndFallsBackToWeekly() {
    assertEquals(14, Cadence.daysOf("bi-weekly"));
    assertEquals(14, Cadence.daysOf("fortnightly"));
    assertEquals(31, Cadence.daysOf("monthly"));
    assertEquals(7, Cadence.daysOf("daily"));
    assertEquals(7, Cadence.daysOf(null));
  }
}
