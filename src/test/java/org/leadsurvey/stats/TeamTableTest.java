package org.leadsurvey.stats;

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
  void agreesExactlyWithOneAccumulatorPerTeamThroughManyRehashes() {
    int k = 4;
    TeamTable table = new TeamTable(k);
    Map<String, TeamAccumulator> reference = new HashMap<>();
    List<String> order = new ArrayList<>();
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
      table.add(table.indexOf(team), score, keyed, 4);
      if (!reference.containsKey(team)) {
        order.add(team);
      }
      reference.computeIfAbsent(team, t -> new TeamAccumulator(k)).add(score, keyed, 4);
    }
    assertEquals(reference.size(), table.size());
    for (int t = 0; t < table.size(); t++) {
      String name = table.name(t);
      assertEquals(order.get(t), name, "teams keep their first-seen order");
      TeamAccumulator ref = reference.get(name);
      assertEquals(t, table.indexOf(name));
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
  void callersTeamIdsFindTheSameSlotsAsNames() {
    TeamTable byName = new TeamTable(3);
    TeamTable byId = new TeamTable(3);
    SplittableRandom random = new SplittableRandom(11);
    Map<String, Integer> ids = new HashMap<>();
    for (int row = 0; row < 20_000; row++) {
      // Ids in order of first appearance, as the reader hands them over; names arrive in a
      // different order from the slots a table gives them when some rows skip the table.
      String team = "team " + random.nextInt(3000);
      int id = ids.computeIfAbsent(team, t -> ids.size());
      if (random.nextInt(5) == 0) {
        continue;
      }
      int t = byName.indexOf(team);
      assertEquals(t, byId.indexOf(id, team), team);
      assertEquals(team, byId.name(t));
    }
    assertEquals(byName.size(), byId.size());
  }

  @Test
  void lookupsByIdAndByNameMixedFindOneSlotPerTeam() {
    // Teams added by id are not hashed until a lookup by name needs them to be.
    TeamTable table = new TeamTable(2);
    SplittableRandom random = new SplittableRandom(3);
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> slots = new HashMap<>();
    for (int row = 0; row < 50_000; row++) {
      String team = "team " + random.nextInt(5000);
      int id = ids.computeIfAbsent(team, t -> ids.size());
      // Long runs of each kind, so that many teams arrive by id before the next name lookup.
      boolean byId = (row / 4000) % 2 == 0 || random.nextInt(10) == 0;
      int t = byId ? table.indexOf(id, team) : table.indexOf(team);
      assertEquals(slots.computeIfAbsent(team, x -> slots.size()), t, team);
      assertEquals(team, table.name(t));
    }
    assertEquals(slots.size(), table.size());
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
