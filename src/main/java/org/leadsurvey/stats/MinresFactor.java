package org.leadsurvey.stats;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * One-factor minimum-residual ("minres", unweighted least squares) fit of a correlation matrix,
 * the default of R's {@code psych::fa}: the loadings {@code l} minimise
 * {@code sum_{i != j} (r_ij - l_i l_j)^2}.
 *
 * <p>Solved by iterated principal axes from squared multiple correlations, whose fixed point is
 * exactly the stationarity condition of that loss ({@code sum_{j!=i} r_ij l_j = l_i sum_{j!=i} l_j^2}).
 * psych bounds uniquenesses to [0.005, 1]. When that bound binds (a Heywood case) the fixed
 * point no longer is the constrained optimum, so the uniquenesses are then fitted directly to the
 * same objective with a bounded optimiser (BOBYQA), as psych does with L-BFGS-B.
 */
final class MinresFactor {
  private static final double MAX_COMMUNALITY = 0.995;
  private static final int WARM_UP = 200;
  private static final double WARM_UP_TOLERANCE = 1e-6;
  private static final int NEWTON_STEPS = 100;

  private MinresFactor() {}

  /** Loadings on one factor, signed so that they sum to a positive number; NaN if not identified. */
  public static double[] oneFactor(double[][] cor) {
    int k = cor.length;
    double[] loadings = new double[k];
    if (k < 3 || Matrices.hasNaN(cor)) {
      Arrays.fill(loadings, Double.NaN);
      return loadings;
    }
    double[] h = GuttmanLambda6.squaredMultipleCorrelations(cor);
    double[][] reduced = new double[k][];
    for (int i = 0; i < k; i++) {
      reduced[i] = cor[i].clone();
      h[i] = Math.min(Math.max(h[i], 0), MAX_COMMUNALITY);
    }
    // A few principal-axis steps to get near the solution, then Newton's method on
    // F(l) = sum_{i<j} (r_ij - l_i l_j)^2, whose stationary point is the same fixed point but
    // which converges quadratically where principal axes crawl (weakly correlated items).
    for (int iter = 0; iter < WARM_UP; iter++) {
      double[] next = loadings(reduced, h);
      double change = 0;
      for (int i = 0; i < k; i++) {
        loadings[i] = next[i];
        double communality = Math.min(next[i] * next[i], MAX_COMMUNALITY);
        change = Math.max(change, Math.abs(communality - h[i]));
        h[i] = communality;
      }
      if (change < WARM_UP_TOLERANCE) {
        break;
      }
    }
    newton(cor, loadings);
    boolean bounded = false;
    for (int i = 0; i < k; i++) {
      bounded |= loadings[i] * loadings[i] > MAX_COMMUNALITY;
    }
    if (bounded) {
      for (int i = 0; i < k; i++) {
        h[i] = Math.min(loadings[i] * loadings[i], MAX_COMMUNALITY);
      }
      double[] psi = boundedFit(cor, h);
      for (int i = 0; i < k; i++) {
        h[i] = 1 - psi[i];
      }
      System.arraycopy(loadings(reduced, h), 0, loadings, 0, k);
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

  /** Minimises F(l) from the given start by damped Newton steps; leaves l where F stops falling. */
  private static void newton(double[][] r, double[] l) {
    int k = l.length;
    double f = residual(r, l);
    for (int step = 0; step < NEWTON_STEPS && f > 0; step++) {
      double[] g = new double[k];
      double[][] hess = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          if (i == j) {
            continue;
          }
          double e = r[i][j] - l[i] * l[j];
          g[i] -= 2 * e * l[j];
          hess[i][i] += 2 * l[j] * l[j];
          hess[i][j] = -2 * r[i][j] + 4 * l[i] * l[j];
        }
      }
      double norm = 0;
      for (double gi : g) {
        norm = Math.max(norm, Math.abs(gi));
      }
      if (norm < 1e-15) {
        return;
      }
      double[] d;
      try {
        d = new org.apache.commons.math3.linear.LUDecomposition(MatrixUtils.createRealMatrix(hess))
            .getSolver().solve(MatrixUtils.createRealVector(g)).mapMultiply(-1).toArray();
      } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
        return;
      }
      double t = 1;
      double[] trial = new double[k];
      double ft;
      do {
        for (int i = 0; i < k; i++) {
          trial[i] = l[i] + t * d[i];
        }
        ft = residual(r, trial);
        t /= 2;
      } while (!(ft < f) && t > 1e-12);
      if (!(ft < f)) {
        return;
      }
      System.arraycopy(trial, 0, l, 0, k);
      f = ft;
    }
  }

  private static double residual(double[][] r, double[] l) {
    double sum = 0;
    for (int i = 0; i < l.length; i++) {
      for (int j = 0; j < i; j++) {
        double e = r[i][j] - l[i] * l[j];
        sum += e * e;
      }
    }
    return sum;
  }

  /** First principal axis of {@code r} with {@code h} on the diagonal, scaled by its root. */
  private static double[] loadings(double[][] reduced, double[] h) {
    int k = h.length;
    for (int i = 0; i < k; i++) {
      reduced[i][i] = h[i];
    }
    EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(reduced));
    double[] values = eig.getRealEigenvalues();
    int top = 0;
    for (int i = 1; i < k; i++) {
      if (values[i] > values[top]) {
        top = i;
      }
    }
    double scale = Math.sqrt(Math.max(values[top], 100 * Math.ulp(1.0)));
    double[] v = eig.getEigenvector(top).toArray();
    for (int i = 0; i < k; i++) {
      v[i] *= scale;
    }
    return v;
  }

  /** Uniquenesses minimising the off-diagonal residuals within psych's bounds [0.005, 1]. */
  private static double[] boundedFit(double[][] cor, double[] communalities) {
    int k = cor.length;
    double[][] work = new double[k][];
    for (int i = 0; i < k; i++) {
      work[i] = cor[i].clone();
    }
    MultivariateFunction residual = psi -> {
      double[] h = new double[k];
      for (int i = 0; i < k; i++) {
        h[i] = 1 - psi[i];
      }
      double[] l = loadings(work, h);
      double sum = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < i; j++) {
          double d = cor[i][j] - l[i] * l[j];
          sum += d * d;
        }
      }
      return sum;
    };
    double[] start = new double[k];
    double[] lower = new double[k];
    double[] upper = new double[k];
    for (int i = 0; i < k; i++) {
      start[i] = Math.min(Math.max(1 - communalities[i], 1 - MAX_COMMUNALITY), 1);
      lower[i] = 1 - MAX_COMMUNALITY;
      upper[i] = 1;
    }
    PointValuePair best = new BOBYQAOptimizer(2 * k + 1, 0.01, 1e-12).optimize(
        new MaxEval(100_000), new ObjectiveFunction(residual), GoalType.MINIMIZE,
        new InitialGuess(start), new SimpleBounds(lower, upper));
    return best.getPoint();
  }
}
