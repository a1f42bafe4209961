package org.leadsurvey.stats;

/**
 * Corrected item-total correlation ({@code r.drop} in {@code psych::alpha}): the correlation of
 * item i with the sum of the other items, from the covariance matrix:
 * {@code (sum_j C_ij - C_ii) / sqrt(C_ii * sum(C without i))}.
 */
final class CorrectedItemTotal {
  private CorrectedItemTotal() {}

  public static double of(double[][] cov, int i) {
    int k = cov.length;
    if (k < 2) {
      return Double.NaN;
    }
    double withRest = -cov[i][i];
    for (int j = 0; j < k; j++) {
      withRest += cov[i][j];
    }
    double rest = Matrices.sum(Matrices.without(cov, i));
    return withRest / Math.sqrt(cov[i][i] * rest);
  }
}
