package org.leadsurvey.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the multilevel fit needs of a scale's teams, kept by reference to the accumulator's
 * per-team sums (nothing is copied per team): each team's size and item means, its within-team
 * sums of squares per item, and the within-team correlations pooled over every row.
 *
 * <p>The pooled-within covariance of the shown teams is
 * {@code S_PW,ij = r_W,ij sqrt(S_ii S_jj)}: its variances {@code S_ii} exactly those of the
 * shown teams ({@code sum_t SS_ti / sum_t (n_ti - 1)}), its correlations {@code r_W} from the
 * cross-products of every row less every team's between part ({@link
 * ScaleAccumulator#pooledWithin()}), since per-team cross-products are not kept. On the oracle
 * cases this is within 0.01 of lavaan's fit on the shown teams' rows.
 */
public final class TwoLevelSums {
  private final TeamTable teams;
  private final int[] order;
  // Worked out only when the fit runs (it needs a pass over every team).
  private final Supplier<double[][]> pooledWithin;
  private final int k;

  /**
   * @param order the teams' slots in the order of {@link ScaleStatistics#teams()}
   * @param pooledWithin gives {@link ScaleAccumulator#pooledWithin()}
   * @param k items
   */
  TwoLevelSums(TeamTable teams, int[] order, Supplier<double[][]> pooledWithin,
      int k) {
    this.teams = teams;
    this.order = order;
    this.pooledWithin = pooledWithin;
    this.k = k;
  }

  /**
   * The two-level fit over the teams not hidden.
   *
   * @param hidden per team of {@link ScaleStatistics#teams()}, whether it is hidden
   * @return null with fewer than two shown teams or undefined within-team figures
   */
  public MultilevelReliability fit(boolean[] hidden) {
    // Slot by slot (memory order), not in the order of the names: the sums do not care. Slots
    // are the reader's team numbers, of which a wave may hold only some.
    int slots = 0;
    for (int t : order) {
      slots = Math.max(slots, t + 1);
    }
    boolean[] shown = new boolean[slots];
    long largest = 0;
    int j = 0;
    for (int i = 0; i < order.length; i++) {
      if (!hidden[i]) {
        shown[order[i]] = true;
        largest = Math.max(largest, teams.scored(order[i]));
        j++;
      }
    }
    double[] squares = new double[k];
    double[] answers = new double[k];
    double[] mean = new double[k];
    // size -> its teams' sums; an array while sizes are small (the usual case), else a map
    double[][] small = new double[(int) Math.min(largest, 1 << 16) + 1][];
    Map<Long, double[]> large = new HashMap<>();
    for (int t = 0; t < shown.length; t++) {
      if (shown[t] && teams.within(t, squares, answers, mean)) {
        long n = teams.scored(t);
        double[] group = n < small.length ? small[(int) n] : large.get(n);
        if (group == null) {
          group = new double[MultilevelReliability.groupLength(k)];
          if (n < small.length) {
            small[(int) n] = group;
          } else {
            large.put(n, group);
          }
        }
        MultilevelReliability.addTeam(group, mean);
      }
    }
    Map<Long, double[]> bySize = new TreeMap<>(large);
    for (int n = 0; n < small.length; n++) {
      if (small[n] != null) {
        bySize.put((long) n, small[n]);
      }
    }
    if (j < 2) {
      return null;
    }
    double[][] withinAll = pooledWithin.get();
    double[][] s = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double va = squares[a] / (answers[a] - j);
        double vb = squares[b] / (answers[b] - j);
        s[a][b] = withinAll[a][b] / Math.sqrt(withinAll[a][a] * withinAll[b][b])
            * Math.sqrt(va * vb);
      }
    }
    return MultilevelReliability.fit(s, bySize);
  }
}
