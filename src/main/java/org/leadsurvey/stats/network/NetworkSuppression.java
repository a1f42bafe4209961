package org.leadsurvey.stats.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadsurvey.stats.ConfidenceInterval;
import org.leadsurvey.stats.Suppression;
import org.leadsurvey.stats.TeamResult;
import org.leadsurvey.stats.TeamScore;

/**
 * Small-team privacy for networks, exactly as {@code analyze} applies it: a team's size is its
 * number of raters, and {@link Suppression} decides (teams below the minimum, plus the
 * complementary hiding {@code analyze} does), so both commands hide the same way.
 */
public final class NetworkSuppression {
  private NetworkSuppression() {}

  /** Each team's figures (ties at or above {@code threshold}), or only its name if hidden. */
  public static List<NetworkResult> apply(List<PeerNetwork> networks, double threshold,
      int minGroup) {
    List<NetworkMetrics> teams = networks.stream().map(n -> NetworkMetrics.of(n, threshold))
        .toList();
    List<TeamScore> sizes = new ArrayList<>(teams.size());
    ConfidenceInterval none = new ConfidenceInterval(0.95, Double.NaN, Double.NaN);
    for (NetworkMetrics t : teams) {
      sizes.add(new TeamScore(t.team(), t.raters(), Double.NaN, Double.NaN, none, Double.NaN,
          Double.NaN));
    }
    Set<String> hidden = Suppression.apply(sizes, 0, minGroup).stream()
        .filter(r -> r instanceof TeamResult.Hidden).map(TeamResult::team)
        .collect(Collectors.toSet());
    List<NetworkResult> out = new ArrayList<>(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      NetworkMetrics t = teams.get(i);
      out.add(hidden.contains(t.team()) ? new NetworkResult.Hidden(t.team())
          : new NetworkResult.Reported(t, networks.get(i)));
    }
    return out;
  }
}
