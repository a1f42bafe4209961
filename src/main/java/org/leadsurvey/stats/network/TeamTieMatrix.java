package org.leadsurvey.stats.network;

/**
 * Directed ties counted by team: {@code counts[a][b]} is how many ties go from a member of team
 * a to a member of team b. A team's internal ties are its diagonal cell, its external ties the
 * rest of its row (ties its members send). As R's {@code table(team[from], team[to])}.
 */
public record TeamTieMatrix(long[][] counts) {
  /**
   * @param teamOf each person's team, 0..teams-1
   * @param from the sender of each tie (a person index)
   * @param to the receiver of each tie
   */
  public static TeamTieMatrix of(int teams, int[] teamOf, int[] from, int[] to) {
    long[][] c = new long[teams][teams];
    for (int e = 0; e < from.length; e++) {
      c[teamOf[from[e]]][teamOf[to[e]]]++;
    }
    return new TeamTieMatrix(c);
  }

  public int teams() {
    return counts.length;
  }

  public long internal(int team) {
    return counts[team][team];
  }

  public long external(int team) {
    long sum = 0;
    for (int b = 0; b < counts.length; b++) {
      sum += b == team ? 0 : counts[team][b];
    }
    return sum;
  }
}
