package org.leadsurvey.stats;

/**
 * Within-group agreement for a J-item scale, rwg(j) (James, Demaree &amp; Wolf, 1984), as
 * {@code multilevel::rwg.j}: with {@code s} the mean of the items' within-group variances and
 * {@code sigma} the null variance, {@code J(1 - s/sigma) / (J(1 - s/sigma) + s/sigma)}, and 0
 * when {@code s > sigma}. The uniform null variance for A options is {@code (A^2 - 1) / 12}.
 */
final class RwgJ {
  private RwgJ() {}

  public static double uniformNullVariance(int options) {
    return (options * (double) options - 1) / 12.0;
  }

  public static double of(double meanItemVariance, int items, int options) {
    double sigma = uniformNullVariance(options);
    if (Double.isNaN(meanItemVariance)) {
      return Double.NaN;
    }
    if (meanItemVariance > sigma) {
      return 0;
    }
    double ratio = meanItemVariance / sigma;
    return items * (1 - ratio) / (items * (1 - ratio) + ratio);
  }
}
