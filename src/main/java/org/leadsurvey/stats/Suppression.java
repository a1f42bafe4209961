package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;

/**
 * Small-group privacy. A team with fewer than {@code minGroup} scored people is hidden. Because
 * the organisation totals are shown, hidden people can be worked out by subtraction, so:
 * <ul>
 *   <li>if all hidden people (hidden teams plus people with no team) number fewer than
 *       {@code minGroup}, the next-smallest teams are hidden too, until they do not;
 *   <li>if exactly two teams are hidden, a third is hidden: the organisation's sd together
 *       with the ANOVA F gives the hidden people's between-team sum of squares, and with two
 *       teams that sum and their total pin down both means.
 * </ul>
 */
public final class Suppression {
  private Suppression() {}

  /**
   * @param teams every team's score, in display order
   * @param unteamed scored people counted in the organisation but in no team
   */
  public static List<TeamResult> apply(List<TeamScore> teams, long unteamed, int minGroup) {
    boolean[] hidden = new boolean[teams.size()];
    long hiddenPeople = unteamed;
    int hiddenTeams = 0;
    for (int i = 0; i < hidden.length; i++) {
      TeamScore t = teams.get(i);
      if (t.n() < minGroup) {
        hidden[i] = true;
        hiddenPeople += t.n();
        if (t.n() > 0) {
          hiddenTeams++;
        }
      }
    }
    if (solvable(hiddenPeople, hiddenTeams, minGroup)) {
      // Hide the next-smallest teams (ties by name) until neither rule applies. Sorted only
      // here: with 100,000 teams the sort costs more than everything else in this class.
      Integer[] bySize = new Integer[hidden.length];
      for (int i = 0; i < bySize.length; i++) {
        bySize[i] = i;
      }
      Arrays.sort(bySize, Comparator.comparingLong((Integer i) -> teams.get(i).n())
          .thenComparing(i -> teams.get(i).team()));
      for (int i : bySize) {
        if (!solvable(hiddenPeople, hiddenTeams, minGroup)) {
          break;
        }
        if (!hidden[i]) {
          hidden[i] = true;
          hiddenPeople += teams.get(i).n();
          hiddenTeams++;
        }
      }
    }
    List<TeamResult> out = new ArrayList<>(teams.size());
    for (int i = 0; i < hidden.length; i++) {
      TeamScore t = teams.get(i);
      out.add(hidden[i] ? new TeamResult.Hidden(t.team()) : new TeamResult.Reported(t));
    }
    return out;
  }

  /** Whether the hidden people could be worked out: too few of them, or exactly two teams. */
  private static boolean solvable(long hiddenPeople, int hiddenTeams, int minGroup) {
    return (hiddenPeople > 0 && hiddenPeople < minGroup) || hiddenTeams == 2;
  }
}
