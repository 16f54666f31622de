package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.okrsite.model.Fixed;

/** The shortcuts in {@link Formats} print exactly what the general formatting does. */
class FormatsTest {
  @Test
  void decimalPrintsWhatFixedPrints() {
    double[] edges = {
      0.0, -0.0, 1.0, 0.005, 0.995, 0.125, 1.005, -0.01, 0.1 + 0.2, 1e-17, 0.99999999
    };
    for (double d : edges) assertEquals(Fixed.of(d, 2), Formats.decimal(d), () -> "for " + d);
    for (int k = 0; k <= 100; k++) {
      double d = k / 100.0;
      assertEquals(Fixed.of(d, 2), Formats.decimal(d), () -> "for " + d);
      double parsed = Double.parseDouble(k == 100 ? "1.00" : "0." + (k < 10 ? "0" : "") + k);
      assertEquals(Fixed.of(parsed, 2), Formats.decimal(parsed));
    }
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      double d = r.nextDouble(-0.5, 1.5);
      assertEquals(Fixed.of(d, 2), Formats.decimal(d), () -> "for " + d);
    }
    assertEquals("–", Formats.decimal(null));
  }

  @Test
  void weekIdIsTheIsoWeek() {
    for (LocalDate d = LocalDate.of(2019, 12, 20);
        d.isBefore(LocalDate.of(2028, 1, 10));
        d = d.plusDays(1)) {
      String expected =
          String.format(
              Locale.ROOT,
              "%d-w%02d",
              d.get(IsoFields.WEEK_BASED_YEAR),
              d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      assertEquals(expected, Formats.weekId(d));
      assertEquals(expected, Formats.weekId(d), "asked twice");
    }
    assertEquals("2026-w53", Formats.weekId(LocalDate.of(2027, 1, 3)));
  }
}
