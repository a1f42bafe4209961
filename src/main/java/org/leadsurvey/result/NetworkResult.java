package org.leadsurvey.result;

import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.stats.network.PeerNetwork;

/**
 * A team's network as it may be shown: its figures, or only the fact that it is hidden. A
 * hidden team carries no numbers at all (not even its size), so no renderer can print them.
 */
public sealed interface NetworkResult permits NetworkResult.Reported, NetworkResult.Hidden {
  String team();

  /** A shown team: its figures, and its ratings for drawing the network. */
  record Reported(NetworkMetrics metrics, PeerNetwork network) implements NetworkResult {
    @Override
    public String team() {
      return metrics.team();
    }
  }

  record Hidden(String team) implements NetworkResult {}
}
