package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} \"{2}\" {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          7 days            | 7         | day             | NONE
          < 2 days          | 2         | day             | LT
          <2 days           | 2         | day             | LT
          <= 2 days         | 2         | day             | LE
          ≤ 2 days          | 2         | day             | LE
          ≦ 2 days          | 2         | day             | LE
          > 4.5             | 4.5       | ''              | GT
          >= 99.9%          | 99.9      | %               | GE
          ≥ 99.9%           | 99.9      | %               | GE
          ≧ 40              | 40        | ''              | GE
          less than 48 hours| 48        | hour            | LT
          Under 200ms       | 200       | ms              | LT
          below 5%          | 5         | %               | LT
          at most 3 days    | 3         | day             | LE
          more than 10      | 10        | ''              | GT
          over 1,000 users  | 1000      | users           | GT
          above 4.5         | 4.5       | ''              | GT
          at least 70       | 70        | ''              | GE
          70+               | 70        | ''              | GE
          8%                | 8         | %               | NONE
          18 %              | 18        | %               | NONE
          12/month          | 12        | /month          | NONE
          12 / Months       | 12        | /month          | NONE
          3 per week        | 3         | /week           | NONE
          $120K ARR         | 120000    | $ arr           | NONE
          $45K/mo           | 45000     | $/mo            | NONE
          $1M               | 1000000   | $               | NONE
          €2.5B             | 2.5E9     | €               | NONE
          £3bn              | 3.0E9     | £               | NONE
          $1.1k             | 1100      | $               | NONE
          99.9%             | 99.9      | %               | NONE
          4.5               | 4.5       | ''              | NONE
          0                 | 0         | ''              | NONE
          12                | 12        | ''              | NONE
          12.0              | 12        | ''              | NONE
          1.0E7             | 1.0E7     | ''              | NONE
          .5                | 0.5       | ''              | NONE
          1,000 subscribers | 1000      | subscribers     | NONE
          200ms             | 200       | ms              | NONE
          -5%               | -5        | %               | NONE
          −5%               | -5        | %               | NONE
          -$5K              | -5000     | $               | NONE
          3.2 days          | 3.2       | day             | NONE
          1 day             | 1         | day             | NONE
          5 months          | 5         | month           | NONE
          5months           | 5         | month           | NONE
          5M users          | 5000000   | users           | NONE
          90 Minutes        | 90        | minute          | NONE
          2 Years           | 2         | year            | NONE
          6 weeks           | 6         | week            | NONE
          24 hrs            | 24        | hr              | NONE
          15   Case  Studies| 15        | case studies    | NONE
          """)
  void parsesEachNotation(String text, double value, String unit, Comparison comparison) {
    Quantity q = Quantity.parse(text).orElseThrow();
    assertEquals(value, q.value(), 1e-9, "value");
    assertEquals(unit, q.unit(), "unit");
    assertEquals(comparison, q.comparison(), "comparison");
    assertEquals(text.strip(), q.text(), "text");
    assertEquals(text.strip(), q.display(), "display");
  }

  @Test
  void keepsOriginalTextTrimmed() {
    Quantity q = Quantity.parse("  $120K ARR \n").orElseThrow();
    assertEquals("$120K ARR", q.text());
    assertEquals(new Quantity(120000, "$ arr", Comparison.NONE, "$120K ARR"), q);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a value")
  @ValueSource(
      strings = {
        "soon", "", "   ", "TBD", "n/a", "%", "$", "K", "about 5", "12 - 15", "1.2.3", "1,5"
      })
  void rejectsGarbage(String text) {
    assertTrue(Quantity.parse(text).isEmpty(), () -> "parsed: " + Quantity.parse(text));
  }

  @ParameterizedTest
  @NullSource
  void rejectsNull(String text) {
    assertTrue(Quantity.parse(text).isEmpty());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\" same unit: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          7 days   | < 2 days  | true
          1 day    | 3 days    | true
          $85K     | $100K     | true
          $120K ARR| $1M ARR   | true
          12/month | 50/month  | true
          8%       | ≥ 18%     | true
          4.5      | > 4.5     | true
          8%       | 12/month  | false
          7 days   | 7 weeks   | false
          $85K     | €100K     | false
          $45K/mo  | $45K      | false
          200ms    | 2 minutes | false
          """)
  void comparesUnits(String a, String b, boolean same) {
    Quantity qa = Quantity.parse(a).orElseThrow();
    Quantity qb = Quantity.parse(b).orElseThrow();
    assertEquals(same, qa.sameUnitAs(qb));
    assertEquals(same, qb.sameUnitAs(qa));
  }

  @Test
  void nothingHasTheSameUnitAsNull() {
    assertFalse(Quantity.parse("5").orElseThrow().sameUnitAs(null));
  }

  @Test
  void comparisonKnowsItsBounds() {
    assertEquals("<=", Comparison.LE.symbol());
    assertTrue(Comparison.LT.isStrict() && Comparison.LT.isUpperBound());
    assertTrue(Comparison.GE.isLowerBound() && !Comparison.GE.isStrict());
    assertFalse(Comparison.NONE.isUpperBound() || Comparison.NONE.isLowerBound());
  }
}
