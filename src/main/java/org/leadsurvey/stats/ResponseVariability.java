package org.leadsurvey.stats;

/**
 * Intra-individual response variability (IRV): the standard deviation (n - 1 denominator) of
 * one respondent's answered items (Dunn, Heggestad, Shanock &amp; Theilgard 2018, J. Business and
 * Psychology 33, 105-121; R: {@code sd(x, na.rm = TRUE)}, as {@code careless::irv}). Very low
 * IRV means the same answer almost everywhere. NaN with fewer than two answers.
 */
final class ResponseVariability {
  private ResponseVariability() {}

  public static double of(double[] answers) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double a : answers) {
      if (!Double.isNaN(a)) {
        n++;
        double d = a - mean;
        mean += d / n;
        m2 += d * (a - mean);
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }
}
