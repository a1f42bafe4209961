package org.leadsurvey.stats;

import java.util.Arrays;

/**
 * The rest of {@code psych::alpha}'s output (Revelle, psych 2.2.9), from the item covariance
 * matrix {@code C} (pairwise complete) and {@code R = cov2cor(C)}:
 *
 * <pre>
 *   std.r_i   = colSums(R)_i / sqrt(sum(R))                 item with the standardized total
 *   r.cor_i   = colSums(RC)_i / sqrt(sum(RC)),  RC = R with smc(R) on the diagonal
 *               (std.r corrected for item overlap and the item's unreliability)
 *   S/N       = k rbar / (1 - rbar),  rbar the mean off-diagonal r       (Cronbach &amp; Gleser, 1964)
 *   median r  = median of the off-diagonal r
 *   ase       = sqrt(Q / n),  Q = 2 k^2 / ((k-1)^2 (1'C1)^3)
 *               * (1'C1 (tr(C^2) + tr(C)^2) - 2 tr(C) 1'C^2 1)        (Duhachek &amp; Iacobucci, 2004)
 *   Duhachek  = alpha -/+ 1.96 ase                                 (as print(alpha) shows it)
 * </pre>
 *
 * {@code raw.r} (the item with the unit-weighted total, a row mean over answered items) needs
 * the rows, so {@link PairwiseCovariance#itemTotalCorrelations()} streams it.
 *
 * <p>Duhachek, A., &amp; Iacobucci, D. (2004). Alpha's standard error (ASE): An accurate and
 * precise confidence interval estimate. Journal of Applied Psychology, 89(5), 792-808.
 */
public final class AlphaItemAnalysis {
  /** psych's normal quantile for the Duhachek interval (1.96, not qnorm(.975)). */
  static final double Z = 1.96;

  private AlphaItemAnalysis() {}

  /** {@code std.r}: each item's correlation with the standardized total. */
  static double[] standardizedItemTotal(double[][] cor) {
    return columnSumsOverRoot(cor);
  }

  /** {@code r.cor}: {@code std.r} with each item's smc in place of its own variance. */
  static double[] correctedItemTotal(double[][] cor) {
    if (cor.length < 2 || Matrices.hasNaN(cor)) {
      double[] nan = new double[cor.length];
      Arrays.fill(nan, Double.NaN);
      return nan;
    }
    double[] smc = GuttmanLambda6.squaredMultipleCorrelations(cor);
    double[][] rc = new double[cor.length][];
    for (int i = 0; i < cor.length; i++) {
      rc[i] = cor[i].clone();
      rc[i][i] = smc[i];
    }
    return columnSumsOverRoot(rc);
  }

  private static double[] columnSumsOverRoot(double[][] m) {
    double root = Math.sqrt(Matrices.sum(m));
    double[] out = new double[m.length];
    for (int j = 0; j < m.length; j++) {
      double s = 0;
      for (double[] row : m) {
        s += row[j];
      }
      out[j] = s / root;
    }
    return out;
  }

  /** Signal-to-noise ratio {@code k rbar / (1 - rbar)}. */
  static double signalToNoise(int k, double averageR) {
    return k * averageR / (1 - averageR);
  }

  /** The median of the off-diagonal correlations. */
  static double medianR(double[][] cor) {
    int k = cor.length;
    if (k < 2) {
      return Double.NaN;
    }
    double[] r = new double[k * (k - 1) / 2];
    int n = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        r[n++] = cor[i][j];
      }
    }
    Arrays.sort(r);
    if (Double.isNaN(r[n - 1])) {
      return Double.NaN;
    }
    return n % 2 == 1 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
  }

  /** Alpha's asymptotic standard error (Duhachek &amp; Iacobucci), psych's {@code ase}. */
  static double ase(double[][] cov, long n) {
    int k = cov.length;
    if (k < 2 || n < 1) {
      return Double.NaN;
    }
    double sum = Matrices.sum(cov);
    double tr = Matrices.trace(cov);
    double trC2 = 0;
    double sumC2 = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double c2 = 0;
        for (int m = 0; m < k; m++) {
          c2 += cov[i][m] * cov[m][j];
        }
        sumC2 += c2;
        if (i == j) {
          trC2 += c2;
        }
      }
    }
    double q = 2.0 * k * k / ((k - 1.0) * (k - 1.0) * sum * sum * sum)
        * (sum * (trC2 + tr * tr) - 2 * tr * sumC2);
    return Math.sqrt(q / n);
  }

  /** {@code alpha -/+ 1.96 ase}, the Duhachek row of psych's confidence boundaries. */
  static ConfidenceInterval duhachek(double alpha, double ase) {
    return new ConfidenceInterval(0.95, alpha - Z * ase, alpha + Z * ase);
  }
}
