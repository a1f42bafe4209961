package org.leadsurvey.stats;

import java.util.Collection;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * One-way analysis of variance from per-group running sums (no raw data needed):
 * {@code SSB = sum n_j (mean_j - mean)^2}, {@code SSW = sum_j sum_i (x_ij - mean_j)^2}.
 * Same sums of squares as R's {@code aov(y ~ factor(group))}. Empty groups are ignored.
 */
public record OneWayAnova(
    long n, int groups, double ssBetween, double ssWithin, double f, double p) {

  public static OneWayAnova of(Collection<RunningStats> groups) {
    long n = 0;
    int j = 0;
    double total = 0;
    for (RunningStats g : groups) {
      if (g.count() > 0) {
        n += g.count();
        j++;
        total += g.count() * g.mean();
      }
    }
    double grand = total / n;
    double ssb = 0;
    double ssw = 0;
    for (RunningStats g : groups) {
      if (g.count() > 0) {
        double d = g.mean() - grand;
        ssb += g.count() * d * d;
        ssw += g.sumOfSquares();
      }
    }
    double f = Double.NaN;
    double p = Double.NaN;
    if (j > 1 && n > j) {
      f = (ssb / (j - 1)) / (ssw / (n - j));
      if (!Double.isNaN(f) && !Double.isInfinite(f)) {
        p = 1 - new FDistribution(j - 1.0, (double) (n - j)).cumulativeProbability(f);
      }
    }
    return new OneWayAnova(n, j, ssb, ssw, f, p);
  }

  public double dfBetween() {
    return groups - 1.0;
  }

  public double dfWithin() {
    return (double) n - groups;
  }

  public double msBetween() {
    return ssBetween / dfBetween();
  }

  public double msWithin() {
    return ssWithin / dfWithin();
  }
}
