package org.leadsurvey.stats;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Small dense-matrix helpers for k x k item matrices. */
final class Matrices {
  private Matrices() {}

  static double sum(double[][] m) {
    double s = 0;
    for (double[] row : m) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  static double trace(double[][] m) {
    double s = 0;
    for (int i = 0; i < m.length; i++) {
      s += m[i][i];
    }
    return s;
  }

  /** R's {@code cov2cor}: scales by the diagonal. */
  static double[][] toCorrelation(double[][] cov) {
    int k = cov.length;
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        r[i][j] = i == j ? 1.0 : cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
      }
    }
    return r;
  }

  /** The matrix without row and column {@code drop}. */
  static double[][] without(double[][] m, int drop) {
    int k = m.length;
    double[][] out = new double[k - 1][k - 1];
    for (int i = 0, oi = 0; i < k; i++) {
      if (i == drop) {
        continue;
      }
      for (int j = 0, oj = 0; j < k; j++) {
        if (j != drop) {
          out[oi][oj++] = m[i][j];
        }
      }
      oi++;
    }
    return out;
  }

  /** The rows and columns {@code keep}, in that order. */
  static double[][] select(double[][] m, int[] keep) {
    double[][] out = new double[keep.length][keep.length];
    for (int i = 0; i < keep.length; i++) {
      for (int j = 0; j < keep.length; j++) {
        out[i][j] = m[keep[i]][keep[j]];
      }
    }
    return out;
  }

  static boolean hasNaN(double[][] m) {
    for (double[] row : m) {
      for (double v : row) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Moore-Penrose pseudo-inverse, as psych's {@code Pinv}, so a singular R still has SMCs. */
  static double[][] pseudoInverse(double[][] m) {
    RealMatrix a = MatrixUtils.createRealMatrix(m);
    return new SingularValueDecomposition(a).getSolver().getInverse().getData();
  }
}
