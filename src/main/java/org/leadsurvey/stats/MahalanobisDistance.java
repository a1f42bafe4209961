package org.leadsurvey.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Mahalanobis distance of respondents from the centre of all respondents:
 * {@code D^2 = (x - m)' S^-1 (x - m)} with {@code m} the column means and {@code S} the sample
 * covariance (n - 1) of the complete cases, as R's {@code mahalanobis(x, colMeans(X), cov(X))},
 * and its upper-tail p-value under chi-square with {@code k} degrees of freedom,
 * {@code pchisq(D2, k, lower.tail = FALSE)} (Meade &amp; Craig 2012, Psychological Methods 17,
 * 437-455). A singular {@code S} (an item everyone answered alike) uses the Moore-Penrose
 * pseudo-inverse, as {@code MASS::ginv}.
 *
 * <p>Two phases: {@link #add} every complete row (one streaming pass, Welford co-moments,
 * O(k^2) memory), then {@link #fit} once and {@link Fitted#d2} per row in a second pass.
 */
public final class MahalanobisDistance {
  /** Fewest complete rows for a fit: below that D^2 is bounded by (n-1)^2/n and p meaningless. */
  public static final int MIN_ROWS = 30;

  private final int k;
  private final double[] mean;
  private final double[] comoment;
  private final double[] delta;
  private long n;

  public MahalanobisDistance(int k) {
    this.k = k;
    this.mean = new double[k];
    this.comoment = new double[k * k];
    this.delta = new double[k];
  }

  /** Adds a row; rows with a missing answer (NaN) are skipped (complete cases only). */
  public void add(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return;
      }
    }
    n++;
    for (int i = 0; i < k; i++) {
      delta[i] = x[i] - mean[i];
      mean[i] += delta[i] / n;
    }
    for (int i = 0; i < k; i++) {
      double after = x[i] - mean[i];
      for (int j = 0; j < k; j++) {
        comoment[i * k + j] += delta[j] * after;
      }
    }
  }

  public long count() {
    return n;
  }

  /**
   * The distance function of the rows added, or null with fewer than {@link #MIN_ROWS} or
   * {@code 2k} complete rows.
   */
  public Fitted fit() {
    if (n < Math.max(MIN_ROWS, 2L * k)) {
      return null;
    }
    double[][] cov = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        cov[i][j] = comoment[i * k + j] / (n - 1);
      }
    }
    RealMatrix s = new Array2DRowRealMatrix(cov, false);
    LUDecomposition lu = new LUDecomposition(s, 1e-12);
    RealMatrix inverse = lu.getSolver().isNonSingular() ? lu.getSolver().getInverse()
        : new SingularValueDecomposition(s).getSolver().getInverse();
    return new Fitted(mean.clone(), inverse.getData(), n);
  }

  /** D^2 and its p-value for single rows; reuses one buffer (not thread-safe). */
  public static final class Fitted {
    private final double[] centre;
    private final double[][] inverse;
    private final double[] diff;
    private final ChiSquaredDistribution chi;
    private final long n;

    Fitted(double[] centre, double[][] inverse, long n) {
      this.centre = centre;
      this.inverse = inverse;
      this.diff = new double[centre.length];
      this.chi = new ChiSquaredDistribution(null, centre.length);
      this.n = n;
    }

    /** Complete rows the centre and covariance come from. */
    public long rows() {
      return n;
    }

    /** D^2 of a row, NaN when it has a missing answer. */
    public double d2(double[] x) {
      int k = centre.length;
      for (int i = 0; i < k; i++) {
        if (Double.isNaN(x[i])) {
          return Double.NaN;
        }
        diff[i] = x[i] - centre[i];
      }
      double sum = 0;
      for (int i = 0; i < k; i++) {
        double row = 0;
        double[] inv = inverse[i];
        for (int j = 0; j < k; j++) {
          row += inv[j] * diff[j];
        }
        sum += diff[i] * row;
      }
      return sum;
    }

    /** Upper-tail chi-square p-value of a D^2 with k degrees of freedom. */
    public double p(double d2) {
      return Double.isNaN(d2) ? Double.NaN : 1 - chi.cumulativeProbability(d2);
    }
  }
}
