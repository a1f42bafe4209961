package org.leadsurvey.stats;

/**
 * A person's score on a scale: the mean of their answered keyed items, given only when at least
 * {@code ceil(k/2)} of the {@code k} items are answered (listwise: only when all are). The same
 * rule as {@link ScaleAccumulator}.
 */
public final class PersonScore {
  private PersonScore() {}

  /** The score, or NaN when too few items are answered. */
  public static double of(double[] keyed, MissingPolicy missing) {
    int k = keyed.length;
    int answered = 0;
    double sum = 0;
    for (double x : keyed) {
      if (x == x) {
        answered++;
        sum += x;
      }
    }
    int needed = missing == MissingPolicy.LISTWISE ? k : (k + 1) / 2;
    return answered == 0 || answered < needed ? Double.NaN : sum / answered;
  }
}
