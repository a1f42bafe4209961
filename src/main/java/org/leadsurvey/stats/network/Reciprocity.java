package org.leadsurvey.stats.network;

/**
 * Reciprocity of the binary tie network: the share of directed ties whose reverse tie also
 * exists, {@code #{(i,j) : i->j and j->i} / #{(i,j) : i->j}}. This is igraph's default,
 * {@code reciprocity(g, ignore.loops = TRUE, mode = "default")} (Wasserman &amp; Faust, 1994,
 * sec. 13.2; not the "ratio" mode, which counts mutual pairs once). NaN when there is no tie.
 * High reciprocity: members rely on each other mutually (leadership is exchanged).
 */
final class Reciprocity {
  private Reciprocity() {}

  public static double of(PeerNetwork net, double threshold) {
    long ties = 0;
    long reciprocated = 0;
    for (int i = 0; i < net.n(); i++) {
      for (int j = 0; j < net.n(); j++) {
        if (net.tie(i, j, threshold)) {
          ties++;
          if (net.tie(j, i, threshold)) {
            reciprocated++;
          }
        }
      }
    }
    return ties == 0 ? Double.NaN : (double) reciprocated / ties;
  }
}
