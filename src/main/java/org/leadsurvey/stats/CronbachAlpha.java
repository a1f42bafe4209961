package org.leadsurvey.stats;

/**
 * Cronbach's (1951) alpha. Raw: {@code k/(k-1) * (1 - tr(C)/sum(C))} on the item covariance
 * matrix C; standardized: {@code k/(k-1) * (1 - k/sum(R))} on the correlation matrix R.
 * These are {@code raw_alpha} and {@code std.alpha} of R's {@code psych::alpha} (Revelle).
 */
final class CronbachAlpha {
  private CronbachAlpha() {}

  public static double raw(double[][] cov) {
    int k = cov.length;
    if (k < 2) {
      return Double.NaN;
    }
    return (1 - Matrices.trace(cov) / Matrices.sum(cov)) * k / (k - 1.0);
  }

  public static double standardized(double[][] cor) {
    int k = cor.length;
    if (k < 2) {
      return Double.NaN;
    }
    return (1 - k / Matrices.sum(cor)) * k / (k - 1.0);
  }

  /**
   * Raw alpha of the scale without item {@code i} ({@code alpha.drop} in psych). With two items
   * psych reports {@code C_12 / C_jj} for the remaining item j (a one-item "alpha").
   */
  public static double ifDeleted(double[][] cov, int i) {
    if (cov.length == 2) {
      int other = 1 - i;
      return cov[0][1] / cov[other][other];
    }
    return cov.length < 2 ? Double.NaN : raw(Matrices.without(cov, i));
  }

  /** Mean off-diagonal correlation, {@code average_r} in psych. */
  public static double averageR(double[][] cor) {
    int k = cor.length;
    if (k < 2) {
      return Double.NaN;
    }
    return (Matrices.sum(cor) - k) / (k * (k - 1.0));
  }
}
