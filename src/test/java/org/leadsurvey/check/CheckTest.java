package org.leadsurvey.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The {@code --check} expression language: METRIC OP NUMBER. */
class CheckTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "alpha >= 0.7 | 0.7  | true",
      "alpha >= 0.7 | 0.69 | false",
      "alpha > 0.7  | 0.7  | false",
      "team.mean <= 5 | 5  | true",
      "team.mean < 5  | 5  | false",
      "respondents == 50 | 50.0000000001 | true",
      "respondents != 50 | 50 | false",
      "team.change >= -0.5 | -0.504 | false",
      "ORG.MEAN>=5 | 5.1 | true"})
  void comparesAsWritten(String text, double value, boolean passes) {
    assertEquals(passes, Check.parse(text).passes(value));
  }

  @Test
  void anUndefinedValueNeverPasses() {
    assertFalse(Check.parse("team.rwg >= 0").passes(Double.NaN));
    assertFalse(Check.parse("team.rwg != 1").passes(Double.NaN));
  }

  @Test
  void parsesMetricOperatorAndThreshold() {
    Check c = Check.parse("  team.change >= -0.5 ");
    assertEquals(Metric.TEAM_CHANGE, c.metric());
    assertEquals(Check.Op.GE, c.op());
    assertEquals(-0.5, c.threshold());
    assertEquals("team.change >= -0.5", c.text());
    assertTrue(c.metric().needsWaves());
  }

  @Test
  void anUnknownMetricNamesTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Check.parse("alfa >= 0.7"));
    assertTrue(e.getMessage().contains("unknown metric 'alfa'"), e.getMessage());
    assertTrue(e.getMessage().contains("alpha, omega, respondents"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"alpha => 0.7", "alpha >= high", "alpha", ">= 0.7",
      "alpha >= 0.7 0.8", "alpha >= NaN"})
  void badSyntaxIsAnError(String text) {
    assertThrows(IllegalArgumentException.class, () -> Check.parse(text));
  }
}
