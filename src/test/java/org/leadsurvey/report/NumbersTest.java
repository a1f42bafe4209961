package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast fixed-point formatting prints exactly what Java's formatter prints. */
class NumbersTest {
  @Test
  void fixedIsStringFormatToTheCharacter() {
    // Ties in decimal (Java rounds the shortest decimal digits half up: 1.115 -> 1.12), values
    // just below them, negatives that round to zero, carries through nines, and exponents.
    double[] cases = {0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.005, 0.015, 0.125, 1.115, 1.005, 0.285,
        9.995, 99.995, 0.0049999, -0.004, -0.006, 1e-5, 123456.785, 0.995, 0.9995, 1e7, 5e-4,
        1e20, -2.5e-9};
    for (double v : cases) {
      for (int d = 0; d <= 3; d++) {
        assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), Numbers.fixed(v, d), v + " " + d);
      }
    }
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * 10;
        case 1 -> Math.round(random.nextDouble() * 100_000) / 1000.0; // many decimal ties
        case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(10) - 4);
        default -> random.nextInt(1000) / 8.0 + random.nextInt(3) * 0.005;
      };
      int d = i % 4;
      assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), Numbers.fixed(v, d), v + " " + d);
    }
    // The edges of the quick path (under a million, away from a tie): a hair either side of a
    // tie, and either side of a million.
    for (int i = 0; i < 100_000; i++) {
      int d = i % 4;
      double tie = (random.nextInt(2_000_000) + 0.5) / Math.pow(10, d);
      double v = switch (i % 3) {
        case 0 -> Math.nextUp(tie);
        case 1 -> tie * (1 + (random.nextDouble() - 0.5) * 1e-6);
        default -> (random.nextBoolean() ? 1 : -1) * (1e6 + (random.nextDouble() - 0.5) * 10);
      };
      assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), Numbers.fixed(v, d), v + " " + d);
    }
    assertEquals("43%", Numbers.percent(0.425));
    assertEquals(Numbers.DASH, Numbers.fixed(Double.NaN, 2));
  }

  @Test
  void csvNumbersAreInPlainDecimalNotationAndReadBackExactly() {
    assertEquals("0.00024196944923515762", Numbers.exact(2.4196944923515762E-4));
    assertEquals("0.00000006489283865818152", Numbers.exact(6.489283865818152E-8));
    assertEquals("12345678901234567000", Numbers.exact(1.2345678901234567E19));
    java.util.Random random = new java.util.Random(18);
    for (int i = 0; i < 10_000; i++) {
      double v = Math.pow(10, random.nextInt(40) - 20) * (random.nextDouble() - 0.5);
      String text = Numbers.exact(v);
      assertFalse(text.contains("E"), text);
      assertEquals(v, Double.parseDouble(text), text);
    }
    java.io.StringWriter w = new java.io.StringWriter();
    CsvOutput.to(w).row(1.5E-7, 3).flush();
    assertEquals("0.00000015,3" + System.lineSeparator(), w.toString());
  }
}
