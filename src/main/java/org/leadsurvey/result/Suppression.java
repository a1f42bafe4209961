package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.leadsurvey.stats.TeamScore;

/**
 * Which teams to hide (primary and complementary suppression). A team with fewer than
 * {@code minGroup} scored people is hidden. The organisation's totals are published, so the
 * hidden people together (hidden teams plus people with no team) are what the organisation
 * minus the shown teams gives away: while they number 1 to {@code minGroup - 1}, the
 * next-smallest shown team (ties by name) is hidden too.
 *
 * <p>Between-team statistics (F, ICC) use the shown teams only, so nothing else links the hidden
 * teams to each other: with two or more hidden teams only their union is ever known.
 */
final class Suppression {
  private Suppression() {}

  /**
   * @param teams every team's score, in display order
   * @param unteamed scored people counted in the organisation but in no team
   */
  static List<TeamResult> apply(List<TeamScore> teams, long unteamed, int minGroup) {
    boolean[] hidden = hidden(teams, unteamed, minGroup);
    List<TeamResult> out = new ArrayList<>(teams.size());
    for (int i = 0; i < hidden.length; i++) {
      TeamScore t = teams.get(i);
      out.add(hidden[i] ? new TeamResult.Hidden(t.team()) : new TeamResult.Reported(t));
    }
    return out;
  }

  /** Whether each team is hidden, by its scored people. */
  static boolean[] hidden(List<TeamScore> teams, long unteamed, int minGroup) {
    List<String> names = new ArrayList<>(teams.size());
    long[] sizes = new long[teams.size()];
    for (int i = 0; i < sizes.length; i++) {
      names.add(teams.get(i).team());
      sizes[i] = teams.get(i).n();
    }
    return hidden(names, sizes, unteamed, minGroup);
  }

  /**
   * @param names the teams' names (for ties)
   * @param sizes their scored people, in the same order
   * @param unteamed scored people in no team
   * @return whether each team is hidden
   */
  static boolean[] hidden(List<String> names, long[] sizes, long unteamed, int minGroup) {
    boolean[] hidden = new boolean[sizes.length];
    long hiddenPeople = unteamed;
    for (int i = 0; i < hidden.length; i++) {
      if (sizes[i] < minGroup) {
        hidden[i] = true;
        hiddenPeople += sizes[i];
      }
    }
    if (hiddenPeople > 0 && hiddenPeople < minGroup) {
      // Sorted only here: with 100,000 teams the sort costs more than the rest of this class.
      Integer[] bySize = new Integer[hidden.length];
      for (int i = 0; i < bySize.length; i++) {
        bySize[i] = i;
      }
      Arrays.sort(bySize, Comparator.comparingLong((Integer i) -> sizes[i])
          .thenComparing(names::get));
      for (int i : bySize) {
        if (hiddenPeople >= minGroup) {
          break;
        }
        if (!hidden[i]) {
          hidden[i] = true;
          hiddenPeople += sizes[i];
        }
      }
    }
    return hidden;
  }
}
