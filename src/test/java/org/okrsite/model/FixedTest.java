package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Fixed} writes exactly what {@code String.format("%.Nf")} writes. */
class FixedTest {
  @Test
  void agreesWithTheFormatterOnHalfwayCasesSignsAndExtremes() {
    double[] cases = {
      0,
      -0.0,
      0.125,
      0.135,
      0.145,
      0.615,
      0.005,
      -0.005,
      -0.001,
      1.005,
      2.675,
      0.7,
      1e-7,
      -1e-7,
      123456789.125,
      1e20,
      -1e20,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.995,
      9.995,
      -9.995,
      0.045,
      0.055
    };
    for (double d : cases) {
      for (int places : new int[] {0, 1, 2, 4}) {
        assertEquals(
            String.format(Locale.ROOT, "%." + places + "f", d),
            Fixed.of(d, places),
            d + " with " + places);
      }
    }
  }

  @Test
  void agreesWithTheFormatterOnAMillionRandomNumbers() {
    Random r = new Random(42);
    for (int i = 0; i < 1_000_000; i++) {
      double d =
          switch (i % 4) {
            case 0 -> r.nextDouble();
            case 1 ->
                Math.round(r.nextDouble() * 1000) / 1000.0; // three decimals: many exact halves
            case 2 -> (r.nextDouble() - 0.5) * 2e6;
            default -> Math.round(r.nextGaussian() * 100000) / 200.0;
          };
      assertEquals(String.format(Locale.ROOT, "%.2f", d), Fixed.of(d, 2), Double.toString(d));
    }
  }
}
