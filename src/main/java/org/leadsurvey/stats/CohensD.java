package org.leadsurvey.stats;

/**
 * Cohen's d for two independent samples: the difference of means in units of the pooled
 * standard deviation,
 *
 * <pre>
 *   d = (m2 - m1) / sp,   sp = sqrt(((n1-1) s1^2 + (n2-1) s2^2) / (n1 + n2 - 2))
 * </pre>
 *
 * Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.), ch. 2;
 * the same as R's {@code effsize::cohen.d(x2, x1)} with its default pooled sd.
 */
public final class CohensD {
  private CohensD() {}

  /** d, or NaN when the pooled sd is zero or undefined. */
  public static double of(long n1, double mean1, double sd1, long n2, double mean2, double sd2) {
    if (n1 < 2 || n2 < 2) {
      return Double.NaN;
    }
    double pooled = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
    return pooled > 0 ? (mean2 - mean1) / pooled : Double.NaN;
  }
}
