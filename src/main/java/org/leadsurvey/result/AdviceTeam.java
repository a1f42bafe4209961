package org.leadsurvey.result;

/**
 * A team of the advice network as it may be shown: its tie counts, or only that it is hidden
 * (no numbers at all, not even its size).
 */
public sealed interface AdviceTeam permits AdviceTeam.Shown, AdviceTeam.Hidden {
  String team();

  /**
   * @param n members on the roster
   * @param respondents members who answered (named advisors, or answered naming nobody)
   * @param internal ties its members send to their own team
   * @param external ties its members send to other teams
   * @param eiIndex (external - internal) / (external + internal), NaN without ties
   */
  record Shown(String team, long n, long respondents, long internal, long external,
      double eiIndex) implements AdviceTeam {}

  record Hidden(String team) implements AdviceTeam {}
}
