package org.leadsurvey.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's two-sample t interval for the difference of two means, {@code mean2 - mean1}, from
 * each sample's size, mean and sd: for independent samples with unequal variances (survey
 * waves are usually anonymous, so the same person cannot be paired across waves).
 *
 * <pre>
 *   se = sqrt(s1^2/n1 + s2^2/n2)
 *   df = se^4 / ((s1^2/n1)^2/(n1-1) + (s2^2/n2)^2/(n2-1))     (Welch-Satterthwaite)
 *   CI = (m2 - m1) -/+ t(1 - (1-level)/2, df) * se;  t = (m2 - m1)/se, p two-sided
 * </pre>
 *
 * Welch, B. L. (1947). The generalization of "Student's" problem when several different
 * population variances are involved. Biometrika, 34, 28-35. Agrees with R's
 * {@code t.test(x2, x1, var.equal = FALSE)}.
 *
 * @param difference {@code mean2 - mean1}
 * @param se standard error of the difference
 * @param df Welch-Satterthwaite degrees of freedom
 * @param p two-sided p value of the difference
 */
public record WelchInterval(double difference, double se, double df, double t, double p,
    ConfidenceInterval ci) {

  /** NaN everywhere except the difference when a sample has fewer than two people or no spread. */
  public static WelchInterval of(long n1, double mean1, double sd1, long n2, double mean2,
      double sd2, double level) {
    double diff = mean2 - mean1;
    double v1 = sd1 * sd1 / n1;
    double v2 = sd2 * sd2 / n2;
    double se = Math.sqrt(v1 + v2);
    if (n1 < 2 || n2 < 2 || !(se > 0)) {
      return new WelchInterval(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          new ConfidenceInterval(level, Double.NaN, Double.NaN));
    }
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    TDistribution t = new TDistribution(df);
    double half = t.inverseCumulativeProbability(1 - (1 - level) / 2) * se;
    double stat = diff / se;
    double p = 2 * t.cumulativeProbability(-Math.abs(stat));
    return new WelchInterval(diff, se, df, stat, p,
        new ConfidenceInterval(level, diff - half, diff + half));
  }
}
