package org.leadsurvey.stats.network;

/**
 * Freeman in-degree centralization: how far leadership rests on one person.
 * <pre>
 *   C = sum_i (max_j s_j - s_i) / (n - 1)^2
 * </pre>
 * where {@code (n-1)^2} is the largest the sum can be in a directed network of {@code n}
 * without self-ties (a star: everyone names one person and nobody else). 1 = one person leads,
 * 0 = leadership is fully shared (everyone is relied on alike).
 * <ul>
 *   <li>{@link #binary}: {@code s_i} = in-degree, the teammates whose rating of {@code i} is at
 *       or above the tie threshold. Equals igraph's
 *       {@code centr_degree(g, mode = "in", loops = FALSE)$centralization}.
 *   <li>{@link #valued}: {@code s_i} = in-strength, the sum of the ratings {@code i} received,
 *       each rescaled to 0..1 as {@code (r - min) / (max - min)} (an unrated dyad adds 0). The
 *       same bound holds, so the result is again 0..1; it equals the binary figure when every
 *       rating is the scale's minimum or maximum, and igraph's
 *       {@code centralize(strength(g, mode = "in", weights = (r - min)/(max - min)),
 *       theoretical.max = (n - 1)^2)}.
 * </ul>
 * Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. Social
 * Networks, 1(3), 215-239. https://doi.org/10.1016/0378-8733(78)90021-7. Used for shared
 * leadership by Mayo, Meindl &amp; Pastor (2003) and Carson et al. (2007).
 */
final class DegreeCentralization {
  private DegreeCentralization() {}

  /** Centralization of the binary in-degrees; NaN for a team of one. */
  public static double binary(PeerNetwork net, double threshold) {
    return freeman(InDegree.binary(net, threshold));
  }

  /** Centralization of the rescaled in-strengths; NaN for a team of one. */
  public static double valued(PeerNetwork net) {
    return freeman(InDegree.strength(net));
  }

  /** {@code sum(max - s_i) / (n-1)^2} of the given scores; NaN for fewer than two. */
  public static double freeman(double[] scores) {
    int n = scores.length;
    if (n < 2) {
      return Double.NaN;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (double s : scores) {
      sum += max - s;
    }
    return sum / ((double) (n - 1) * (n - 1));
  }
}
