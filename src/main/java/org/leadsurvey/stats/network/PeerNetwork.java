package org.leadsurvey.stats.network;

import java.util.ArrayList;
import java.util.List;

/**
 * One team's round-robin peer ratings as a directed, valued network (Carson, Tesluk &amp;
 * Marrone, 2007): {@code rating(i, j)} is the rating person {@code i} gave person {@code j},
 * NaN when that dyad was not rated. Self-ratings are never stored (the diagonal is NaN).
 * Immutable; built by {@link PeerRatings}.
 *
 * @param people the team's members, in index order
 * @param min lowest rating of the scale
 * @param max highest rating of the scale
 */
public record PeerNetwork(String team, List<String> people, double[][] ratings, int min,
    int max) {

  public PeerNetwork {
    people = List.copyOf(people);
    double[][] copy = new double[ratings.length][];
    for (int i = 0; i < ratings.length; i++) {
      copy[i] = ratings[i].clone();
      copy[i][i] = Double.NaN;
    }
    ratings = copy;
    if (people.size() != ratings.length) {
      throw new IllegalArgumentException("one row of ratings per person");
    }
  }

  /** Builds a network from a full matrix (NaN = not rated), for tests and small callers. */
  public static PeerNetwork of(double[][] ratings, int min, int max) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      names.add("p" + (i + 1));
    }
    return new PeerNetwork("", names, ratings, min, max);
  }

  /** Team members {@code n} (people who rated or were rated, or the roster). */
  public int n() {
    return people.size();
  }

  /** The rating {@code rater} gave {@code ratee}, NaN when not given. */
  public double rating(int rater, int ratee) {
    return ratings[rater][ratee];
  }

  /** Possible directed dyads, {@code n(n-1)}. */
  public long possibleDyads() {
    long n = n();
    return n * (n - 1);
  }

  /** Dyads with a rating. */
  public long observedDyads() {
    long c = 0;
    for (int i = 0; i < n(); i++) {
      for (int j = 0; j < n(); j++) {
        if (!Double.isNaN(ratings[i][j])) {
          c++;
        }
      }
    }
    return c;
  }

  /** People who rated at least one teammate: the team size privacy rules count. */
  public int raters() {
    int c = 0;
    for (double[] row : ratings) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          c++;
          break;
        }
      }
    }
    return c;
  }

  /** Whether {@code rater} named {@code ratee} as a tie: rated at or above the threshold. */
  public boolean tie(int rater, int ratee, double threshold) {
    return ratings[rater][ratee] >= threshold; // false for NaN
  }

  /** Observed dyads over possible ones; NaN for a team of one. */
  public double responseRate() {
    long possible = possibleDyads();
    return possible == 0 ? Double.NaN : (double) observedDyads() / possible;
  }
}
