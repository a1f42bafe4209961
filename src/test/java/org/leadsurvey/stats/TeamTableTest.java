package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * TeamTable is an optimisation of TeamAccumulator (a map of per-team objects): the reference
 * here is TeamAccumulator itself, fed the same rows; results must be identical, bit for bit.
 */
class TeamTableTest {
  @Test
  void agreesExactlyWithOneAccumulatorPerTeamThroughManyGrowths() {
    int k = 4;
    TeamTable table = new TeamTable(k);
    Map<String, TeamAccumulator> reference = new HashMap<>();
    List<String> order = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    SplittableRandom rng = new SplittableRandom(11);
    for (int row = 0; row < 60_000; row++) {
      String team = "team-" + rng.nextInt(7_000); // new String each row, as from a CSV parser
      double[] keyed = new double[k];
      double sum = 0;
      int answered = 0;
      for (int i = 0; i < k; i++) {
        keyed[i] = rng.nextInt(10) == 0 ? Double.NaN : 1 + rng.nextInt(5);
        if (!Double.isNaN(keyed[i])) {
          sum += keyed[i];
          answered++;
        }
      }
      double score = answered == 0 ? 3 : sum / answered;
      table.add(ids.computeIfAbsent(team, x -> ids.size()), score, keyed, 4);
      if (!reference.containsKey(team)) {
        order.add(team);
      }
      reference.computeIfAbsent(team, t -> new TeamAccumulator(k)).add(score, keyed, 4);
    }
    assertEquals(reference.size(), table.teams().length);
    for (int t = 0; t < order.size(); t++) {
      String name = order.get(t);
      TeamAccumulator ref = reference.get(name);
      assertEquals(ref.scores.count(), table.scores(t).count());
      assertEquals(ref.scores.mean(), table.scores(t).mean(), 0.0);
      assertEquals(ref.scores.sumOfSquares(), table.scores(t).sumOfSquares(), 0.0);
      double rv = ref.meanItemVariance();
      double tv = table.meanItemVariance(t);
      assertTrue(Double.isNaN(rv) ? Double.isNaN(tv) : rv == tv, name + ": " + rv + " vs " + tv);
      assertEquals(ref.favourableShare(), table.favourableShare(t), 0.0);
    }
  }

  @Test
  void teamsExistOnceTheyHaveARowScoredOrNot() {
    TeamTable table = new TeamTable(2);
    table.list(3); // a row not scored
    table.add(40, 2.5, new double[] {2, 3}, 4); // far beyond the first capacity
    table.list(3);
    table.add(0, 1, new double[] {1, Double.NaN}, 4);
    assertArrayEquals(new int[] {0, 3, 40}, table.teams());
    assertEquals(0, table.scores(3).count());
    assertEquals(1, table.scores(40).count());
    assertEquals(2.5, table.scores(40).mean(), 0.0);
  }

  @Test
  void orderOfGeneratedIdsIsTheComparatorsOrder() {
    SplittableRandom random = new SplittableRandom(5);
    List<List<String>> cases = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> twoRuns = new ArrayList<>();
    List<String> mixed = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(String.format("T%06d", random.nextInt(1_000_000)));
      twoRuns.add(String.format("D%02d-team%03d", random.nextInt(100), random.nextInt(1000)));
      mixed.add((random.nextBoolean() ? "team-" : "Team ") + random.nextInt(300));
    }
    cases.add(ids.stream().distinct().toList()); // the fast path
    cases.add(twoRuns.stream().distinct().toList()); // the fast path, two digit runs
    cases.add(mixed.stream().distinct().toList()); // the comparator
    cases.add(List.of("a9", "a10", "b1")); // lengths differ: the comparator
    for (List<String> names : cases) {
      List<String> expected = new ArrayList<>(names);
      expected.sort(NaturalOrder.INSTANCE);
      List<String> actual = new ArrayList<>();
      for (int i : NaturalOrder.order(names)) {
        actual.add(names.get(i));
      }
      assertEquals(expected, actual);
    }
  }

  @Test
  void naturalOrderReadsNumbersAsNumbers() {
    List<String> names = new ArrayList<>(List.of("team-10", "Team-2", "team-02b", "team-1",
        "team-007", "team-7", "alpha", "team-", "team-0", "team-00"));
    names.sort(NaturalOrder.INSTANCE);
    // Leading zeros do not change a number's value; ties fall back to plain string order.
    assertEquals(List.of("alpha", "team-", "team-0", "team-00", "team-1", "Team-2", "team-02b",
        "team-007", "team-7", "team-10"), names);
  }
}
