package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;

/** The degenerate inputs real surveys produce: one item, no variance, a team of one, no answers. */
class EdgeCasesTest {
  static final double NA = Double.NaN;

  private static NamedAccumulator accumulate(List<String> items, int min, int max,
      String[] teams, double[][] rows) {
    NamedAccumulator acc = new NamedAccumulator(items, min, max, MissingPolicy.PAIRWISE);
    for (int i = 0; i < rows.length; i++) {
      acc.add(teams[i], rows[i]);
    }
    return acc;
  }

  @Test
  void zeroVarianceItemIsLeftOutOfReliabilityAsPsychDoes() {
    // R 4.2, psych 2.2.9: alpha(data.frame(A = 3, B = c(2,3,4,5,1,2), C = c(3,5,2,4,1,3)))
    // warns "Item = A had no variance and was deleted"; raw_alpha 0.648648648648649,
    // std.alpha 0.648999599679680, G6 0.480384461415262, average_r 0.480384461415261,
    // alpha.drop 0.5 (B), 0.461538461538462 (C), r.drop 0.480384461415261.
    double[][] rows = {{3, 2, 3}, {3, 3, 5}, {3, 4, 2}, {3, 5, 4}, {3, 1, 1}, {3, 2, 3}};
    String[] teams = {"t", "t", "t", "t", "t", "t"};
    ScaleStatistics r = accumulate(List.of("A", "B", "C"), 1, 5, teams, rows).statistics(5, true);
    Reliability rel = r.reliability().scale();
    assertEquals(0.648648648648649, rel.alpha(), 1e-12);
    assertEquals(0.648999599679680, rel.alphaStd(), 1e-12);
    assertEquals(0.480384461415262, rel.lambda6(), 1e-12);
    assertEquals(0.480384461415261, rel.averageR(), 1e-12);
    List<ItemStatistics> items = r.reliability().items();
    assertEquals(0, items.get(0).sd());
    assertTrue(Double.isNaN(items.get(0).rDrop()));
    assertEquals(0.5, items.get(1).alphaIfDeleted(), 1e-12);
    assertEquals(0.461538461538462, items.get(2).alphaIfDeleted(), 1e-12);
    assertEquals(0.480384461415261, items.get(1).rDrop(), 1e-12);
    assertTrue(Disclosure.publish(r, 5).warnings().stream()
        .anyMatch(w -> w.startsWith("Item A has no variance")));
  }

  @Test
  void oneItemHasScoresButNoReliability() {
    double[][] rows = {{1}, {2}, {3}, {4}, {5}};
    ScaleStatistics r = accumulate(List.of("A"), 1, 5, new String[] {"t", "t", "t", "t", "t"}, rows)
        .statistics(5, true);
    assertTrue(Double.isNaN(r.reliability().scale().alpha()));
    assertTrue(Double.isNaN(r.reliability().scale().omegaTotal()));
    assertTrue(Double.isNaN(r.reliability().scale().alphaCi().lower()));
    assertEquals(3, r.organisation().mean(), 1e-15);
    assertEquals(5, r.scored());
  }

  @Test
  void teamOfOneHasAMeanButNoSpreadOrAgreement() {
    double[][] rows = {{1, 2, 3}, {2, 3, 4}, {3, 3, 3}};
    NamedAccumulator acc = accumulate(List.of("A", "B", "C"), 1, 5,
        new String[] {"solo", "pair", "pair"}, rows);
    TeamScore solo = acc.teamScores().stream().filter(t -> t.team().equals("solo")).findFirst()
        .orElseThrow();
    assertEquals(1, solo.n());
    assertEquals(2, solo.mean(), 1e-15);
    assertTrue(Double.isNaN(solo.sd()));
    assertTrue(Double.isNaN(solo.ci95().lower()));
    assertTrue(Double.isNaN(solo.rwgJ()));
    // ...and with the default minimum group size it is hidden with its complement.
    ScaleResult r = Disclosure.publish(acc.statistics(5, true), 5);
    assertTrue(r.teams().stream().allMatch(t -> t instanceof TeamResult.Hidden));
  }

  @Test
  void allAnswersMissingGivesNoScoresAndSaysSo() {
    double[][] rows = new double[6][];
    String[] teams = new String[6];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {NA, NA, NA};
      teams[i] = "t";
    }
    ScaleStatistics raw = accumulate(List.of("A", "B", "C"), 1, 5, teams, rows)
        .statistics(5, true);
    assertEquals(0, raw.scored());
    assertTrue(Double.isNaN(raw.reliability().scale().alpha()));
    ScaleResult r = Disclosure.publish(raw, 5);
    assertEquals(6, r.rows());
    assertEquals(-1, r.scored());
    assertNull(r.organisation());
    assertNull(r.reliability());
    assertEquals(1, r.teams().size(), "a team with rows is listed, hidden, scored or not");
    assertInstanceOf(TeamResult.Hidden.class, r.teams().get(0));
    assertTrue(r.warnings().contains("Organisation-level figures are not shown: fewer than 5"
        + " people were scored."), r.warnings()::toString);
  }

  @Test
  void personScoreNeedsHalfTheItems() {
    // k = 4: at least ceil(4/2) = 2 answers; k = 3: at least 2.
    NamedAccumulator four = accumulate(List.of("A", "B", "C", "D"), 1, 5, new String[] {"t", "t"},
        new double[][] {{1, 3, NA, NA}, {5, NA, NA, NA}});
    assertEquals(1, four.teamScores().get(0).n());
    assertEquals(2, four.teamScores().get(0).mean(), 1e-15);
    NamedAccumulator three = accumulate(List.of("A", "B", "C"), 1, 5, new String[] {"t"},
        new double[][] {{4, NA, NA}});
    assertEquals(0, three.statistics(1, true).scored());
  }

  @Test
  void respondentsWithoutATeamCountInTheOrganisationOnly() {
    double[][] rows = new double[7][];
    String[] teams = new String[7];
    for (int i = 0; i < 7; i++) {
      rows[i] = new double[] {1 + i % 5, 1 + (i + 1) % 5};
      teams[i] = i < 6 ? "t" : null;
    }
    ScaleResult r = Disclosure.publish(
        accumulate(List.of("A", "B"), 1, 5, teams, rows).statistics(5, true), 5);
    assertEquals(7, r.organisation().n());
    // One unteamed person could be worked out as organisation minus team t: t is hidden too.
    assertInstanceOf(TeamResult.Hidden.class, r.teams().get(0));
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("have no team")));
  }
}
