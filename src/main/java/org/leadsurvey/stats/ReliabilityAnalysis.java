package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.List;

/** Scale and item reliability from streamed covariance sums. */
public record ReliabilityAnalysis(Reliability scale, List<ItemStatistics> items) {

  public ReliabilityAnalysis {
    items = List.copyOf(items);
  }

  /**
   * @param itemIds names of the accumulator's items, in order
   * @param observations rows behind the covariances
   */
  public static ReliabilityAnalysis of(List<String> itemIds, PairwiseCovariance sums,
      long observations) {
    double[][] cov = sums.matrix();
    double[][] cor = Matrices.toCorrelation(cov);
    int k = cov.length;
    double alpha = CronbachAlpha.raw(cov);
    // The factor model is fitted, as psych::fa(x) does, to cor(x, use = "pairwise").
    double[] loadings = MinresFactor.oneFactor(sums.correlationMatrix());
    Reliability scale = new Reliability(
        observations,
        alpha,
        CronbachAlpha.standardized(cor),
        GuttmanLambda6.of(cor),
        CronbachAlpha.averageR(cor),
        FeldtInterval.of(alpha, observations, k, 0.95),
        McDonaldOmega.total(loadings));
    List<ItemStatistics> items = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      items.add(new ItemStatistics(
          itemIds.get(i),
          sums.count(i),
          sums.mean(i),
          Math.sqrt(cov[i][i]),
          CorrectedItemTotal.of(cov, i),
          k > 2 ? CronbachAlpha.ifDeleted(cov, i) : Double.NaN,
          loadings[i]));
    }
    return new ReliabilityAnalysis(scale, items);
  }
}
