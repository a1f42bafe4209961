package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.stats.network.PeerNetwork;

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
    List<String> names = new ArrayList<>(teams.size());
    long[] sizes = new long[teams.size()];
    for (int i = 0; i < sizes.length; i++) {
      names.add(teams.get(i).team());
      sizes[i] = teams.get(i).raters();
    }
    boolean[] hidden = Suppression.hidden(names, sizes, 0, minGroup);
    List<NetworkResult> out = new ArrayList<>(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      NetworkMetrics t = teams.get(i);
      out.add(hidden[i] ? new NetworkResult.Hidden(t.team())
          : new NetworkResult.Reported(t, networks.get(i)));
    }
    return out;
  }
}
