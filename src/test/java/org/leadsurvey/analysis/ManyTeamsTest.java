package org.leadsurvey.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.OneWayAnova;
import org.leadsurvey.stats.RunningStats;
import org.leadsurvey.stats.NamedAccumulator;
import org.leadsurvey.stats.ScaleStatistics;
import org.leadsurvey.stats.TeamScore;

/**
 * Enough teams for the results to be computed on two threads (BothCores): every team's score,
 * in order, and the figures computed beside them, against the same data worked out apart.
 */
class ManyTeamsTest {
  private static final List<String> ITEMS = List.of("a", "b", "c", "d");
  private static final int TEAMS = BothCores.WORTH_A_THREAD + 2_000;
  private static final int MEMBERS = 6; // all above the minimum group: none hidden

  @Test
  void manyTeamsGetTheResultsOfOneThread() {
    Random random = new Random(3);
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < TEAMS * MEMBERS; i++) {
      rows.add(i);
    }
    Collections.shuffle(rows, random); // teams arrive in no order
    NamedAccumulator byTeam = new NamedAccumulator(ITEMS, 1, 5, MissingPolicy.PAIRWISE);
    NamedAccumulator oneTeam = new NamedAccumulator(ITEMS, 1, 5, MissingPolicy.PAIRWISE);
    RunningStats[] expected = new RunningStats[TEAMS];
    for (int row : rows) {
      int team = row % TEAMS;
      double[] answers = new double[ITEMS.size()];
      double sum = 0;
      for (int i = 0; i < answers.length; i++) {
        answers[i] = 1 + (row * 7 + i * 3 + row / TEAMS) % 5;
        sum += answers[i];
      }
      byTeam.add("team-" + team, answers.clone());
      oneTeam.add("all", answers.clone());
      if (expected[team] == null) {
        expected[team] = new RunningStats();
      }
      expected[team].add(sum / answers.length);
    }

    ScaleStatistics many = BothCores.statistics(byTeam.accumulator(), 5, true, byTeam.names());
    ScaleStatistics one = BothCores.statistics(oneTeam.accumulator(), 5, true, oneTeam.names());
    assertEquals(TEAMS, many.teams().size());
    for (int t = 0; t < TEAMS; t++) {
      TeamScore r = many.teams().get(t);
      assertEquals("team-" + t, r.team(), "natural order"); // team-2 before team-10
      assertEquals(MEMBERS, r.n());
      assertEquals(expected[t].mean(), r.mean(), 1e-12, r.team());
      assertEquals(expected[t].sd(), r.sd(), 1e-12, r.team());
      assertEquals(expected[t].mean(), many.teamScores().get(t).mean(), 1e-12, r.team());
    }
    // Reliability does not depend on the teams: the same sums, the same figures.
    assertEquals(one.reliability().scale(), many.reliability().scale());
    assertEquals(one.reliability().items(), many.reliability().items());
    List<RunningStats> groups = new ArrayList<>(List.of(expected));
    assertEquals(Aggregation.of(OneWayAnova.of(groups)).icc1(), 
        Aggregation.of(OneWayAnova.of(many.teamScores())).icc1(), 1e-12);
  }

  @Test
  void bothPiecesRunOnTwoThreadsOnlyWhenWorthIt() {
    String[] where = new String[2];
    BothCores.run(BothCores.WORTH_A_THREAD, () -> where[0] = Thread.currentThread().getName(),
        () -> where[1] = Thread.currentThread().getName());
    assertEquals(Thread.currentThread().getName(), where[0]);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertNotEquals(where[0], where[1]);
    }
    BothCores.run(10, () -> where[0] = Thread.currentThread().getName(),
        () -> where[1] = Thread.currentThread().getName());
    assertEquals(where[0], where[1]);
  }

  @Test
  void whatTheOtherThreadThrowsIsThrownHere() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BothCores.run(BothCores.WORTH_A_THREAD, () -> { }, () -> {
          throw new IllegalStateException("from b");
        }));
    assertEquals("from b", e.getMessage());
  }

  @Test
  void forEachVisitsEveryIndexOnce() {
    for (int n : new int[] {0, 1, 7, BothCores.WORTH_A_THREAD + 1}) {
      AtomicIntegerArray seen = new AtomicIntegerArray(n);
      BothCores.forEach(n, seen::incrementAndGet);
      for (int i = 0; i < n; i++) {
        assertEquals(1, seen.get(i), n + " items, index " + i);
      }
    }
  }
}
