package org.leadsurvey.stats.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A team's leadership-network figures (see {@link Density}, {@link DegreeCentralization},
 * {@link Reciprocity}).
 *
 * @param n team members
 * @param raters members who rated at least one teammate
 * @param observedDyads rated dyads (self-ratings excluded)
 * @param responseRate {@code observedDyads / (n(n-1))}
 * @param people per-person standing, ordered by rank (best first)
 */
public record NetworkMetrics(
    String team, int n, int raters, long observedDyads, double responseRate, double density,
    double densityBinary, double centralization, double valuedCentralization, double reciprocity,
    List<PersonStanding> people) {

  public NetworkMetrics {
    people = List.copyOf(people);
  }

  /** Every figure of one team's network; ties are ratings at or above {@code threshold}. */
  public static NetworkMetrics of(PeerNetwork net, double threshold) {
    return new NetworkMetrics(net.team(), net.n(), net.raters(), net.observedDyads(),
        net.responseRate(), Density.valued(net), Density.binary(net, threshold),
        DegreeCentralization.binary(net, threshold), DegreeCentralization.valued(net),
        Reciprocity.of(net, threshold), PersonStanding.of(net, threshold));
  }

  /**
   * One member's standing.
   *
   * @param inDegree teammates who named them as a tie (rating at or above the threshold)
   * @param ratingsReceived teammates who rated them
   * @param meanReceived mean rating received (NaN when nobody rated them)
   * @param inStrength ratings received, each rescaled to 0..1 and summed (as in
   *     {@link DegreeCentralization#valued})
   * @param rank 1 = highest mean rating received; equal means share the best rank ("1224");
   *     people nobody rated come last
   */
  public record PersonStanding(String person, int inDegree, int ratingsReceived,
      double meanReceived, double inStrength, int rank) {

    static List<PersonStanding> of(PeerNetwork net, double threshold) {
      double[] in = InDegree.binary(net, threshold);
      double[] mean = InDegree.meanReceived(net);
      int[] count = InDegree.ratingsReceived(net);
      double[] strength = InDegree.strength(net);
      List<PersonStanding> out = new ArrayList<>();
      for (int i = 0; i < net.n(); i++) {
        int better = 0;
        for (int j = 0; j < net.n(); j++) {
          if (outranks(mean[j], mean[i])) {
            better++;
          }
        }
        out.add(new PersonStanding(net.people().get(i), (int) in[i], count[i], mean[i],
            strength[i], better + 1));
      }
      out.sort(Comparator.comparingInt(PersonStanding::rank)
          .thenComparing(Comparator.comparingInt(PersonStanding::inDegree).reversed()));
      return out;
    }

    private static boolean outranks(double a, double b) {
      if (Double.isNaN(a)) {
        return false;
      }
      return Double.isNaN(b) || a > b;
    }
  }
}
