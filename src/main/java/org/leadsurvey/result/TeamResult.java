package org.leadsurvey.result;

import org.leadsurvey.stats.TeamScore;

/**
 * A team as it may be shown: either its score, or only the fact that it is hidden. A hidden
 * team carries no numbers at all, so no renderer can print them by mistake.
 */
public sealed interface TeamResult permits TeamResult.Reported, TeamResult.Hidden {
  String team();

  record Reported(TeamScore score) implements TeamResult {
    @Override
    public String team() {
      return score.team();
    }
  }

  record Hidden(String team) implements TeamResult {}
}
