package org.leadsurvey.stats;

/**
 * Count, mean and sum of squared deviations of a stream of numbers (Welford's update), so
 * variances stay exact-to-rounding without keeping the numbers. Mergeable (Chan et al. 1979).
 */
public final class RunningStats {
  private long n;
  private double mean;
  private double m2;

  /** Running statistics with the given count, mean and sum of squared deviations. */
  public static RunningStats of(long n, double mean, double m2) {
    RunningStats s = new RunningStats();
    s.n = n;
    s.mean = n == 0 ? 0 : mean;
    s.m2 = m2;
    return s;
  }

  public void add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }

  public void merge(RunningStats o) {
    if (o.n == 0) {
      return;
    }
    long total = n + o.n;
    double d = o.mean - mean;
    mean += d * o.n / total;
    m2 += o.m2 + d * d * ((double) n * o.n / total);
    n = total;
  }

  public long count() {
    return n;
  }

  /** The mean, or NaN when empty. */
  public double mean() {
    return n == 0 ? Double.NaN : mean;
  }

  /** Sum of squared deviations from the mean. */
  public double sumOfSquares() {
    return m2;
  }

  /** Sample variance (n - 1), NaN below two values. */
  public double variance() {
    return n < 2 ? Double.NaN : m2 / (n - 1);
  }

  public double sd() {
    return Math.sqrt(variance());
  }
}
