package org.leadsurvey.stats.network;

/**
 * Density of a team's leadership network.
 *
 * <ul>
 *   <li>{@link #valued}: the mean rating over the observed dyads,
 *       {@code sum r_ij / #observed} (Carson, Tesluk &amp; Marrone, 2007, "shared leadership
 *       density": the average leadership a member is relied on for, in rating units).
 *   <li>{@link #binary}: directed ties (rating at or above the threshold) over all possible
 *       directed dyads, {@code #ties / (n(n-1))}; an unrated dyad is no tie. Equals igraph's
 *       {@code edge_density(g, loops = FALSE)} on the tie network (Wasserman &amp; Faust, 1994,
 *       sec. 4.2).
 * </ul>
 * Carson, J. B., Tesluk, P. E., &amp; Marrone, J. A. (2007). Shared leadership in teams.
 * Academy of Management Journal, 50(5), 1217-1234. https://doi.org/10.5465/amj.2007.20159921
 */
final class Density {
  private Density() {}

  /** Mean observed rating; NaN when no dyad was rated. */
  public static double valued(PeerNetwork net) {
    double sum = 0;
    long count = 0;
    for (int i = 0; i < net.n(); i++) {
      for (int j = 0; j < net.n(); j++) {
        double r = net.rating(i, j);
        if (!Double.isNaN(r)) {
          sum += r;
          count++;
        }
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Share of the {@code n(n-1)} possible directed ties present; NaN for a team of one. */
  public static double binary(PeerNetwork net, double threshold) {
    long possible = net.possibleDyads();
    if (possible == 0) {
      return Double.NaN;
    }
    long ties = 0;
    for (int i = 0; i < net.n(); i++) {
      for (int j = 0; j < net.n(); j++) {
        if (net.tie(i, j, threshold)) {
          ties++;
        }
      }
    }
    return (double) ties / possible;
  }
}
