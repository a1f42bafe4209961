package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.network.PeerNetwork;
import org.leadsurvey.stats.network.PeerRatings;

/** Networks are hidden by the same rules as analyze's teams (stats/Suppression). */
class NetworkSuppressionTest {
  /** A team in which {@code raters} people each rate the next one 5. */
  private static PeerNetwork team(String name, int raters) {
    PeerRatings r = new PeerRatings(name, 1, 5);
    for (int i = 0; i < raters; i++) {
      r.add("p" + i, "p" + ((i + 1) % raters), 5);
    }
    return r.network();
  }

  @Test
  void hidesSmallTeamsWithAnalyzesComplementaryRules() {
    // c (3 raters) is hidden; 3 hidden raters < 5 could be worked out from totals, so the next
    // smallest, b (6), goes too; a (7) and d (9) stay
    List<NetworkResult> r = NetworkSuppression.apply(
        List.of(team("a", 7), team("b", 6), team("c", 3), team("d", 9)), 4, 5);
    assertInstanceOf(NetworkResult.Reported.class, r.get(0));
    assertInstanceOf(NetworkResult.Hidden.class, r.get(1));
    assertInstanceOf(NetworkResult.Hidden.class, r.get(2));
    assertInstanceOf(NetworkResult.Reported.class, r.get(3));
    assertEquals("c", r.get(2).team());
    NetworkResult.Reported d = (NetworkResult.Reported) r.get(3);
    assertEquals(9, d.metrics().raters());
    assertEquals(1.0 / 8, d.metrics().densityBinary(), 1e-12); // a ring: 9 ties of 72
  }

  @Test
  void keepsEveryTeamAtTheMinimum() {
    List<NetworkResult> r = NetworkSuppression.apply(List.of(team("a", 5), team("b", 5)), 4, 5);
    r.forEach(x -> assertInstanceOf(NetworkResult.Reported.class, x));
  }
}
