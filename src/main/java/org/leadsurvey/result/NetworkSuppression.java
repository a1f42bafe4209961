package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leadsurvey.stats.NaturalOrder;
import org.leadsurvey.stats.network.CriterionOverlap;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.stats.network.NetworkMetrics.PersonStanding;
import org.leadsurvey.stats.network.PeerNetwork;

/**
 * The disclosure step of {@code network}: what may be shown of each team, criterion and person.
 * <ol>
 *   <li><b>Teams</b> are hidden exactly as {@code analyze} hides them ({@link Suppression}): a
 *       team's size is its number of raters on its least-rated criterion, so a team is hidden
 *       (for every criterion) when any criterion has fewer than {@code minGroup} raters.
 *   <li><b>People</b>: a person's figures on a criterion (in-degree, mean received, rank) are
 *       shown only when at least {@code minRaters} teammates rated them on it. The team's
 *       density and tie density give the sum and the tie count of all its ratings; minus the
 *       shown people's (mean x raters, in-degree) they give the withheld people's together. So
 *       while the withheld people's ratings number 1 to {@code minRaters - 1}, the shown person
 *       with the fewest raters (ties by name) is withheld too (complementary suppression).
 *       Ranks are among shown people only.
 *   <li><b>Centralization</b> rests on the highest in-degree (in-strength): when a withheld
 *       person's is above every shown person's, the figure would give it away, so it is
 *       withheld (NaN).
 * </ol>
 * These rules do not depend on {@code --show-people}, so a run with it and one without publish
 * the same team figures.
 */
public final class NetworkSuppression {
  /** Least number of raters that keeps one rater's rating from being read off a mean. */
  public static final int SAFE_MIN_RATERS = 3;

  private NetworkSuppression() {}

  /** A single-criterion run, with the default --min-raters. */
  public static List<NetworkResult> apply(List<PeerNetwork> networks, double threshold,
      int minGroup) {
    return apply(List.of(""), networks.stream().map(List::of).toList(), threshold, minGroup,
        SAFE_MIN_RATERS);
  }

  /**
   * @param criteria the criteria, in display order ("" alone for a single-criterion file)
   * @param teams per team, its network on each criterion (same members, criteria's order)
   * @param threshold a rating at or above it is a tie
   */
  public static List<NetworkResult> apply(List<String> criteria, List<List<PeerNetwork>> teams,
      double threshold, int minGroup, int minRaters) {
    List<String> names = new ArrayList<>(teams.size());
    long[] sizes = new long[teams.size()];
    for (int i = 0; i < sizes.length; i++) {
      names.add(teams.get(i).get(0).team());
      sizes[i] = teams.get(i).stream().mapToInt(PeerNetwork::raters).min().orElse(0);
    }
    boolean[] hidden = Suppression.hidden(names, sizes, 0, minGroup);
    List<NetworkResult> out = new ArrayList<>(teams.size());
    for (int i = 0; i < sizes.length; i++) {
      if (hidden[i]) {
        out.add(new NetworkResult.Hidden(names.get(i)));
        continue;
      }
      List<PeerNetwork> nets = teams.get(i);
      List<NetworkResult.Criterion> shown = new ArrayList<>();
      for (int c = 0; c < criteria.size(); c++) {
        shown.add(criterion(criteria.get(c), nets.get(c), threshold, minRaters));
      }
      List<NetworkResult.Overlap> overlap = new ArrayList<>();
      for (int a = 0; a < criteria.size(); a++) {
        for (int b = a + 1; b < criteria.size(); b++) {
          CriterionOverlap.Result r = CriterionOverlap.of(nets.get(a), nets.get(b));
          overlap.add(new NetworkResult.Overlap(criteria.get(a), criteria.get(b), r.dyads(),
              r.r()));
        }
      }
      out.add(new NetworkResult.Reported(names.get(i), shown, overlap));
    }
    return out;
  }

  private static NetworkResult.Criterion criterion(String name, PeerNetwork net,
      double threshold, int minRaters) {
    NetworkMetrics m = NetworkMetrics.of(net, threshold);
    List<PersonStanding> all = m.people();
    boolean[] withheld = withheld(all, minRaters);
    double maxShownIn = Double.NEGATIVE_INFINITY;
    double maxShownStrength = Double.NEGATIVE_INFINITY;
    double maxHiddenIn = Double.NEGATIVE_INFINITY;
    double maxHiddenStrength = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < all.size(); p++) {
      PersonStanding s = all.get(p);
      if (withheld[p]) {
        maxHiddenIn = Math.max(maxHiddenIn, s.inDegree());
        maxHiddenStrength = Math.max(maxHiddenStrength, s.inStrength());
      } else {
        maxShownIn = Math.max(maxShownIn, s.inDegree());
        maxShownStrength = Math.max(maxShownStrength, s.inStrength());
      }
    }
    boolean hideBinary = maxHiddenIn > maxShownIn;
    boolean hideValued = maxHiddenStrength > maxShownStrength;
    NetworkMetrics team = new NetworkMetrics(m.team(), m.n(), m.raters(), m.observedDyads(),
        m.responseRate(), m.density(), m.densityBinary(),
        hideBinary ? Double.NaN : m.centralization(),
        hideValued ? Double.NaN : m.valuedCentralization(), m.reciprocity(), List.of());
    Set<String> hidden = new HashSet<>();
    for (int p = 0; p < all.size(); p++) {
      if (withheld[p]) {
        hidden.add(all.get(p).person());
      }
    }
    return new NetworkResult.Criterion(name, team, hideBinary || hideValued,
        ties(net, threshold, hidden), standings(all, withheld));
  }

  /**
   * Which people's figures are withheld: too few raters, then complementary suppression, by the
   * rule that hides teams ({@link Suppression#hidden}) with ratings in place of people.
   */
  static boolean[] withheld(List<PersonStanding> people, int minRaters) {
    List<String> names = new ArrayList<>(people.size());
    long[] ratings = new long[people.size()];
    for (int p = 0; p < ratings.length; p++) {
      names.add(people.get(p).person());
      ratings[p] = people.get(p).ratingsReceived();
    }
    return Suppression.hidden(names, ratings, 0, minRaters);
  }

  /** Shown people by rank among the shown (then name), then the withheld by name. */
  private static List<NetworkResult.Standing> standings(List<PersonStanding> all,
      boolean[] withheld) {
    List<NetworkResult.Standing> shown = new ArrayList<>();
    List<NetworkResult.Standing> rest = new ArrayList<>();
    for (int p = 0; p < all.size(); p++) {
      PersonStanding s = all.get(p);
      if (withheld[p]) {
        rest.add(new NetworkResult.Standing(s.person(), s.ratingsReceived(), null));
        continue;
      }
      int better = 0;
      for (int q = 0; q < all.size(); q++) {
        if (!withheld[q] && all.get(q).meanReceived() > s.meanReceived()) {
          better++;
        }
      }
      shown.add(new NetworkResult.Standing(s.person(), s.ratingsReceived(),
          new NetworkResult.Figures(s.meanReceived(), better + 1)));
    }
    shown.sort(Comparator.comparingInt((NetworkResult.Standing s) -> s.shown().rank())
        .thenComparing(NetworkResult.Standing::person, NaturalOrder.INSTANCE));
    rest.sort(Comparator.comparing(NetworkResult.Standing::person));
    shown.addAll(rest);
    return shown;
  }

  /**
   * The tie graph with anonymous nodes: ordered by in-degree and out-degree (both visible in the
   * graph anyway), then by a hash of each name keyed with the ratings the shown people
   * received, which a reader without the ratings cannot compute: node numbers say nothing of
   * names or ranks. The key leaves out the withheld people's ratings, so that changing those
   * changes no byte.
   */
  private static NetworkResult.TieGraph ties(PeerNetwork net, double threshold,
      Set<String> withheld) {
    int n = net.n();
    int[] in = new int[n];
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (net.tie(i, j, threshold)) {
          out[i]++;
          in[j]++;
        }
      }
    }
    int hash = 1;
    for (int j = 0; j < n; j++) {
      if (!withheld.contains(net.people().get(j))) {
        for (int i = 0; i < n; i++) {
          hash = 31 * hash + Double.hashCode(net.rating(i, j));
        }
      }
    }
    int key = hash;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -in[i])
        .thenComparingInt(i -> -out[i])
        .thenComparingInt(i -> mix(net.people().get(i).hashCode() ^ key)));
    int[] inDegree = new int[n];
    boolean[][] ties = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      inDegree[a] = in[order[a]];
      for (int b = 0; b < n; b++) {
        ties[a][b] = net.tie(order[a], order[b], threshold);
      }
    }
    return new NetworkResult.TieGraph(inDegree, ties);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
