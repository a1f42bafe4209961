package org.leadsurvey.stats;

import java.util.Arrays;

/**
 * Streaming sums for the covariance matrix of {@code k} items with missing answers ({@code NaN}),
 * pairwise complete as in R's {@code cov(x, use = "pairwise")}: the covariance of items i and j
 * uses the rows where both are answered; each variance uses every answer to its item.
 *
 * <p>Memory is O(k^2) whatever the number of rows. Values are shifted by a constant per item
 * before summing (covariances do not change), so integer answers sum exactly in a double.
 */
final class PairwiseCovariance {
  private final int k;
  private final double[] shift;
  // Upper triangle including the diagonal, row-major; for i < j the sums run over rows
  // where both i and j are answered, for i == j over rows where i is answered.
  private final long[] n;
  private final double[] sumI;
  private final double[] sumJ;
  private final double[] sumIJ;
  private final double[] sumII;
  private final double[] sumJJ;
  private final int[] present;
  private final double[] centred;
  // Rows with every item answered (nearly all of them) only add to these: k sums and the
  // k(k+1)/2 products, instead of six sums per pair. They are folded into the pairwise sums
  // above before any is read; integer answers keep every sum exact, so the result is the same
  // to the last bit.
  private long completeRows;
  private final double[] completeSum;
  private final double[] completeCross;
  // psych's raw.r, cor(rowMeans(x, na.rm = TRUE), x, use = "pairwise"): per item, over the rows
  // that answered it, the sums of the row's mean answer t, of t^2 and of t x (centred). For
  // complete rows they follow from the sums above at fold time, so only incomplete rows add here.
  private final double[] totalSum;
  private final double[] totalSq;
  private final double[] totalCross;

  public PairwiseCovariance(int k, double shift) {
    this.k = k;
    this.shift = new double[k];
    Arrays.fill(this.shift, shift);
    int cells = k * k;
    n = new long[cells];
    sumI = new double[cells];
    sumJ = new double[cells];
    sumIJ = new double[cells];
    sumII = new double[cells];
    sumJJ = new double[cells];
    present = new int[k];
    centred = new double[k];
    completeSum = new double[k];
    completeCross = new double[cells];
    totalSum = new double[k];
    totalSq = new double[k];
    totalCross = new double[k];
  }

  public int items() {
    return k;
  }

  /** Adds one row; {@code NaN} marks a missing answer. */
  public void add(double[] x) {
    int m = 0;
    for (int i = 0; i < k; i++) {
      double v = x[i];
      if (v == v) { // not NaN
        present[m++] = i;
        centred[i] = v - shift[i];
      }
    }
    if (m == k) {
      addComplete(x);
      return;
    }
    double t = 0;
    for (int a = 0; a < m; a++) {
      t += centred[present[a]];
    }
    t /= m;
    for (int a = 0; a < m; a++) {
      int i = present[a];
      totalSum[i] += t;
      totalSq[i] += t * t;
      totalCross[i] += t * centred[i];
    }
    for (int a = 0; a < m; a++) {
      int i = present[a];
      double xi = centred[i];
      int row = i * k;
      for (int b = a; b < m; b++) {
        int j = present[b];
        double xj = centred[j];
        int c = row + j;
        n[c]++;
        sumI[c] += xi;
        sumJ[c] += xj;
        sumIJ[c] += xi * xj;
        sumII[c] += xi * xi;
        sumJJ[c] += xj * xj;
      }
    }
  }

  /**
   * Adds a row with every item answered (no NaN): k sums and the k(k+1)/2 products. A caller
   * that already knows the row is complete calls this directly, which also keeps the JIT's
   * compiled code for the common case small.
   */
  public void addComplete(double[] x) {
    completeRows++;
    double[] d = centred;
    for (int i = 0; i < k; i++) {
      d[i] = x[i] - shift[i];
    }
    for (int i = 0; i < k; i++) {
      double xi = d[i];
      completeSum[i] += xi;
      for (int j = i, c = i * k + i; j < k; j++, c++) {
        completeCross[c] += xi * d[j];
      }
    }
  }

  /** Moves the complete rows' sums into the pairwise ones. */
  private void fold() {
    if (completeRows == 0) {
      return;
    }
    // a complete row's mean is sum(x)/k: its sums are those of the products, over k and k^2
    double all = 0;
    double allCross = 0;
    for (int i = 0; i < k; i++) {
      all += completeSum[i];
      for (int j = 0; j < k; j++) {
        allCross += completeCross[Math.min(i, j) * k + Math.max(i, j)];
      }
    }
    for (int i = 0; i < k; i++) {
      double cross = 0;
      for (int j = 0; j < k; j++) {
        cross += completeCross[Math.min(i, j) * k + Math.max(i, j)];
      }
      totalSum[i] += all / k;
      totalSq[i] += allCross / ((double) k * k);
      totalCross[i] += cross / k;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        int c = i * k + j;
        n[c] += completeRows;
        sumI[c] += completeSum[i];
        sumJ[c] += completeSum[j];
        sumIJ[c] += completeCross[c];
        sumII[c] += completeCross[i * k + i];
        sumJJ[c] += completeCross[j * k + j];
      }
    }
    completeRows = 0;
    Arrays.fill(completeSum, 0);
    Arrays.fill(completeCross, 0);
  }

  public void merge(PairwiseCovariance o) {
    fold();
    o.fold();
    for (int c = 0; c < n.length; c++) {
      n[c] += o.n[c];
      sumI[c] += o.sumI[c];
      sumJ[c] += o.sumJ[c];
      sumIJ[c] += o.sumIJ[c];
      sumII[c] += o.sumII[c];
      sumJJ[c] += o.sumJJ[c];
    }
    for (int i = 0; i < k; i++) {
      totalSum[i] += o.totalSum[i];
      totalSq[i] += o.totalSq[i];
      totalCross[i] += o.totalCross[i];
    }
  }

  /** Answers to item i. */
  public long count(int i) {
    fold();
    return n[i * k + i];
  }

  /** Rows where both i and j are answered. */
  public long count(int i, int j) {
    fold();
    return i <= j ? n[i * k + j] : n[j * k + i];
  }

  public double mean(int i) {
    fold();
    int c = i * k + i;
    return n[c] == 0 ? Double.NaN : shift[i] + sumI[c] / n[c];
  }

  /**
   * Each item's correlation with the row's mean answer over every item it answered, over the
   * rows that answered the item: {@code psych::alpha}'s {@code raw.r},
   * {@code cor(rowMeans(x, na.rm = TRUE), x, use = "pairwise")}. NaN below two answers.
   */
  public double[] itemTotalCorrelations() {
    fold();
    double[] r = new double[k];
    for (int i = 0; i < k; i++) {
      int c = i * k + i;
      double m = n[c];
      double sxt = totalCross[i] - sumI[c] * totalSum[i] / m;
      double sxx = sumII[c] - sumI[c] * sumI[c] / m;
      double stt = totalSq[i] - totalSum[i] * totalSum[i] / m;
      r[i] = m < 2 ? Double.NaN : sxt / Math.sqrt(sxx * stt);
    }
    return r;
  }

  /** The pairwise-complete covariance matrix; NaN where fewer than two rows share a pair. */
  public double[][] matrix() {
    fold();
    double[][] cov = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        int c = i * k + j;
        double v = n[c] < 2 ? Double.NaN
            : (sumIJ[c] - sumI[c] * sumJ[c] / n[c]) / (n[c] - 1);
        cov[i][j] = v;
        cov[j][i] = v;
      }
    }
    return cov;
  }

  /**
   * Pairwise-complete correlations as R's {@code cor(x, use = "pairwise")}: every moment of a
   * pair, standard deviations included, comes from the rows where both items are answered.
   * (Unlike {@code cov2cor} of {@link #matrix()}, whose diagonal uses every answer.)
   */
  public double[][] correlationMatrix() {
    fold();
    double[][] cor = new double[k][k];
    for (int i = 0; i < k; i++) {
      cor[i][i] = 1;
      for (int j = i + 1; j < k; j++) {
        int c = i * k + j;
        double m = n[c];
        double sxy = sumIJ[c] - sumI[c] * sumJ[c] / m;
        double sxx = sumII[c] - sumI[c] * sumI[c] / m;
        double syy = sumJJ[c] - sumJ[c] * sumJ[c] / m;
        double v = n[c] < 2 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
        cor[i][j] = v;
        cor[j][i] = v;
      }
    }
    return cor;
  }
}
