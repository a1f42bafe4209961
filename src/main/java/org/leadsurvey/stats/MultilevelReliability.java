package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multilevel composite reliability of a scale: omega within teams and omega between teams from a
 * two-level one-factor CFA fitted by maximum likelihood (Geldhof, Preacher &amp; Zyphur, 2014;
 * Lai, 2021), as {@code lavaan::sem(model, data, cluster = "team", std.lv = TRUE)} with
 * {@code f =~ items} at both levels and {@code semTools::compRelSEM(fit, obs.var = FALSE)}.
 *
 * <pre>
 *   y_ti = mu + lb eta_t + e_t + lw xi_ti + u_ti             person i of team t
 *   Sigma_W = lw lw' + diag(tw),  Sigma_B = lb lb' + diag(tb)
 *   -2 logL = (N - J) (log|Sigma_W| + tr(Sigma_W^-1 S_PW))
 *             + sum_t (log|Sigma_W + n_t Sigma_B| + n_t (ybar_t - mu)' (Sigma_W + n_t Sigma_B)^-1 (ybar_t - mu))
 *   omega_within  = (sum lw)^2 / ((sum lw)^2 + sum tw)
 *   omega_between = (sum lb)^2 / ((sum lb)^2 + sum tb + mean(1/n_t) 1'Sigma_W 1)
 * </pre>
 *
 * The likelihood of complete two-level data depends on the rows only through the pooled-within
 * covariance {@code S_PW} (on {@code N - J} df) and each team's size and mean vector, so the fit
 * works on those sums, never on rows: teams of the same size share one matrix inverse, which
 * keeps an evaluation at O(sizes k^3) whatever the number of teams. Unbalanced sizes are handled
 * exactly. {@code mu} is profiled out (its maximiser is a weighted mean of the team means), and
 * the 4k loadings and residual variances are found by BFGS on the analytic gradient from
 * lavaan-like starting values; residual variances are not bounded (lavaan's default), so a
 * Heywood case shows as it does in lavaan.
 *
 * <p>omega_between is Lai's (2021) reliability of a team's mean score for the team-level factor:
 * its error includes the sampling error of the mean of {@code n_t} people ({@code Sigma_W / n_t},
 * averaged as {@code mean(1/n_t)}, semTools' {@code Ns}).
 *
 * <p>Geldhof, G. J., Preacher, K. J., &amp; Zyphur, M. J. (2014). Reliability estimation in a
 * multilevel confirmatory factor analysis framework. Psychological Methods, 19(1), 72-91.
 * Lai, M. H. C. (2021). Composite reliability of multilevel data: It's about observed scores and
 * construct meanings. Psychological Methods, 26(1), 90-102.
 *
 * @param teams teams in the fit
 * @param people their people
 * @param converged whether the gradient vanished (else the figures are NaN)
 */
public record MultilevelReliability(double omegaWithin, double omegaBetween, int teams,
    long people, boolean converged) {

  /** Fewer teams than this give between-team estimates too unstable to trust (Lai, 2021). */
  public static final int FEW_TEAMS = 30;
  private static final int MAX_ITERATIONS = 500;
  private static final double GRADIENT_TOLERANCE = 1e-7;

  /** Whether the between-team figure rests on fewer than {@link #FEW_TEAMS} teams. */
  public boolean fewTeams() {
    return teams < FEW_TEAMS;
  }

  /**
   * @param pooledWithin the within-team covariance matrix {@code S_PW}
   * @param teams the teams' sizes and item means (a team with a NaN item mean is left out)
   * @return null with fewer than two usable teams
   */
  public static MultilevelReliability fit(double[][] pooledWithin, List<TeamScore> teams) {
    long[] sizes = new long[teams.size()];
    double[][] means = new double[teams.size()][];
    for (int t = 0; t < sizes.length; t++) {
      sizes[t] = teams.get(t).n();
      means[t] = teams.get(t).itemMeans().stream().mapToDouble(Double::doubleValue).toArray();
    }
    return fit(pooledWithin, sizes, means);
  }

  /**
   * @param sizes each team's people
   * @param means each team's item means, in item order (a team with a NaN is left out)
   * @return null with fewer than two usable teams
   */
  static MultilevelReliability fit(double[][] pooledWithin, long[] sizes, double[][] means) {
    int k = pooledWithin.length;
    Map<Long, double[]> bySize = new TreeMap<>();
    for (int t = 0; t < sizes.length; t++) {
      if (sizes[t] >= 1 && means[t].length == k && !Matrices.hasNaN(new double[][] {means[t]})) {
        addTeam(bySize.computeIfAbsent(sizes[t], n -> new double[groupLength(k)]), means[t]);
      }
    }
    return fit(pooledWithin, bySize);
  }

  /** The length of a size group's sums: teams, k sums of means, k x k sums of their products. */
  static int groupLength(int k) {
    return 1 + k + k * k;
  }

  /** Adds one team's item means to its size group's sums (products: upper triangle only). */
  static void addTeam(double[] group, double[] mean) {
    int k = mean.length;
    group[0]++;
    for (int i = 0; i < k; i++) {
      double mi = mean[i];
      group[1 + i] += mi;
      int row = 1 + k + i * k;
      for (int j = i; j < k; j++) {
        group[row + j] += mi * mean[j];
      }
    }
  }

  /**
   * @param bySize team size to the sums of its teams ({@link #groupLength}, {@link #addTeam})
   * @return null with fewer than two teams
   */
  static MultilevelReliability fit(double[][] pooledWithin, Map<Long, double[]> bySize) {
    int k = pooledWithin.length;
    long people = 0;
    int used = 0;
    double inverseSizes = 0;
    for (Map.Entry<Long, double[]> e : bySize.entrySet()) {
      double teams = e.getValue()[0];
      used += (int) teams;
      people += (long) teams * e.getKey();
      inverseSizes += teams / e.getKey();
    }
    if (used < 2 || k < 2 || Matrices.hasNaN(pooledWithin)) {
      return null;
    }
    Likelihood f = new Likelihood(pooledWithin, people - used, bySize);
    double[] x = f.start();
    double[] grad = new double[x.length];
    double value = f.value(x, grad);
    boolean converged = Double.isFinite(value) && bfgs(f, x, grad, value);
    if (!converged) {
      return new MultilevelReliability(Double.NaN, Double.NaN, used, people, false);
    }
    double lw = 0;
    double tw = 0;
    double lb = 0;
    double tb = 0;
    for (int i = 0; i < k; i++) {
      lw += x[i];
      tw += x[k + i];
      lb += x[2 * k + i];
      tb += x[3 * k + i];
    }
    double sumW = lw * lw + tw;
    double ns = inverseSizes / used;
    return new MultilevelReliability(lw * lw / sumW, lb * lb / (lb * lb + tb + ns * sumW),
        used, people, true);
  }

  /** BFGS with a backtracking (Armijo) line search; x and grad are updated in place. */
  private static boolean bfgs(Likelihood f, double[] x, double[] grad, double value) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1e-2;
    }
    double[] next = new double[n];
    double[] nextGrad = new double[n];
    double[] p = new double[n];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      if (norm(grad) < GRADIENT_TOLERANCE * Math.max(1, Math.abs(value))) {
        return true;
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s -= h[i][j] * grad[j];
        }
        p[i] = s;
      }
      double slope = dot(p, grad);
      if (!(slope < 0)) { // not a descent direction: restart from the gradient
        for (int i = 0; i < n; i++) {
          Arrays.fill(h[i], 0);
          h[i][i] = 1e-2;
          p[i] = -1e-2 * grad[i];
        }
        slope = dot(p, grad);
      }
      double step = 1;
      double nextValue = Double.NaN;
      for (int tries = 0; tries < 60; tries++, step /= 2) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] + step * p[i];
        }
        nextValue = f.value(next, nextGrad);
        if (nextValue <= value + 1e-4 * step * slope) {
          break;
        }
      }
      if (!(nextValue <= value + 1e-4 * step * slope)) {
        // no progress along any step: converged as far as doubles allow, if the gradient is small
        return norm(grad) < 1e-4 * Math.max(1, Math.abs(value));
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = next[i] - x[i];
        y[i] = nextGrad[i] - grad[i];
      }
      double sy = dot(s, y);
      if (it == 0 && sy > 1e-12) { // scale the first guess of the inverse Hessian (Shanno)
        double scale = sy / dot(y, y);
        for (int i = 0; i < n; i++) {
          Arrays.fill(h[i], 0);
          h[i][i] = scale;
        }
      }
      if (sy > 1e-12) {
        double[] hy = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            hy[i] += h[i][j] * y[j];
          }
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            h[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
          }
        }
      }
      double change = value - nextValue;
      System.arraycopy(next, 0, x, 0, n);
      System.arraycopy(nextGrad, 0, grad, 0, n);
      value = nextValue;
      if (change < 1e-14 * Math.max(1, Math.abs(value)) && norm(grad) < 1e-4) {
        return true;
      }
    }
    return norm(grad) < 1e-4 * Math.max(1, Math.abs(value));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /**
   * {@code -2 logL} (without constants) of the parameters {@code x = (lw, tw, lb, tb)} with
   * {@code mu} at its maximiser, and its gradient.
   */
  private static final class Likelihood {
    private final int k;
    private final double[][] within;
    private final long dfWithin;
    private final long[] sizes;
    private final double[] counts;
    private final double[][] sums;
    private final double[][][] cross;

    Likelihood(double[][] within, long dfWithin, Map<Long, double[]> bySize) {
      this.k = within.length;
      this.within = within;
      this.dfWithin = dfWithin;
      int g = bySize.size();
      sizes = new long[g];
      counts = new double[g];
      sums = new double[g][k];
      cross = new double[g][k][k];
      int s = 0;
      for (var e : bySize.entrySet()) {
        sizes[s] = e.getKey();
        double[] v = e.getValue();
        counts[s] = v[0];
        for (int i = 0; i < k; i++) {
          sums[s][i] = v[1 + i];
          for (int j = i; j < k; j++) {
            cross[s][i][j] = v[1 + k + i * k + j];
            cross[s][j][i] = cross[s][i][j];
          }
        }
        s++;
      }
    }

    /**
     * Starting values as lavaan's spirit has them: a one-factor fit of the within correlations
     * scaled to S_PW, and for the between level the covariance of the team means less the
     * within part, {@code S_B = cov(means) - S_PW mean(1/n)}, split 60/40 into common and unique.
     */
    double[] start() {
      double[] x = new double[4 * k];
      double[] l = MinresFactor.oneFactor(Matrices.toCorrelation(within));
      double total = 0;
      double inverse = 0;
      double[] mean = new double[k];
      for (int s = 0; s < sizes.length; s++) {
        total += counts[s];
        inverse += counts[s] / sizes[s];
        for (int i = 0; i < k; i++) {
          mean[i] += sums[s][i];
        }
      }
      for (int i = 0; i < k; i++) {
        mean[i] /= total;
      }
      for (int i = 0; i < k; i++) {
        double sd = Math.sqrt(within[i][i]);
        double li = Double.isNaN(l[i]) ? 0.7 : l[i];
        x[i] = li * sd;
        x[k + i] = Math.max(within[i][i] - x[i] * x[i], 0.05 * within[i][i]);
        double between = 0;
        for (int s = 0; s < sizes.length; s++) {
          between += cross[s][i][i] - 2 * mean[i] * sums[s][i] + counts[s] * mean[i] * mean[i];
        }
        between = between / Math.max(1, total - 1) - within[i][i] * inverse / total;
        between = Math.max(between, 0.05 * within[i][i]);
        x[2 * k + i] = Math.sqrt(0.6 * between);
        x[3 * k + i] = 0.4 * between;
      }
      return x;
    }

    /** The value, and its gradient into {@code grad} when not null; +inf outside the domain. */
    double value(double[] x, double[] grad) {
      double[][] sw = implied(x, 0);
      double[][] sb = implied(x, 2 * k);
      Cholesky cw = Cholesky.of(sw);
      if (cw == null) {
        return Double.POSITIVE_INFINITY;
      }
      double[][] wInv = cw.inverse();
      int g = sizes.length;
      double[][][] aInv = new double[g][][];
      double[] logDetA = new double[g];
      // mu = (sum_t n_t A_t^-1)^-1 sum_t n_t A_t^-1 ybar_t
      double[][] lhs = new double[k][k];
      double[] rhs = new double[k];
      for (int s = 0; s < g; s++) {
        double n = sizes[s];
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            a[i][j] = sw[i][j] + n * sb[i][j];
          }
        }
        Cholesky c = Cholesky.of(a);
        if (c == null) {
          return Double.POSITIVE_INFINITY;
        }
        aInv[s] = c.inverse();
        logDetA[s] = c.logDeterminant();
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            lhs[i][j] += n * counts[s] * aInv[s][i][j];
            rhs[i] += n * aInv[s][i][j] * sums[s][j];
          }
        }
      }
      Cholesky cl = Cholesky.of(lhs);
      if (cl == null) {
        return Double.POSITIVE_INFINITY;
      }
      double[] mu = cl.solve(rhs);
      double value = dfWithin * (cw.logDeterminant() + traceProduct(wInv, within));
      double[][] gw = new double[k][k];
      double[][] gb = new double[k][k];
      if (grad != null) {
        double[][] wsw = product(product(wInv, within), wInv);
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            gw[i][j] = dfWithin * (wInv[i][j] - wsw[i][j]);
          }
        }
      }
      for (int s = 0; s < g; s++) {
        double n = sizes[s];
        // D = sum over the size's teams of (ybar - mu)(ybar - mu)'
        double[][] d = new double[k][k];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            d[i][j] = cross[s][i][j] - sums[s][i] * mu[j] - mu[i] * sums[s][j]
                + counts[s] * mu[i] * mu[j];
          }
        }
        value += counts[s] * logDetA[s] + n * traceProduct(aInv[s], d);
        if (grad != null) {
          double[][] ada = product(product(aInv[s], d), aInv[s]);
          for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
              double gij = counts[s] * aInv[s][i][j] - n * ada[i][j];
              gw[i][j] += gij;
              gb[i][j] += n * gij;
            }
          }
        }
      }
      if (grad != null) {
        gradient(x, 0, gw, grad);
        gradient(x, 2 * k, gb, grad);
      }
      return value;
    }

    /** {@code l l' + diag(t)} from {@code x[at..at+k)} (l) and {@code x[at+k..at+2k)} (t). */
    private double[][] implied(double[] x, int at) {
      double[][] m = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          m[i][j] = x[at + i] * x[at + j];
        }
        m[i][i] += x[at + k + i];
      }
      return m;
    }

    /** d/dl of tr(G (l l' + diag t)) is 2 G l; d/dt_i is G_ii. */
    private void gradient(double[] x, int at, double[][] gm, double[] grad) {
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          s += gm[i][j] * x[at + j];
        }
        grad[at + i] = 2 * s;
        grad[at + k + i] = gm[i][i];
      }
    }

    private static double traceProduct(double[][] a, double[][] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < a.length; j++) {
          s += a[i][j] * b[j][i];
        }
      }
      return s;
    }

    private static double[][] product(double[][] a, double[][] b) {
      int k = a.length;
      double[][] c = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int m = 0; m < k; m++) {
          double aim = a[i][m];
          for (int j = 0; j < k; j++) {
            c[i][j] += aim * b[m][j];
          }
        }
      }
      return c;
    }
  }

  /** The Cholesky factor of a symmetric positive definite matrix. */
  private static final class Cholesky {
    private final double[][] l;

    private Cholesky(double[][] l) {
      this.l = l;
    }

    /** Null unless positive definite. */
    static Cholesky of(double[][] a) {
      int k = a.length;
      double[][] l = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j <= i; j++) {
          double s = a[i][j];
          for (int m = 0; m < j; m++) {
            s -= l[i][m] * l[j][m];
          }
          if (i == j) {
            if (!(s > 0)) {
              return null;
            }
            l[i][i] = Math.sqrt(s);
          } else {
            l[i][j] = s / l[j][j];
          }
        }
      }
      return new Cholesky(l);
    }

    double logDeterminant() {
      double s = 0;
      for (int i = 0; i < l.length; i++) {
        s += Math.log(l[i][i]);
      }
      return 2 * s;
    }

    double[] solve(double[] b) {
      int k = l.length;
      double[] y = new double[k];
      for (int i = 0; i < k; i++) {
        double s = b[i];
        for (int m = 0; m < i; m++) {
          s -= l[i][m] * y[m];
        }
        y[i] = s / l[i][i];
      }
      double[] x = new double[k];
      for (int i = k - 1; i >= 0; i--) {
        double s = y[i];
        for (int m = i + 1; m < k; m++) {
          s -= l[m][i] * x[m];
        }
        x[i] = s / l[i][i];
      }
      return x;
    }

    double[][] inverse() {
      int k = l.length;
      double[][] inv = new double[k][];
      for (int j = 0; j < k; j++) {
        double[] e = new double[k];
        e[j] = 1;
        inv[j] = solve(e);
      }
      return inv; // symmetric, so columns as rows
    }
  }
}
