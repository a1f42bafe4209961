package org.leadsurvey.stats;

/**
 * Guttman's (1945) lambda 6 with squared multiple correlations as the item communalities:
 * {@code 1 - sum(1 - smc_i) / sum(R)}, where {@code smc_i = 1 - 1/(R^-1)_ii}. This is
 * {@code G6(smc)} of {@code psych::alpha}, which also uses a pseudo-inverse.
 */
final class GuttmanLambda6 {
  private GuttmanLambda6() {}

  public static double of(double[][] cor) {
    int k = cor.length;
    if (k < 2 || Matrices.hasNaN(cor)) {
      return Double.NaN;
    }
    double[] smc = squaredMultipleCorrelations(cor);
    double unexplained = 0;
    for (double s : smc) {
      unexplained += 1 - s;
    }
    return 1 - unexplained / Matrices.sum(cor);
  }

  static double[] squaredMultipleCorrelations(double[][] cor) {
    double[][] inv = Matrices.pseudoInverse(cor);
    double[] smc = new double[cor.length];
    for (int i = 0; i < smc.length; i++) {
      smc[i] = 1 - 1 / inv[i][i];
    }
    return smc;
  }
}
