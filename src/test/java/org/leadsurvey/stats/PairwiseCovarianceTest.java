package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairwiseCovarianceTest {
  static final double NA = Double.NaN;
  // m <- matrix(c(1,2,NA,4,5, 2,NA,3,5,4, 3,3,4,NA,1), ncol = 3)
  static final double[][] ROWS = {{1, 2, 3}, {2, NA, 3}, {NA, 3, 4}, {4, 5, NA}, {5, 4, 1}};

  private static PairwiseCovariance accumulate(double shift) {
    PairwiseCovariance c = new PairwiseCovariance(3, shift);
    for (double[] r : ROWS) {
      c.add(r);
    }
    return c;
  }

  @Test
  void matchesRCovUsePairwise() {
    // R 4.2: cov(m, use = "pairwise")
    double[][] expected = {
        {3.33333333333333, 2.66666666666667, -2.33333333333333},
        {2.66666666666667, 1.66666666666667, -1.00000000000000},
        {-2.33333333333333, -1.00000000000000, 1.58333333333333}};
    double[][] actual = accumulate(4).matrix();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(expected[i], actual[i], 1e-12);
    }
    assertEquals(4, accumulate(0).count(0));
    assertEquals(3, accumulate(0).count(0, 1));
  }

  @Test
  void correlationMatchesRCorUsePairwise() {
    // R 4.2: cor(m, use = "pairwise"): sds from the rows each pair shares
    double[][] cor = accumulate(0).correlationMatrix();
    assertEquals(0.838627869377535, cor[0][1], 1e-12);
    assertEquals(-0.970725343394151, cor[0][2], 1e-12);
    assertEquals(-0.654653670707977, cor[1][2], 1e-12);
    assertEquals(1, cor[2][2]);
  }

  @Test
  void shiftDoesNotChangeTheResultAndMergeEqualsOnePass() {
    PairwiseCovariance a = new PairwiseCovariance(3, 4);
    PairwiseCovariance b = new PairwiseCovariance(3, 4);
    for (int i = 0; i < ROWS.length; i++) {
      (i < 2 ? a : b).add(ROWS[i]);
    }
    a.merge(b);
    double[][] merged = a.matrix();
    double[][] unshifted = accumulate(0).matrix();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(unshifted[i], merged[i], 1e-12);
    }
  }

  @Test
  void pairsWithFewerThanTwoRowsAreUndefined() {
    PairwiseCovariance c = new PairwiseCovariance(2, 0);
    c.add(new double[] {1, NA});
    c.add(new double[] {2, 3});
    assertTrue(Double.isNaN(c.matrix()[0][1]));
    assertTrue(Double.isNaN(c.matrix()[1][1]));
    assertEquals(0.5, c.matrix()[0][0], 1e-15);
  }
}
