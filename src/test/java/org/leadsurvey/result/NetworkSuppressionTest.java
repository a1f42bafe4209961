package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void aTeamIsAsSmallAsItsLeastRatedCriterion() {
    // six raters on A, three of them also on B: hidden for both criteria at --min-group 5
    PeerRatings r = new PeerRatings("t", 1, 5);
    for (int i = 0; i < 6; i++) {
      r.add("A", "p" + i, "p" + ((i + 1) % 6), 5);
      if (i < 3) {
        r.add("B", "p" + i, "p" + ((i + 1) % 6), 5);
      }
    }
    List<NetworkResult> out = NetworkSuppression.apply(List.of("A", "B"),
        List.of(List.of(r.network("A"), r.network("B"))), 4, 5, 3);
    assertInstanceOf(NetworkResult.Hidden.class, out.get(0));
    assertInstanceOf(NetworkResult.Reported.class, NetworkSuppression.apply(List.of("A"),
        List.of(List.of(r.network("A"))), 4, 5, 3).get(0));
  }

  /**
   * The linear attack on people, on random teams with random gaps: the team's ratings (its
   * density's denominator) minus the ratings of the people shown leave either none or at least
   * --min-raters ratings withheld, for every team, criterion and --min-raters; shown people
   * have at least --min-raters raters; ranks count shown people only.
   */
  @Test
  void withheldRatingsAreNeverOneToMinRatersMinusOne() {
    java.util.Random rnd = new java.util.Random(20261202);
    for (int round = 0; round < 300; round++) {
      int n = 5 + rnd.nextInt(8);
      double gap = rnd.nextDouble() * 0.8;
      PeerRatings r = new PeerRatings("t", 1, 5);
      for (int i = 0; i < n; i++) {
        r.member("p" + i);
        for (int j = 0; j < n; j++) {
          if (i != j && rnd.nextDouble() >= gap) {
            r.add("p" + i, "p" + j, 1 + rnd.nextInt(5));
          }
        }
      }
      int minRaters = 2 + rnd.nextInt(4);
      List<NetworkResult> out = NetworkSuppression.apply(List.of(""), List.of(List.of(
          r.network())), 4, 1, minRaters);
      NetworkResult.Criterion c = ((NetworkResult.Reported) out.get(0)).criteria().get(0);
      long shown = 0;
      int shownPeople = 0;
      for (NetworkResult.Standing s : c.people()) {
        if (s.shown() != null) {
          assertTrue(s.raters() >= minRaters, s.toString());
          assertTrue(s.shown().rank() >= 1 && s.shown().rank() <= c.people().size());
          shown += s.raters();
          shownPeople++;
        }
      }
      long withheld = c.metrics().observedDyads() - shown;
      assertTrue(withheld == 0 || withheld >= minRaters,
          "round " + round + ": " + withheld + " withheld ratings, --min-raters " + minRaters);
      for (NetworkResult.Standing s : c.people()) {
        if (s.shown() != null) {
          assertTrue(s.shown().rank() <= shownPeople, "rank among the shown: " + s);
        }
      }
    }
  }
}
