package org.leadsurvey.stats;

/**
 * Test reference for {@link TeamTable}: the plain per-team object (running sums of one team's
 * scored members) that TeamTable replaced in the product, kept to check it bit for bit.
 */
final class TeamAccumulator {
  final RunningStats scores = new RunningStats();
  private final long[] itemN;
  private final double[] itemMean;
  private final double[] itemM2;
  private long answers;
  private long favourable;

  TeamAccumulator(int k) {
    itemN = new long[k];
    itemMean = new double[k];
    itemM2 = new double[k];
  }

  void add(double score, double[] keyed, double favourableFrom) {
    scores.add(score);
    for (int i = 0; i < keyed.length; i++) {
      double x = keyed[i];
      if (x == x) { // answered
        long n = ++itemN[i];
        double d = x - itemMean[i];
        itemMean[i] += d / n;
        itemM2[i] += d * (x - itemMean[i]);
        answers++;
        if (x >= favourableFrom) {
          favourable++;
        }
      }
    }
  }

  /** Mean of the items' within-team variances; NaN when an item has fewer than two answers. */
  double meanItemVariance() {
    double sum = 0;
    for (int i = 0; i < itemN.length; i++) {
      if (itemN[i] < 2) {
        return Double.NaN;
      }
      sum += itemM2[i] / (itemN[i] - 1);
    }
    return sum / itemN.length;
  }

  /**
   * Mean keyed answer per item; NaN for an item with fewer than {@code minAnswers} answers, so
   * that an item mean never shows the answers of fewer people than a team must have.
   */
  java.util.List<Double> itemMeans(int minAnswers) {
    Double[] out = new Double[itemN.length];
    for (int i = 0; i < itemN.length; i++) {
      out[i] = itemN[i] >= Math.max(1, minAnswers) ? itemMean[i] : Double.NaN;
    }
    return java.util.List.of(out);
  }

  double favourableShare() {
    return answers == 0 ? Double.NaN : (double) favourable / answers;
  }
}
