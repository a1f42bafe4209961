package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.List;

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
  private final double[][] withinAll;
  private final int k;

  /**
   * @param order the teams' slots in the order of {@link ScaleStatistics#teams()}
   * @param withinAll {@link ScaleAccumulator#pooledWithin()}
   */
  TwoLevelSums(TeamTable teams, int[] order, double[][] withinAll) {
    this.teams = teams;
    this.order = order;
    this.withinAll = withinAll;
    this.k = withinAll.length;
  }

  /**
   * The two-level fit over the teams not hidden.
   *
   * @param hidden per team of {@link ScaleStatistics#teams()}, whether it is hidden
   * @return null with fewer than two shown teams or undefined within-team figures
   */
  public MultilevelReliability fit(boolean[] hidden) {
    double[] squares = new double[k];
    double[] answers = new double[k];
    List<TeamScore> shown = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      if (hidden[i]) {
        continue;
      }
      int t = order[i];
      teams.addWithin(t, squares, answers);
      shown.add(new TeamScore(teams.name(t), teams.scores(t).count(), Double.NaN, Double.NaN,
          null, Double.NaN, Double.NaN, teams.itemMeans(t, 1)));
    }
    int j = shown.size();
    if (j < 2) {
      return null;
    }
    double[][] s = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double va = squares[a] / (answers[a] - j);
        double vb = squares[b] / (answers[b] - j);
        s[a][b] = withinAll[a][b] / Math.sqrt(withinAll[a][a] * withinAll[b][b])
            * Math.sqrt(va * vb);
      }
    }
    return MultilevelReliability.fit(s, shown);
  }
}
