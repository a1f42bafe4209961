package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker who holds published totals, each the sum over a known set of atoms (people with
 * the same team and values, who are in exactly the same totals), and adds and subtracts them.
 * A set S of atoms has a recoverable total exactly when its indicator lies in the span of the
 * published vectors, that is when it is orthogonal to their null space: when the null-space
 * coordinates of S's atoms add up to zero. Independent of {@link CutProtection} (doubles and
 * Gauss-Jordan with partial pivoting here, exact modular arithmetic there), like
 * {@code cli.LinearAttack}, which does the same over people for whole runs.
 */
final class SpanAttack {
  private static final double EPS = 1e-9;
  private final long[] n;
  private final List<double[]> rows = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  /** @param n people per atom */
  SpanAttack(long[] n) {
    this.n = n;
  }

  void publish(boolean[] atoms, String what) {
    double[] row = new double[n.length];
    for (int a = 0; a < n.length; a++) {
      row[a] = atoms[a] && n[a] > 0 ? 1 : 0;
    }
    rows.add(row);
    names.add(what);
  }

  /**
   * A set of atoms of 1 to k - 1 people whose total the published totals give, described, or
   * null when there is none (every such set is tried).
   */
  String recoverable(int k) {
    double[][] nullSpace = nullSpace();
    int d = nullSpace.length;
    List<Integer> small = new ArrayList<>();
    for (int a = 0; a < n.length; a++) {
      if (n[a] > 0 && n[a] < k) {
        small.add(a);
      }
    }
    return search(small, 0, new ArrayList<>(), 0, new double[d], nullSpace, k);
  }

  private String search(List<Integer> small, int from, List<Integer> set, long people,
      double[] sum, double[][] nullSpace, int k) {
    if (!set.isEmpty()) {
      boolean zero = true;
      for (double s : sum) {
        zero &= Math.abs(s) < 1e-7;
      }
      if (zero) {
        return "atoms " + set + " (" + people + " people)";
      }
    }
    for (int i = from; i < small.size(); i++) {
      int a = small.get(i);
      if (people + n[a] >= k) {
        continue;
      }
      double[] next = sum.clone();
      for (int j = 0; j < next.length; j++) {
        next[j] += nullSpace[j][a];
      }
      set.add(a);
      String found = search(small, i + 1, set, people + n[a], next, nullSpace, k);
      set.remove(set.size() - 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A basis of the null space of the published rows, over the non-empty atoms. */
  private double[][] nullSpace() {
    int cols = n.length;
    double[][] m = rows.toArray(new double[0][]);
    for (int i = 0; i < m.length; i++) {
      m[i] = m[i].clone();
    }
    int[] pivotOfRow = new int[m.length];
    boolean[] pivot = new boolean[cols];
    int r = 0;
    for (int c = 0; c < cols && r < m.length; c++) {
      if (n[c] == 0) {
        continue;
      }
      int best = r;
      for (int i = r + 1; i < m.length; i++) {
        if (Math.abs(m[i][c]) > Math.abs(m[best][c])) {
          best = i;
        }
      }
      if (Math.abs(m[best][c]) < EPS) {
        continue;
      }
      double[] t = m[r];
      m[r] = m[best];
      m[best] = t;
      double lead = m[r][c];
      for (int j = 0; j < cols; j++) {
        m[r][j] /= lead;
      }
      for (int i = 0; i < m.length; i++) {
        if (i != r && Math.abs(m[i][c]) > EPS) {
          double f = m[i][c];
          for (int j = 0; j < cols; j++) {
            m[i][j] -= f * m[r][j];
          }
        }
      }
      pivot[c] = true;
      pivotOfRow[r++] = c;
    }
    List<double[]> basis = new ArrayList<>();
    for (int free = 0; free < cols; free++) {
      if (pivot[free] || n[free] == 0) {
        continue;
      }
      double[] z = new double[cols];
      z[free] = 1;
      for (int i = 0; i < r; i++) {
        z[pivotOfRow[i]] = -m[i][free];
      }
      basis.add(z);
    }
    return basis.toArray(new double[0][]);
  }
}
