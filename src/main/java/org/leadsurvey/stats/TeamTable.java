package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The per-team running sums of {@link ScaleAccumulator}, for many teams at once: team t's
 * numbers sit together at {@code t * stride} of one flat array, so adding a respondent touches a
 * few adjacent cache lines instead of five objects scattered over the heap. Teams are the
 * caller's numbers (0, 1, ... as the reader gives them); a team exists once it has a row,
 * scored or not. Welford updates per item and for the scores (TeamTableTest checks them bit for
 * bit against a plain per-team object). Memory: teams x (5 + 3 k) doubles.
 *
 * <p>Block layout of team t: score count, score mean, score M2, answers, favourable answers,
 * then per item: count, mean, M2.
 */
final class TeamTable {
  private static final int HEAD = 5;
  private final int k;
  private final int stride;
  private double[] sums;
  private boolean[] listed = new boolean[16];

  TeamTable(int k) {
    this.k = k;
    this.stride = HEAD + 3 * k;
    this.sums = new double[16 * stride];
  }

  /** Records that team t has a row, scored or not. */
  void list(int t) {
    if (t >= listed.length) {
      int n = Math.max(t + 1, 2 * listed.length);
      listed = Arrays.copyOf(listed, n);
      sums = Arrays.copyOf(sums, n * stride);
    }
    listed[t] = true;
  }

  /** The teams that have a row, in increasing number. */
  int[] teams() {
    int n = 0;
    for (boolean b : listed) {
      n += b ? 1 : 0;
    }
    int[] out = new int[n];
    for (int t = 0, i = 0; t < listed.length; t++) {
      if (listed[t]) {
        out[i++] = t;
      }
    }
    return out;
  }

  /**
   * Reads the first and last of team t's sums, if it has any yet, so that a caller can touch a
   * whole batch of teams before adding to them: their cache misses then overlap instead of
   * queueing one after another. The value means nothing; use it (add it up somewhere) so that
   * the loads are kept.
   */
  double touch(int t) {
    return t < 0 || t >= listed.length ? 0 : sums[t * stride] + sums[t * stride + stride - 1];
  }

  /** Adds a scored member of team t: their score and keyed answers (NaN = missing). */
  void add(int t, double score, double[] keyed, double favourableFrom) {
    list(t);
    double[] a = sums;
    int b = t * stride;
    double n = a[b] + 1;
    a[b] = n;
    double d = score - a[b + 1];
    a[b + 1] += d / n;
    a[b + 2] += d * (score - a[b + 1]);
    int p = b + HEAD;
    long answers = 0;
    long favourable = 0;
    for (int i = 0; i < k; i++, p += 3) {
      double x = keyed[i];
      if (x == x) {
        double c = a[p] + 1;
        a[p] = c;
        double e = x - a[p + 1];
        a[p + 1] += e / c;
        a[p + 2] += e * (x - a[p + 1]);
        answers++;
        if (x >= favourableFrom) {
          favourable++;
        }
      }
    }
    a[b + 3] += answers;
    a[b + 4] += favourable;
  }

  /** The team's scores as running statistics. */
  RunningStats scores(int t) {
    int b = t * stride;
    return RunningStats.of((long) sums[b], sums[b + 1], sums[b + 2]);
  }

  /** Mean of the items' within-team variances; NaN when an item has fewer than two answers. */
  double meanItemVariance(int t) {
    int p = t * stride + HEAD;
    double sum = 0;
    for (int i = 0; i < k; i++, p += 3) {
      double n = sums[p];
      if (n < 2) {
        return Double.NaN;
      }
      sum += sums[p + 2] / (n - 1);
    }
    return sum / k;
  }

  double favourableShare(int t) {
    int b = t * stride;
    return sums[b + 3] == 0 ? Double.NaN : sums[b + 4] / sums[b + 3];
  }

  /** Each item's mean answer in team t; NaN where fewer than {@code minAnswers} answered it. */
  List<Double> itemMeans(int t, int minAnswers) {
    double[] out = new double[k];
    int p = t * stride + HEAD;
    for (int i = 0; i < k; i++, p += 3) {
      out[i] = sums[p] >= Math.max(1, minAnswers) ? sums[p + 1] : Double.NaN;
    }
    return DoubleValues.wrap(out);
  }

  /**
   * Adds team t's between-team cross-products about the grand means to {@code b}:
   * {@code n_ij (mean_i - grand_i)(mean_j - grand_j)}, {@code n_ij} the fewer answers of the two
   * items (for the pooled-within covariance of the multilevel fit); upper triangle only.
   */
  void addBetween(int t, double[] grand, double[][] b) {
    int p = t * stride + HEAD;
    for (int i = 0; i < k; i++) {
      double ni = sums[p + 3 * i];
      double di = sums[p + 3 * i + 1] - grand[i];
      for (int j = i; j < k; j++) { // the upper triangle: the caller mirrors it
        double nj = sums[p + 3 * j];
        if (ni > 0 && nj > 0) {
          b[i][j] += Math.min(ni, nj) * di * (sums[p + 3 * j + 1] - grand[j]);
        }
      }
    }
  }


  /**
   * Adds team t's within-team sums of squares and answers per item to the first two arrays and
   * puts its item means into {@code mean}; false when an item has no answer in the team (no
   * mean vector), the sums added all the same.
   */
  boolean within(int t, double[] squares, double[] answers, double[] mean) {
    int p = t * stride + HEAD;
    boolean all = true;
    for (int i = 0; i < k; i++, p += 3) {
      answers[i] += sums[p];
      squares[i] += sums[p + 2];
      mean[i] = sums[p + 1];
      all &= sums[p] > 0;
    }
    return all;
  }

  /** Team t's scored members. */
  long scored(int t) {
    return (long) sums[t * stride];
  }
}
