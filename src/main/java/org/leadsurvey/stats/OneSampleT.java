package org.leadsurvey.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The one-sample t interval of a mean, {@code mean -/+ t(1 - (1 - level)/2, n - 1) sd / sqrt(n)}
 * (Student 1908), as R's {@code t.test(x, conf.level = level)$conf.int}. With no spread the
 * interval is the mean itself; below two people it is NaN.
 */
public final class OneSampleT {
  // Quantiles by (df, level): each is an iterative search, and 15,000 cells of a cut share a
  // few hundred sizes.
  private static final Map<Long, Double> QUANTILES =
      new ConcurrentHashMap<>();

  private OneSampleT() {}

  public static ConfidenceInterval interval(long n, double mean, double sd, double level) {
    if (n < 2 || !(sd >= 0)) {
      return new ConfidenceInterval(level, Double.NaN, Double.NaN);
    }
    if (sd == 0) {
      return new ConfidenceInterval(level, mean, mean);
    }
    double p = 1 - (1 - level) / 2;
    double t = level == 0.95
        ? QUANTILES.computeIfAbsent(n - 1, df -> quantile(df, p)) : quantile(n - 1, p);
    double half = t * sd / Math.sqrt(n);
    return new ConfidenceInterval(level, mean - half, mean + half);
  }

  private static double quantile(long df, double p) {
    return new TDistribution(null, df).inverseCumulativeProbability(p);
  }
}
