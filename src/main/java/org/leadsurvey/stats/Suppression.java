package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    Set<String> hidden = new HashSet<>();
    long hiddenPeople = unteamed;
    int hiddenTeams = 0;
    for (TeamScore t : teams) {
      if (t.n() < minGroup) {
        hidden.add(t.team());
        hiddenPeople += t.n();
        if (t.n() > 0) {
          hiddenTeams++;
        }
      }
    }
    List<TeamScore> bySize = new ArrayList<>(teams);
    bySize.sort(Comparator.comparingLong(TeamScore::n).thenComparing(TeamScore::team));
    for (TeamScore t : bySize) {
      boolean subtractable = hiddenPeople > 0 && hiddenPeople < minGroup;
      boolean twoTeamsSolvable = hiddenTeams == 2;
      if (!subtractable && !twoTeamsSolvable) {
        break;
      }
      if (hidden.add(t.team())) {
        hiddenPeople += t.n();
        hiddenTeams++;
      }
    }
    List<TeamResult> out = new ArrayList<>(teams.size());
    for (TeamScore t : teams) {
      out.add(hidden.contains(t.team()) ? new TeamResult.Hidden(t.team())
          : new TeamResult.Reported(t));
    }
    return out;
  }
}
