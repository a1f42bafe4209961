package org.leadsurvey.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The one-sample t interval of a mean, {@code mean -/+ t(1 - (1 - level)/2, n - 1) sd / sqrt(n)}
 * (Student 1908), as R's {@code t.test(x, conf.level = level)$conf.int}. With no spread the
 * interval is the mean itself; below two people it is NaN.
 */
public final class OneSampleT {
  private OneSampleT() {}

  public static ConfidenceInterval interval(long n, double mean, double sd, double level) {
    if (n < 2 || !(sd >= 0)) {
      return new ConfidenceInterval(level, Double.NaN, Double.NaN);
    }
    if (sd == 0) {
      return new ConfidenceInterval(level, mean, mean);
    }
    double half = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2)
        * sd / Math.sqrt(n);
    return new ConfidenceInterval(level, mean - half, mean + half);
  }
}
