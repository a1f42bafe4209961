package org.leadsurvey.stats;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;

/**
 * One-factor minimum-residual ("minres", unweighted least squares) fit of a correlation matrix,
 * the default of R's {@code psych::fa}: the loadings {@code l} minimise
 * {@code sum_{i != j} (r_ij - l_i l_j)^2}.
 *
 * <p>Solved by iterated principal axes from squared multiple correlations, whose fixed point is
 * exactly the stationarity condition of that loss ({@code sum_{j!=i} r_ij l_j = l_i sum_{j!=i} l_j^2}).
 * Communalities are capped at 0.995, psych's bound of 0.005 on uniquenesses, so a Heywood case
 * ends at the same boundary.
 */
public final class MinresFactor {
  private static final double MAX_COMMUNALITY = 0.995;
  private static final double TOLERANCE = 1e-13;
  private static final int MAX_ITERATIONS = 100_000;

  private MinresFactor() {}

  /** Loadings on one factor, signed so that they sum to a positive number; NaN if not identified. */
  public static double[] oneFactor(double[][] cor) {
    int k = cor.length;
    double[] loadings = new double[k];
    if (k < 3 || Matrices.hasNaN(cor)) {
      java.util.Arrays.fill(loadings, Double.NaN);
      return loadings;
    }
    double[] h = GuttmanLambda6.squaredMultipleCorrelations(cor);
    double[][] reduced = new double[k][];
    for (int i = 0; i < k; i++) {
      reduced[i] = cor[i].clone();
      h[i] = Math.min(Math.max(h[i], 0), MAX_COMMUNALITY);
    }
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      for (int i = 0; i < k; i++) {
        reduced[i][i] = h[i];
      }
      EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(reduced));
      int top = 0;
      double[] values = eig.getRealEigenvalues();
      for (int i = 1; i < k; i++) {
        if (values[i] > values[top]) {
          top = i;
        }
      }
      double scale = Math.sqrt(Math.max(values[top], 0));
      double[] v = eig.getEigenvector(top).toArray();
      double change = 0;
      for (int i = 0; i < k; i++) {
        loadings[i] = v[i] * scale;
        double next = Math.min(loadings[i] * loadings[i], MAX_COMMUNALITY);
        change = Math.max(change, Math.abs(next - h[i]));
        h[i] = next;
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    double sum = 0;
    for (double l : loadings) {
      sum += l;
    }
    if (sum < 0) {
      for (int i = 0; i < k; i++) {
        loadings[i] = -loadings[i];
      }
    }
    return loadings;
  }
}
