package org.leadsurvey.stats;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Feldt, Woodruff &amp; Salih (1987) confidence interval for Cronbach's alpha:
 * {@code 1 - (1 - alpha) * F(q; n - 1, (n - 1)(k - 1))}, with {@code n} rows and {@code k} items,
 * as {@code psych::alpha.ci} (which uses every row of the data as {@code n}).
 */
final class FeldtInterval {
  private FeldtInterval() {}

  public static ConfidenceInterval of(double alpha, long n, int k, double level) {
    if (n < 2 || k < 2 || Double.isNaN(alpha)) {
      return new ConfidenceInterval(level, Double.NaN, Double.NaN);
    }
    FDistribution f = new FDistribution(n - 1.0, (n - 1.0) * (k - 1.0));
    double tail = (1 - level) / 2;
    double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(1 - tail);
    double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(tail);
    return new ConfidenceInterval(level, lower, upper);
  }
}
