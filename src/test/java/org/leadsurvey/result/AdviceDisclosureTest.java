package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.network.AdviceNetwork;

/**
 * The release rules of the advice network (docs/privacy.md, "Advice across teams"): which
 * teams are hidden, and that nothing published moves when people or ties move inside the
 * hidden part, so no hidden team's row or column can be worked out from any output.
 */
class AdviceDisclosureTest {
  private static final AdviceDisclosure.Header HEADER =
      new AdviceDisclosure.Header("test", List.of("n.csv", "r.csv"), 0);

  /** An organisation: team sizes and respondents per team, people numbered team by team. */
  private static final class Org {
    final List<String> teams = new ArrayList<>();
    final List<String> people = new ArrayList<>();
    final List<Integer> teamOf = new ArrayList<>();
    final List<Boolean> answered = new ArrayList<>();
    final Set<List<Integer>> ties = new LinkedHashSet<>();

    Org team(String name, int members, int respondents) {
      int t = teams.size();
      teams.add(name);
      for (int i = 0; i < members; i++) {
        people.add(name + "-" + i);
        teamOf.add(t);
        answered.add(i < respondents);
      }
      return this;
    }

    Org tie(int from, int to) {
      ties.add(List.of(from, to));
      return this;
    }

    AdviceNetwork net() {
      boolean[] a = new boolean[answered.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = answered.get(i);
      }
      return new AdviceNetwork(teams.size(), teamOf.stream().mapToInt(Integer::intValue)
          .toArray(), a, ties.stream().mapToInt(t -> t.get(0)).toArray(),
          ties.stream().mapToInt(t -> t.get(1)).toArray());
    }

    AdviceReport release(int minGroup, boolean showPeople) {
      return AdviceDisclosure.apply(HEADER, net(), new AdviceDisclosure.Names(teams, people),
          minGroup, showPeople);
    }
  }

  private static List<String> hidden(AdviceReport r) {
    return r.teams().stream().filter(t -> t instanceof AdviceTeam.Hidden)
        .map(AdviceTeam::team).toList();
  }

  @Test
  void hidesSmallTeamsThenTheSmallestShownTeamUntilThePoolHoldsMinGroupRespondents() {
    // c has 3 respondents (of 8 members): hidden; a pool of 3 < 5 would be c's own row, so
    // the shown team with the fewest respondents, b (6; a has 7), is pooled with it
    Org org = new Org().team("a", 7, 7).team("b", 9, 6).team("c", 8, 3).team("d", 9, 9);
    org.tie(0, 7).tie(7, 16).tie(16, 0).tie(24, 25);
    AdviceReport r = org.release(5, false);
    assertEquals(List.of("b", "c"), hidden(r));
    assertTrue(r.matrix().pooled());
    assertEquals(List.of("a", "d"), r.matrix().teams());
    // a->b is a->pool, b->c is inside the pool, c->a is pool->a, d->d is internal
    assertEquals("[[0, 0, 1], [0, 1, 0], [1, 0, 1]]", Arrays.deepToString(r.matrix().counts()));
    assertFalse(r.organisation().allTeams());
    assertEquals(1, r.organisation().internal(), "d's tie; the pool's are not counted");
    assertEquals(1, r.organisation().external(), "a's tie to the pool");
  }

  @Test
  void aHiddenTeamNobodyAnsweredStillNeedsAPoolOfMinGroup() {
    // c: 4 members, none answered. Its row is empty but its column (advice it receives) is a
    // score of those 4, so it may not stand alone as the pool
    Org org = new Org().team("a", 6, 6).team("b", 5, 5).team("c", 4, 0).tie(0, 11).tie(6, 12);
    AdviceReport r = org.release(5, false);
    assertEquals(List.of("b", "c"), hidden(r));
    assertEquals("[[0, 1], [0, 1]]", Arrays.deepToString(r.matrix().counts()));
  }

  @Test
  void withNothingHiddenThereIsNoPoolAndTheTotalsAreTheOrganisations() {
    Org org = new Org().team("x", 5, 5).team("y", 5, 5).tie(0, 1).tie(0, 5).tie(5, 6);
    AdviceReport r = org.release(5, false);
    assertEquals(List.of(), hidden(r));
    assertFalse(r.matrix().pooled());
    assertTrue(r.organisation().allTeams());
    assertEquals(2, r.organisation().internal());
    assertEquals(1, r.organisation().external());
    assertEquals(-1.0 / 3, r.organisation().eiIndex(), 1e-15);
    AdviceTeam.Shown x = assertInstanceOf(AdviceTeam.Shown.class, r.teams().get(0));
    assertEquals(0.0, x.eiIndex());
  }

  @Test
  void whenEveryTeamIsHiddenNoFigureIsPublished() {
    Org org = new Org().team("x", 4, 4).team("y", 4, 4).tie(0, 4);
    AdviceReport r = org.release(5, true);
    assertEquals(List.of("x", "y"), hidden(r));
    assertNull(r.organisation());
    assertNull(r.matrix());
    assertEquals(List.of(), r.people());
  }

  @Test
  void brokersAreOnlyTheShownTeamsPeopleAndIgnoreHiddenOnes() {
    // a0 -> h0 -> b0 runs through hidden team h: among the shown teams a0 and b0 are not
    // connected, so nobody is between anyone; a1 -> a0 -> b0 makes a0 a broker
    Org org = new Org().team("a", 5, 5).team("b", 5, 5).team("h", 2, 2).team("i", 3, 3);
    org.tie(0, 10).tie(10, 5);
    AdviceReport r = org.release(5, true);
    assertTrue(r.people().stream().allMatch(p -> p.team().equals("a") || p.team().equals("b")));
    assertEquals(10, r.people().size());
    assertTrue(r.people().stream().allMatch(p -> p.betweenness() == 0));
    org.tie(1, 0).tie(0, 5);
    AdviceReport r2 = org.release(5, true);
    assertEquals("a-0", r2.people().get(0).person());
    assertEquals(1.0 / (9 * 8), r2.people().get(0).betweenness(), 1e-15);
  }

  /**
   * Property: on random organisations, moving a person between two hidden teams, or moving a
   * tie's ends among the hidden teams' people, changes nothing published (when the same teams
   * stay hidden), while the hidden teams' own counts do change. So no output, however
   * combined, gives a hidden team's row or column.
   */
  @Test
  void nothingPublishedMovesWhenPeopleOrTiesMoveInsideTheHiddenPart() {
    Random rnd = new Random(20);
    int compared = 0;
    int changedHiddenCounts = 0;
    for (int run = 0; run < 400; run++) {
      int k = 2 + rnd.nextInt(5);
      Org org = new Org();
      int teams = 2 + rnd.nextInt(6);
      for (int t = 0; t < teams; t++) {
        int members = 1 + rnd.nextInt(9);
        org.team("t" + t, members, rnd.nextInt(members + 1));
      }
      int n = org.people.size();
      for (int e = rnd.nextInt(4 * n + 1); e > 0; e--) {
        int a = rnd.nextInt(n);
        int b = rnd.nextInt(n);
        if (a != b && org.answered.get(a)) {
          org.tie(a, b);
        }
      }
      AdviceReport before = org.release(k, true);
      List<String> hiddenTeams = hidden(before);
      List<Integer> pool = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        if (hiddenTeams.contains(org.teams.get(org.teamOf.get(p)))) {
          pool.add(p);
        }
      }
      if (before.matrix() == null || pool.size() < 2) {
        continue;
      }
      long[][] full = org.net().matrix().counts();
      Org moved = copy(org);
      if (rnd.nextBoolean()) {
        // a pool member changes hidden team
        int p = pool.get(rnd.nextInt(pool.size()));
        List<Integer> hiddenIdx = hiddenTeams.stream().map(org.teams::indexOf).toList();
        moved.teamOf.set(p, hiddenIdx.get(rnd.nextInt(hiddenIdx.size())));
      } else {
        // a tie inside the pool gets other pool ends (a respondent sends it)
        List<List<Integer>> inside = moved.ties.stream()
            .filter(t -> pool.contains(t.get(0)) && pool.contains(t.get(1))).toList();
        List<Integer> senders = pool.stream().filter(org.answered::get).toList();
        if (inside.isEmpty() || senders.isEmpty()) {
          continue;
        }
        int a = senders.get(rnd.nextInt(senders.size()));
        int b = pool.get(rnd.nextInt(pool.size()));
        if (a == b || moved.ties.contains(List.of(a, b))) {
          continue;
        }
        moved.ties.remove(inside.get(rnd.nextInt(inside.size())));
        moved.ties.add(List.of(a, b));
      }
      AdviceReport after = moved.release(k, true);
      if (!hidden(after).equals(hiddenTeams)) {
        continue; // a move that changes which teams are hidden is another release
      }
      assertEquals(published(before), published(after), "run " + run);
      compared++;
      changedHiddenCounts += Arrays.deepEquals(full, moved.net().matrix().counts()) ? 0 : 1;
    }
    assertTrue(compared > 100, "compared " + compared);
    assertTrue(changedHiddenCounts > 50, "moves that changed a hidden team's counts: "
        + changedHiddenCounts);
  }

  private static Org copy(Org o) {
    Org c = new Org();
    c.teams.addAll(o.teams);
    c.people.addAll(o.people);
    c.teamOf.addAll(o.teamOf);
    c.answered.addAll(o.answered);
    c.ties.addAll(o.ties);
    return c;
  }

  /** Everything a renderer can read from the report, as text. */
  static String published(AdviceReport r) {
    StringBuilder s = new StringBuilder();
    s.append(r.teams()).append('\n').append(r.organisation()).append('\n');
    if (r.matrix() != null) {
      s.append(r.matrix().teams()).append(r.matrix().pooled())
          .append(Arrays.deepToString(r.matrix().counts()));
    }
    s.append('\n').append(r.people()).append('\n').append(r.rows()).append(r.files());
    return s.toString();
  }

  @Test
  void publishedTextSeesADifference() {
    Org org = new Org().team("x", 5, 5).team("y", 5, 5).tie(0, 1);
    assertNotEquals(published(org.release(5, false)), published(org.tie(0, 5).release(5, false)));
  }
}
