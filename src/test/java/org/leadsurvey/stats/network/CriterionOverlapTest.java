package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The overlap of two criteria, by hand on small matrices (R: cor(as.vector(a), as.vector(b),
 * use = "complete.obs") without the diagonal); the example's every pair is checked against R in
 * NetworkCriteriaTest.
 */
class CriterionOverlapTest {
  static final double N = Double.NaN;

  @Test
  void pearsonOverTheDyadsRatedOnBoth() {
    PeerNetwork a = PeerNetwork.of(new double[][] {{N, 1, 2}, {3, N, 4}, {5, N, N}}, 1, 5);
    PeerNetwork b = PeerNetwork.of(new double[][] {{N, 2, 2}, {4, N, N}, {5, 1, N}}, 1, 5);
    // both rated: (0,1) 1/2, (0,2) 2/2, (1,0) 3/4, (2,0) 5/5; R: cor(c(1,2,3,5), c(2,2,4,5))
    CriterionOverlap.Result r = CriterionOverlap.of(a, b);
    assertEquals(4, r.dyads());
    assertEquals(0.94337007051691535, r.r(), 1e-12);
  }

  @Test
  void undefinedBelowThreeDyadsOrWithoutVariance() {
    PeerNetwork a = PeerNetwork.of(new double[][] {{N, 1, N}, {3, N, N}, {N, N, N}}, 1, 5);
    PeerNetwork b = PeerNetwork.of(new double[][] {{N, 2, 2}, {4, N, 1}, {5, 1, N}}, 1, 5);
    assertEquals(2, CriterionOverlap.of(a, b).dyads());
    assertTrue(Double.isNaN(CriterionOverlap.of(a, b).r()));
    PeerNetwork flat = PeerNetwork.of(new double[][] {{N, 3, 3}, {3, N, 3}, {3, 3, N}}, 1, 5);
    assertEquals(6, CriterionOverlap.of(flat, b).dyads());
    assertTrue(Double.isNaN(CriterionOverlap.of(flat, b).r()), "no variance: no r");
  }

  @Test
  void aCriterionOverlapsFullyWithItself() {
    PeerNetwork b = PeerNetwork.of(new double[][] {{N, 2, 2}, {4, N, 1}, {5, 1, N}}, 1, 5);
    assertEquals(1.0, CriterionOverlap.of(b, b).r(), 1e-12);
  }
}
