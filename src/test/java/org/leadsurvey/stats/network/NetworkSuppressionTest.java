package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Networks are hidden by the same rules as analyze's teams (stats/Suppression). */
class NetworkSuppressionTest {
  private static NetworkMetrics team(String name, int raters) {
    return new NetworkMetrics(name, raters, raters, 0, 1, 3, 0.5, 0.2, 0.1, 0.4, List.of());
  }

  @Test
  void hidesSmallTeamsWithAnalyzesComplementaryRules() {
    // c (3 raters) is hidden; 3 hidden raters < 5 could be worked out from totals, so the next
    // smallest, b (6), goes too; two hidden teams could be solved for, so a (7) goes as well
    List<NetworkResult> r = NetworkSuppression.apply(
        List.of(team("a", 7), team("b", 6), team("c", 3), team("d", 9)), 5);
    assertInstanceOf(NetworkResult.Hidden.class, r.get(0));
    assertInstanceOf(NetworkResult.Hidden.class, r.get(1));
    assertInstanceOf(NetworkResult.Hidden.class, r.get(2));
    assertInstanceOf(NetworkResult.Reported.class, r.get(3));
    assertEquals("c", r.get(2).team());
  }

  @Test
  void keepsEveryTeamAtTheMinimum() {
    List<NetworkResult> r = NetworkSuppression.apply(List.of(team("a", 5), team("b", 5)), 5);
    r.forEach(x -> assertInstanceOf(NetworkResult.Reported.class, x));
  }
}
