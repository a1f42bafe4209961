package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scale and item reliability from streamed covariance sums.
 *
 * @param fewestPairAnswers the fewest rows behind any covariance the figures rest on (the
 *     smallest pairwise count among the items used); the rows when fewer than two are used
 */
public record ReliabilityAnalysis(Reliability scale, List<ItemStatistics> items,
    long fewestPairAnswers) {

  public ReliabilityAnalysis {
    items = List.copyOf(items);
  }

  /** Every item with variance enters the figures, however few answered it. */
  public static ReliabilityAnalysis of(List<String> itemIds, PairwiseCovariance sums,
      long observations) {
    return of(itemIds, sums, observations, 1);
  }

  /**
   * Items without variance are left out of every reliability figure, as {@code psych::alpha}
   * deletes them (they still count in person scores); their own n, mean and sd are reported.
   * So are items answered fewer than {@code minAnswers} times: figures resting on so few
   * answers could not be shown.
   *
   * @param itemIds names of the accumulator's items, in order
   * @param observations rows behind the covariances
   */
  public static ReliabilityAnalysis of(List<String> itemIds, PairwiseCovariance sums,
      long observations, int minAnswers) {
    double[][] full = sums.matrix();
    int[] kept = IntStream.range(0, full.length)
        .filter(i -> full[i][i] > 0 && sums.count(i) >= minAnswers)
        .toArray();
    long fewest = observations;
    for (int a = 0; a < kept.length; a++) {
      for (int b = a + 1; b < kept.length; b++) {
        fewest = Math.min(fewest, sums.count(kept[a], kept[b]));
      }
    }
    double[][] cov = Matrices.select(full, kept);
    double[][] cor = Matrices.toCorrelation(cov);
    int k = cov.length;
    double alpha = k < 2 ? Double.NaN : CronbachAlpha.raw(cov);
    // The factor model is fitted, as psych::fa(x) does, to cor(x, use = "pairwise").
    double[] loadings = MinresFactor.oneFactor(Matrices.select(sums.correlationMatrix(), kept));
    double ase = AlphaItemAnalysis.ase(cov, observations);
    double averageR = CronbachAlpha.averageR(cor);
    Reliability scale = new Reliability(
        observations,
        alpha,
        CronbachAlpha.standardized(cor),
        GuttmanLambda6.of(cor),
        averageR,
        FeldtInterval.of(alpha, observations, k, 0.95),
        McDonaldOmega.total(loadings),
        AlphaItemAnalysis.signalToNoise(k, averageR),
        ase,
        AlphaItemAnalysis.medianR(cor),
        AlphaItemAnalysis.duhachek(alpha, ase));
    double[] rawR = sums.itemTotalCorrelations();
    double[] stdR = AlphaItemAnalysis.standardizedItemTotal(cor);
    double[] rCor = AlphaItemAnalysis.correctedItemTotal(cor);
    List<ItemStatistics> items = new ArrayList<>(full.length);
    for (int i = 0, s = 0; i < full.length; i++) {
      boolean used = s < kept.length && kept[s] == i;
      items.add(new ItemStatistics(
          itemIds.get(i),
          sums.count(i),
          sums.mean(i),
          Math.sqrt(full[i][i]),
          used ? CorrectedItemTotal.of(cov, s) : Double.NaN,
          used ? CronbachAlpha.ifDeleted(cov, s) : Double.NaN,
          used ? loadings[s] : Double.NaN,
          used ? rawR[i] : Double.NaN,
          used ? stdR[s] : Double.NaN,
          used ? rCor[s] : Double.NaN));
      if (used) {
        s++;
      }
    }
    return new ReliabilityAnalysis(scale, items, fewest);
  }
}
