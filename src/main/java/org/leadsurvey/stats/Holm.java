package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p values for multiple tests (Holm 1979, "A simple sequentially
 * rejective multiple test procedure", Scand. J. Statist. 6, 65-70), as R's
 * {@code p.adjust(p, "holm")}: with the m non-missing p values sorted ascending,
 * {@code adj(i) = min(1, max over j <= i of (m - j + 1) p(j))}. NaN stays NaN and does not
 * count in m.
 */
public final class Holm {
  private Holm() {}

  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i])) {
        order[m++] = i;
      }
    }
    Integer[] sorted = Arrays.copyOf(order, m);
    Arrays.sort(sorted, Comparator.comparingDouble(i -> p[i]));
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    double running = 0;
    for (int j = 0; j < m; j++) {
      running = Math.max(running, (m - j) * p[sorted[j]]);
      out[sorted[j]] = Math.min(1, running);
    }
    return out;
  }
}
