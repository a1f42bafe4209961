package org.leadsurvey.stats.network;

import java.util.Arrays;

/**
 * An organisation's advice network: people 0..n-1, each in one team, and the directed ties
 * "seeker asks advisor" (no self-ties, no parallel ties). Who answered the survey is kept
 * apart from who sent a tie, because a person may answer and name nobody.
 *
 * @param teams number of teams
 * @param teamOf each person's team, 0..teams-1
 * @param respondent whether each person answered
 * @param from each tie's seeker
 * @param to each tie's advisor
 */
public record AdviceNetwork(int teams, int[] teamOf, boolean[] respondent, int[] from,
    int[] to) {
  public int people() {
    return teamOf.length;
  }

  /** Ties counted by the teams of seeker (rows) and advisor (columns). */
  public TeamTieMatrix matrix() {
    return TeamTieMatrix.of(teams, teamOf, from, to);
  }

  /** Members of each team. */
  public long[] members() {
    long[] m = new long[teams];
    for (int t : teamOf) {
      m[t]++;
    }
    return m;
  }

  /** Members of each team who answered. */
  public long[] respondents() {
    long[] m = new long[teams];
    for (int p = 0; p < teamOf.length; p++) {
      m[teamOf[p]] += respondent[p] ? 1 : 0;
    }
    return m;
  }

  /**
   * {@link Betweenness#directedNormalized} in the network of the people whose team is kept,
   * ties to and from everyone else left out (as igraph on {@code induced_subgraph}); NaN for
   * the people left out.
   */
  public double[] betweenness(boolean[] keptTeams) {
    int[] index = new int[people()];
    int n = 0;
    for (int p = 0; p < index.length; p++) {
      index[p] = keptTeams[teamOf[p]] ? n++ : -1;
    }
    int ties = 0;
    for (int e = 0; e < from.length; e++) {
      ties += index[from[e]] >= 0 && index[to[e]] >= 0 ? 1 : 0;
    }
    int[] f = new int[ties];
    int[] t = new int[ties];
    int k = 0;
    for (int e = 0; e < from.length; e++) {
      if (index[from[e]] >= 0 && index[to[e]] >= 0) {
        f[k] = index[from[e]];
        t[k++] = index[to[e]];
      }
    }
    double[] sub = Betweenness.directedNormalized(n, f, t);
    double[] out = new double[people()];
    Arrays.fill(out, Double.NaN);
    for (int p = 0; p < out.length; p++) {
      if (index[p] >= 0) {
        out[p] = sub[index[p]];
      }
    }
    return out;
  }
}
