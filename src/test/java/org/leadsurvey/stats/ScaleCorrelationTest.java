package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleCorrelationTest {
  private static final double NA = Double.NaN;
  // Columns x, y, z of
  //   m <- cbind(x=c(1,2,3,4,5,NA,2.5), y=c(2,1,4,3,NA,6,3.5), z=c(NA,1,1,2,3,5,4))
  private static final double[][] ROWS = {
      {1, 2, NA}, {2, 1, 1}, {3, 4, 1}, {4, 3, 2}, {5, NA, 3}, {NA, 6, 5}, {2.5, 3.5, 4}};

  @Test
  void matchesRsPairwiseCompleteCor() {
    ScaleCorrelation c = new ScaleCorrelation(List.of("x", "y", "z"), 3);
    for (double[] row : ROWS) {
      c.add(row);
    }
    ScaleCorrelations r = c.result(1);
    // R 4.2.2: cor(m, use = "pairwise.complete.obs"); n from crossprod(!is.na(m))
    assertEquals(0.557086014531, r.r(0, 1), 1e-9);
    assertEquals(0.270695146002, r.r(0, 2), 1e-9);
    assertEquals(0.725211969656, r.r(1, 2), 1e-9);
    assertEquals(r.r(1, 2), r.r(2, 1), 0);
    assertEquals(5, r.n(0, 1));
    assertEquals(6, r.n(2, 2));
    assertEquals(1, r.r(1, 1), 0);
  }

  @Test
  void pairsSharedByTooFewPeopleAreNotShown() {
    ScaleCorrelation c = new ScaleCorrelation(List.of("x", "y", "z"), 3);
    for (double[] row : ROWS) {
      c.add(row);
    }
    ScaleCorrelations r = c.result(6);
    assertTrue(Double.isNaN(r.r(0, 1)));
    assertEquals(5, r.n(0, 1));
  }

  @Test
  void personScoreNeedsHalfTheItems() {
    assertEquals(2.5, score(new double[] {2, 3, NA, NA}, MissingPolicy.PAIRWISE), 0);
    assertTrue(Double.isNaN(score(new double[] {2, NA, NA}, MissingPolicy.PAIRWISE)));
    assertEquals(2, score(new double[] {1, 3, NA}, MissingPolicy.PAIRWISE), 0);
    assertTrue(Double.isNaN(score(new double[] {1, 3, NA}, MissingPolicy.LISTWISE)));
  }

  /** The score NamedAccumulator gives one respondent (the one the correlations use). */
  private static double score(double[] keyed, MissingPolicy missing) {
    java.util.List<String> items = new java.util.ArrayList<>();
    for (int i = 0; i < keyed.length; i++) {
      items.add("I" + i);
    }
    return new NamedAccumulator(items, 1, 5, missing).add("t", keyed);
  }
}
