package org.leadsurvey.stats;

/**
 * The mergeable sums of a group of scored people (an atom, a cut's group, a team x group cell,
 * the rest of the organisation): score count, mean and sum of squared deviations (merged as
 * Chan, Golub and LeVeque 1979 do), answers and favourable answers, and per item the number
 * and sum of keyed answers.
 */
public final class GroupSums {
  private long n;
  private double mean;
  private double m2;
  private long answers;
  private long favourable;
  private final double[] itemN;
  private final double[] itemSum;

  /** Empty sums for a scale of {@code items} items. */
  public GroupSums(int items) {
    this.itemN = new double[items];
    this.itemSum = new double[items];
  }

  GroupSums(long n, double mean, double m2, long answers, long favourable, double[] itemN,
      double[] itemSum) {
    this.n = n;
    this.mean = mean;
    this.m2 = m2;
    this.answers = answers;
    this.favourable = favourable;
    this.itemN = itemN;
    this.itemSum = itemSum;
  }

  /** Adds another group's sums (the two groups are disjoint). */
  public void add(GroupSums o) {
    if (o.n > 0) {
      long total = n + o.n;
      double d = o.mean - mean;
      mean += d * o.n / total;
      m2 += o.m2 + d * d * ((double) n * o.n / total);
      n = total;
    }
    answers += o.answers;
    favourable += o.favourable;
    for (int i = 0; i < itemN.length; i++) {
      itemN[i] += o.itemN[i];
      itemSum[i] += o.itemSum[i];
    }
  }

  public long n() {
    return n;
  }

  /** The mean score, NaN when empty. */
  public double mean() {
    return n == 0 ? Double.NaN : mean;
  }

  double m2() {
    return m2;
  }

  long answers() {
    return answers;
  }

  long favourable() {
    return favourable;
  }

  double itemAnswers(int item) {
    return itemN[item];
  }

  double itemSum(int item) {
    return itemSum[item];
  }

  /** Sample sd of the scores (n - 1), NaN below two people. */
  public double sd() {
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }

  /**
   * The group's score.
   *
   * @param minAnswers fewest answers for an item mean (else NaN): the minimum group size
   */
  public GroupScore score(int minAnswers) {
    double[] itemMeans = new double[itemN.length];
    for (int i = 0; i < itemMeans.length; i++) {
      itemMeans[i] = itemN[i] >= Math.max(1, minAnswers) ? itemSum[i] / itemN[i] : Double.NaN;
    }
    return new GroupScore(n, mean(), sd(), OneSampleT.interval(n, mean(), sd(), 0.95),
        answers == 0 ? Double.NaN : (double) favourable / answers, DoubleValues.wrap(itemMeans));
  }
}
