package org.leadsurvey.stats;

/**
 * The exact median of whole-second durations in constant memory: a count per second up to one
 * day, and one count for anything longer (kept above every shorter one). Durations are rounded
 * to the nearest second first (exports give whole seconds). With an even count the median is
 * the mean of the two middle values, as R's {@code median}.
 */
public final class SecondsMedian {
  static final int DAY = 86_400;
  private final int[] counts = new int[DAY + 1];
  private long longer;
  private long n;

  /** Adds a duration in seconds; NaN and negative values are ignored. */
  public void add(double seconds) {
    if (Double.isNaN(seconds) || seconds < 0) {
      return;
    }
    long s = Math.round(seconds);
    if (s > DAY) {
      longer++;
    } else {
      counts[(int) s]++;
    }
    n++;
  }

  public long count() {
    return n;
  }

  /** The median, NaN when empty, +infinity when more than half are longer than a day. */
  public double median() {
    if (n == 0) {
      return Double.NaN;
    }
    double lower = valueAt((n - 1) / 2);
    double upper = valueAt(n / 2);
    return (lower + upper) / 2;
  }

  /** The value of rank {@code r} (0-based) in sorted order. */
  private double valueAt(long r) {
    long seen = 0;
    for (int s = 0; s <= DAY; s++) {
      seen += counts[s];
      if (seen > r) {
        return s;
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
