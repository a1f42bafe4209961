package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p values for a family of tests, as R's
 * {@code p.adjust(p, method = "holm")}: with the {@code m} defined p values sorted ascending,
 *
 * <pre>
 *   p_holm(i) = min(1, max over j &lt;= i of (m - j + 1) p(j))
 * </pre>
 *
 * It keeps the family-wise error rate at the nominal level for any dependence between the tests,
 * and is uniformly more powerful than Bonferroni. NaN p values stay NaN and do not count in
 * {@code m} (R's default {@code n = length(na.omit(p))}).
 *
 * <p>Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian
 * Journal of Statistics, 6(2), 65-70.
 */
public final class HolmAdjustment {
  private HolmAdjustment() {}

  /** The adjusted p values, in the order given. */
  public static double[] adjust(double[] p) {
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> p[i])).mapToInt(Integer::intValue)
        .toArray();
    int m = order.length;
    double running = 0;
    for (int r = 0; r < m; r++) {
      running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
      out[order[r]] = running;
    }
    return out;
  }
}
