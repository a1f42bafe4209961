package org.leadsurvey.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Pearson's product-moment correlation with its 95% confidence interval and two-sided p, as
 * R's {@code stats::cor.test(x, y, method = "pearson")}:
 * <pre>
 *   r  = sum (x - mx)(y - my) / sqrt(sum (x - mx)^2 sum (y - my)^2)
 *   CI = tanh(atanh(r) -/+ z_.975 / sqrt(n - 3))      (Fisher's z; only for n &gt;= 4)
 *   t  = r sqrt((n - 2) / (1 - r^2)),  p = 2 P(T_{n-2} &gt; |t|)
 * </pre>
 * Fisher, R. A. (1921). On the "probable error" of a coefficient of correlation deduced from a
 * small sample. Metron, 1, 3-32.
 */
public final class PearsonCorrelation {
  /** r, its interval (NaN bounds for n &lt; 4), p, and the number of pairs. */
  public record Result(long n, double r, ConfidenceInterval ci95, double p) {}

  private PearsonCorrelation() {}

  public static Result of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    int n = x.length;
    ConfidenceInterval none = new ConfidenceInterval(0.95, Double.NaN, Double.NaN);
    if (n < 3) {
      return new Result(n, n < 2 ? Double.NaN : correlation(x, y), none, Double.NaN);
    }
    double r = correlation(x, y);
    if (Double.isNaN(r)) {
      return new Result(n, r, none, Double.NaN);
    }
    double df = n - 2;
    double p;
    if (Math.abs(r) >= 1) {
      p = 0;
    } else {
      double t = r * Math.sqrt(df / (1 - r * r));
      p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
    ConfidenceInterval ci = none;
    if (n > 3) {
      double z = atanh(r);
      double half = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975)
          / Math.sqrt(n - 3);
      ci = new ConfidenceInterval(0.95, Math.tanh(z - half), Math.tanh(z + half));
    }
    return new Result(n, r, ci, p);
  }

  private static double correlation(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }
}
