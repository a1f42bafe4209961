package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric on small teams computed by hand (the arithmetic is in each test's comment).
 * Scale 1..5, tie threshold 4.
 */
class NetworkMetricsTest {
  static final double NA = Double.NaN;
  static final double EPS = 1e-12;

  private static NetworkMetrics metrics(double[][] ratings) {
    return NetworkMetrics.of(PeerNetwork.of(ratings, 1, 5), 4);
  }

  /** Everyone rates p1 5 and everyone else 2; p1 rates everyone 3. */
  @Test
  void star() {
    NetworkMetrics m = metrics(new double[][] {
        {NA, 3, 3, 3, 3},
        {5, NA, 2, 2, 2},
        {5, 2, NA, 2, 2},
        {5, 2, 2, NA, 2},
        {5, 2, 2, 2, NA}});
    assertEquals(5, m.n());
    assertEquals(5, m.raters());
    assertEquals(20, m.observedDyads());
    assertEquals(1.0, m.responseRate(), EPS);
    assertEquals(56.0 / 20, m.density(), EPS); // 4 x (5+2+2+2) + 4 x 3 = 56 over 20 dyads
    assertEquals(4.0 / 20, m.densityBinary(), EPS); // only the 4 ties to p1
    assertEquals(1.0, m.centralization(), EPS); // in-degrees 4,0,0,0,0: 4 x 4 / 4^2
    // in-strength p1 = 4 x (5-1)/4 = 4; others 0.5 + 3 x 0.25 = 1.25: 4 x 2.75 / 16
    assertEquals(0.6875, m.valuedCentralization(), EPS);
    assertEquals(0.0, m.reciprocity(), EPS); // p1 names nobody back
    NetworkMetrics.PersonStanding leader = m.people().get(0);
    assertEquals("p1", leader.person());
    assertEquals(4, leader.inDegree());
    assertEquals(5.0, leader.meanReceived(), EPS);
    assertEquals(1, leader.rank());
    for (NetworkMetrics.PersonStanding p : m.people().subList(1, 5)) {
      assertEquals(0, p.inDegree());
      assertEquals(2.25, p.meanReceived(), EPS); // (3 + 2 + 2 + 2) / 4
      assertEquals(2, p.rank()); // four share second place
    }
  }

  /** Everyone rates everyone 5: leadership fully shared and mutual. */
  @Test
  void fullClique() {
    NetworkMetrics m = metrics(new double[][] {
        {NA, 5, 5, 5},
        {5, NA, 5, 5},
        {5, 5, NA, 5},
        {5, 5, 5, NA}});
    assertEquals(5.0, m.density(), EPS);
    assertEquals(1.0, m.densityBinary(), EPS); // 12 of 12 possible ties
    assertEquals(0.0, m.centralization(), EPS); // in-degree 3 each
    assertEquals(0.0, m.valuedCentralization(), EPS); // in-strength 3 each
    assertEquals(1.0, m.reciprocity(), EPS);
    assertTrue(m.people().stream().allMatch(p -> p.rank() == 1 && p.inDegree() == 3));
  }

  /** Everyone rates everyone 1: nobody is relied on; no tie at all. */
  @Test
  void emptyNetwork() {
    NetworkMetrics m = metrics(new double[][] {
        {NA, 1, 1, 1},
        {1, NA, 1, 1},
        {1, 1, NA, 1},
        {1, 1, 1, NA}});
    assertEquals(1.0, m.density(), EPS);
    assertEquals(0.0, m.densityBinary(), EPS);
    assertEquals(0.0, m.centralization(), EPS); // igraph 1.3.5 also gives 0 for no edges
    assertEquals(0.0, m.valuedCentralization(), EPS); // all in-strengths (1-1)/4 = 0
    // igraph 1.3.5: reciprocity(make_empty_graph(4)) is NaN (0 reciprocated of 0 ties)
    assertTrue(Double.isNaN(m.reciprocity()));
  }

  /** Three people, c never rated b. */
  @Test
  void missingDyad() {
    NetworkMetrics m = metrics(new double[][] {
        {NA, 5, 3},
        {4, NA, 4},
        {5, NA, NA}});
    assertEquals(5, m.observedDyads());
    assertEquals(5.0 / 6, m.responseRate(), EPS); // 5 of 3 x 2 dyads
    assertEquals(21.0 / 5, m.density(), EPS); // (5+3+4+4+5) / 5: the missing dyad is not a 0
    assertEquals(4.0 / 6, m.densityBinary(), EPS); // ties a->b, b->a, b->c, c->a
    assertEquals(0.5, m.centralization(), EPS); // in-degrees 2,1,1: (1 + 1) / 2^2
    // in-strength a = .75 + 1 = 1.75, b = 1 (from a only), c = .5 + .75 = 1.25: (.75+.5)/4
    assertEquals(0.3125, m.valuedCentralization(), EPS);
    assertEquals(0.5, m.reciprocity(), EPS); // a<->b reciprocated; b->c, c->a not: 2 of 4
    List<NetworkMetrics.PersonStanding> p = m.people();
    assertEquals(List.of("p2", "p1", "p3"), p.stream().map(NetworkMetrics.PersonStanding::person).toList());
    assertEquals(5.0, p.get(0).meanReceived(), EPS); // b: one rating, 5
    assertEquals(1, p.get(0).ratingsReceived());
    assertEquals(4.5, p.get(1).meanReceived(), EPS); // a: (4 + 5) / 2
    assertEquals(2, p.get(1).inDegree());
  }

  @Test
  void teamOfOneHasNoNetwork() {
    NetworkMetrics m = metrics(new double[][] {{NA}});
    assertEquals(1, m.n());
    assertEquals(0, m.raters());
    assertTrue(Double.isNaN(m.density()));
    assertTrue(Double.isNaN(m.densityBinary()));
    assertTrue(Double.isNaN(m.centralization()));
    assertTrue(Double.isNaN(m.responseRate()));
  }

  @Test
  void ratingsCollectSelfRatingsAndDuplicatesApart() {
    PeerRatings r = new PeerRatings("t", 1, 5);
    assertEquals(PeerRatings.Added.ADDED, r.add("a", "b", 5));
    assertEquals(PeerRatings.Added.SELF_RATING, r.add("a", "a", 5));
    assertEquals(PeerRatings.Added.DUPLICATE, r.add("a", "b", 4));
    for (int i = 0; i < 20; i++) { // grows past its first capacity
      r.add("x" + i, "a", 3);
    }
    PeerNetwork net = r.network();
    assertEquals(22, net.n());
    assertEquals(5.0, net.rating(0, 1), EPS);
    assertTrue(Double.isNaN(net.rating(0, 0)));
    assertEquals(3.0, net.rating(2, 0), EPS);
    assertEquals(21, net.observedDyads());
  }
}
