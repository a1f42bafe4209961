package org.leadsurvey.stats;

import java.util.List;

/**
 * Pearson correlations between people's scale scores, pairwise complete, as R's
 * {@code cor(scores, use = "pairwise.complete.obs")}: the correlation of scales a and b uses
 * the people scored on both, with means and standard deviations from those people only.
 *
 * <p>One streaming pass; memory O(s^2) for s scales, whatever the number of people.
 */
public final class ScaleCorrelation {
  private final List<String> scales;
  private final PairwiseCovariance sums;
  private final double[] row;

  /**
   * @param scales scale ids, in the order of the arrays given to {@link #add}
   * @param centre a value near the scores (e.g. the scale midpoint), subtracted before summing
   */
  public ScaleCorrelation(List<String> scales, double centre) {
    this.scales = List.copyOf(scales);
    this.sums = new PairwiseCovariance(scales.size(), centre);
    this.row = new double[scales.size()];
  }

  /** Adds one person's scores, NaN where the person is not scored on a scale; not kept. */
  public void add(double[] scores) {
    System.arraycopy(scores, 0, row, 0, row.length);
    sums.add(row);
  }

  /**
   * @param minPeople pairs shared by fewer people get {@code r = NaN} (too few to show)
   */
  public ScaleCorrelations result(int minPeople) {
    double[][] r = sums.correlationMatrix();
    int s = scales.size();
    long[][] n = new long[s][s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        n[a][b] = sums.count(a, b);
        if (a != b && n[a][b] < Math.max(minPeople, 3)) {
          r[a][b] = Double.NaN;
        }
      }
    }
    return new ScaleCorrelations(scales, r, n);
  }
}
