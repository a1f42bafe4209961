package org.leadsurvey.stats.network;

/**
 * How far two criteria of the same team's ratings go together: Pearson's r between the ratings
 * on criterion a and on criterion b over the directed dyads rated on both. High r: the people
 * relied on for one kind of leadership are those relied on for the other. Equals R's
 * {@code cor(a, b, use = "complete.obs")} on the two rating matrices taken as vectors without
 * the diagonal (the "QAP correlation" statistic of Krackhardt 1987, without its permutation
 * test).
 * <p>
 * Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social Networks, 9(2),
 * 171-186. https://doi.org/10.1016/0378-8733(87)90012-8
 */
public final class CriterionOverlap {
  /** Fewest dyads for which r is given. */
  public static final int MIN_DYADS = 3;

  /**
   * @param dyads directed dyads rated on both criteria
   * @param r Pearson r over them; NaN below {@link #MIN_DYADS} dyads or when either criterion's
   *     ratings do not vary over them
   */
  public record Result(long dyads, double r) {}

  private CriterionOverlap() {}

  /** The overlap of two networks over the same members (same order). */
  public static Result of(PeerNetwork a, PeerNetwork b) {
    if (a.n() != b.n()) {
      throw new IllegalArgumentException("the networks differ in size");
    }
    long n = 0;
    double sa = 0;
    double sb = 0;
    for (int i = 0; i < a.n(); i++) {
      for (int j = 0; j < a.n(); j++) {
        double x = a.rating(i, j);
        double y = b.rating(i, j);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
          n++;
          sa += x;
          sb += y;
        }
      }
    }
    if (n < MIN_DYADS) {
      return new Result(n, Double.NaN);
    }
    double ma = sa / n;
    double mb = sb / n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.n(); i++) {
      for (int j = 0; j < a.n(); j++) {
        double x = a.rating(i, j);
        double y = b.rating(i, j);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
          sab += (x - ma) * (y - mb);
          saa += (x - ma) * (x - ma);
          sbb += (y - mb) * (y - mb);
        }
      }
    }
    return new Result(n, saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb));
  }
}
