package org.leadsurvey.stats;

import java.util.List;

/**
 * Correlations between scale scores.
 *
 * @param scales scale ids; rows and columns of {@code r} and {@code n} in this order
 * @param r Pearson correlations, pairwise complete; NaN when undefined or too few people
 * @param n people scored on both scales of a pair (on the diagonal: on that scale)
 */
public record ScaleCorrelations(List<String> scales, double[][] r, long[][] n) {
  public ScaleCorrelations {
    scales = List.copyOf(scales);
  }

  public double r(int a, int b) {
    return r[a][b];
  }

  public long n(int a, int b) {
    return n[a][b];
  }
}
