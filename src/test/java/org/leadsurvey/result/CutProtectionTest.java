package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The disclosure rule for demographic cuts, tried by an attacker ({@link SpanAttack}) who holds
 * everything one run publishes: on random organisations (teams, people with no team, one to
 * three cut columns with rare and team-bound values, cells or not, minimum group 2 to 6), no
 * set of 1 to k - 1 people has a total that adding and subtracting published totals gives.
 */
class CutProtectionTest {

  /** A random organisation: atoms with people, teams and values. */
  record Org(long seed, int k, int teams, int[] values, boolean crossTeams, long[] atomN,
      int[] atomTeam, int[][] atomValue) {

    static Org random(long seed) {
      Random r = new Random(seed);
      int k = 2 + r.nextInt(5);
      int teams = 2 + r.nextInt(5);
      int columns = 1 + r.nextInt(3);
      int[] values = new int[columns];
      for (int c = 0; c < columns; c++) {
        values[c] = 2 + r.nextInt(3);
      }
      int people = 15 + r.nextInt(70);
      List<int[]> keys = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      int[] home = new int[teams]; // the last column's value most of a team has (a site)
      for (int t = 0; t < teams; t++) {
        home[t] = r.nextInt(values[columns - 1]);
      }
      for (int p = 0; p < people; p++) {
        int[] key = new int[1 + columns];
        key[0] = r.nextInt(12) == 0 ? -1 : (int) Math.min(teams - 1, Math.abs(r.nextGaussian()
            * teams / 2));
        for (int c = 0; c < columns; c++) {
          // Skewed: the last value is rare; the last column follows the team.
          int v = r.nextDouble() < 0.75 ? r.nextInt(Math.max(1, values[c] - 1))
              : r.nextInt(values[c]);
          if (c == columns - 1 && key[0] >= 0 && r.nextDouble() < 0.7) {
            v = home[key[0]];
          }
          key[1 + c] = v;
        }
        int found = -1;
        for (int i = 0; i < keys.size(); i++) {
          if (Arrays.equals(keys.get(i), key)) {
            found = i;
          }
        }
        if (found < 0) {
          keys.add(key);
          counts.add(1L);
        } else {
          counts.set(found, counts.get(found) + 1);
        }
      }
      long[] atomN = counts.stream().mapToLong(Long::longValue).toArray();
      int[] atomTeam = keys.stream().mapToInt(key -> key[0]).toArray();
      int[][] atomValue = new int[columns][keys.size()];
      for (int a = 0; a < keys.size(); a++) {
        for (int c = 0; c < columns; c++) {
          atomValue[c][a] = keys.get(a)[1 + c];
        }
      }
      return new Org(seed, k, teams, values, r.nextInt(3) > 0, atomN, atomTeam, atomValue);
    }

    /** Teams hidden as a run without cuts hides them (small ones, and the complement). */
    boolean[] teamShown() {
      long[] sizes = new long[teams];
      long unteamed = 0;
      for (int a = 0; a < atomN.length; a++) {
        if (atomTeam[a] < 0) {
          unteamed += atomN[a];
        } else {
          sizes[atomTeam[a]] += atomN[a];
        }
      }
      List<String> names = IntStream.range(0, teams).mapToObj(t -> "team-" + t).toList();
      boolean[] hidden = Suppression.hidden(names, sizes, unteamed, k);
      boolean[] shown = new boolean[teams];
      for (int t = 0; t < teams; t++) {
        shown[t] = !hidden[t] && sizes[t] > 0;
      }
      return shown;
    }

    CutProtection.Layout layout() {
      return new CutProtection.Layout(atomN, atomTeam, atomValue, values, teamShown(),
          crossTeams);
    }

    /** The attacker's view of what the decision publishes. */
    SpanAttack attack(CutProtection.Decision d) {
      SpanAttack attack = new SpanAttack(atomN);
      int atoms = atomN.length;
      attack.publish(select(a -> true), "organisation");
      boolean[] shown = teamShown();
      for (int t = 0; t < teams; t++) {
        final int team = t;
        if (shown[t]) {
          attack.publish(select(a -> atomTeam[a] == team), "team " + t);
        }
      }
      int g = 0;
      int groups = Arrays.stream(values).sum();
      for (int c = 0; c < values.length; c++) {
        for (int v = 0; v < values[c]; v++, g++) {
          final int col = c;
          final int value = v;
          if (!d.groupHidden()[g]) {
            attack.publish(select(a -> atomValue[col][a] == value), "group " + c + "=" + v);
          }
          for (int t = 0; t < teams; t++) {
            final int team = t;
            if (!d.cellHidden()[t * groups + g]) {
              attack.publish(select(a -> atomTeam[a] == team && atomValue[col][a] == value),
                  "cell " + t + " " + c + "=" + v);
            }
          }
        }
      }
      assertEquals(atoms, atomN.length);
      return attack;
    }

    private boolean[] select(java.util.function.IntPredicate p) {
      boolean[] out = new boolean[atomN.length];
      for (int a = 0; a < out.length; a++) {
        out[a] = p.test(a);
      }
      return out;
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 121).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noSmallSetIsInTheSpanOfWhatIsPublished(long seed) {
    Org org = Org.random(seed);
    CutProtection.Decision d = CutProtection.decide(org.layout(), org.k());
    assertNull(org.attack(d).recoverable(org.k()), () -> "seed " + seed + " k " + org.k());
    // Primary suppression: no group or cell of 1 to k - 1 people is shown.
    CutProtection.Totals totals = new CutProtection.Totals(org.layout());
    for (int g = 0; g < totals.groups; g++) {
      long n = totals.n[totals.group(g)];
      if (n > 0 && n < org.k()) {
        assertTrue(d.groupHidden()[g], "small group " + g);
      }
    }
    boolean[] shown = org.teamShown();
    for (int t = 0; t < org.teams(); t++) {
      for (int g = 0; g < totals.groups; g++) {
        boolean hidden = d.cellHidden()[t * totals.groups + g];
        if (!org.crossTeams() || !shown[t]) {
          assertTrue(hidden, "cells without --cross-teams or of hidden teams");
        } else if (totals.n[totals.cell(t, g)] < org.k()) {
          assertTrue(hidden, "small cell");
        }
      }
    }
  }

  @Test
  void theAttackerFindsLeaksInTheNaiveReleaseAndTheRuleStillShowsMost() {
    // Without secondary suppression (only groups and cells under k hidden), the same random
    // organisations leak: the attacker is not toothless. With it, most big totals stay shown.
    int leaks = 0;
    long bigShown = 0;
    long big = 0;
    for (long seed : seeds().toList()) {
      Org org = Org.random(seed);
      CutProtection.Totals totals = new CutProtection.Totals(org.layout());
      boolean[] groupHidden = new boolean[totals.groups];
      boolean[] cellHidden = new boolean[org.teams() * totals.groups];
      boolean[] shown = org.teamShown();
      for (int g = 0; g < totals.groups; g++) {
        groupHidden[g] = totals.n[totals.group(g)] < org.k();
        for (int t = 0; t < org.teams(); t++) {
          cellHidden[t * totals.groups + g] = !org.crossTeams() || !shown[t]
              || totals.n[totals.cell(t, g)] < org.k();
        }
      }
      CutProtection.Decision naive = new CutProtection.Decision(groupHidden, cellHidden, 0);
      leaks += org.attack(naive).recoverable(org.k()) != null ? 1 : 0;
      CutProtection.Decision d = CutProtection.decide(org.layout(), org.k());
      for (int g = 0; g < totals.groups; g++) {
        big += groupHidden[g] ? 0 : 1;
        bigShown += d.groupHidden()[g] ? 0 : 1;
        for (int t = 0; t < org.teams(); t++) {
          big += cellHidden[t * totals.groups + g] ? 0 : 1;
          bigShown += d.cellHidden()[t * totals.groups + g] ? 0 : 1;
        }
      }
    }
    assertTrue(leaks >= 10, "naive releases that leak: " + leaks);
    assertTrue(bigShown > 0.6 * big, bigShown + " of " + big + " groups and cells of k or more");
  }

  @Test
  void aCellMinusAnotherCellOfTheSameTeamIsCaught() {
    // Team 0: 9 women in Berlin, 1 woman in Lisbon, 8 men in Lisbon. Every cell has 5 or
    // more: women 10, men 8, Berlin 9, Lisbon 9; but women - Berlin is the one woman in
    // Lisbon. Teams 1 and 2 are mixed, so the groups alone give nothing away.
    long[] n = {9, 1, 8, 6, 6, 6, 6, 7, 5, 5, 7};
    int[] team = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    int[] gender = {0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1};
    int[] site = {0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    Org org = new Org(0, 5, 3, new int[] {2, 2}, true, n, team, new int[][] {gender, site});
    CutProtection.Totals totals = new CutProtection.Totals(org.layout());
    boolean[] none = new boolean[3 * totals.groups];
    SpanAttack naive = org.attack(new CutProtection.Decision(new boolean[totals.groups], none, 0));
    assertNotNull(naive.recoverable(5), "the example must leak without protection");
    CutProtection.Decision d = CutProtection.decide(org.layout(), 5);
    assertNull(org.attack(d).recoverable(5));
    assertTrue(d.protecting() > 0, "cells of 5 or more were hidden to protect the one woman");
    for (boolean h : d.groupHidden()) {
      assertFalse(h, "the groups are safe and stay shown");
    }
  }

  @Test
  void nothingIsHiddenWhenNothingCanBeWorkedOut() {
    // One column, every atom of 5 or more: every group and cell is shown.
    long[] n = {6, 7, 5, 9, 8, 6};
    int[] team = {0, 0, 1, 1, 2, 2};
    int[] gender = {0, 1, 0, 1, 0, 1};
    Org org = new Org(0, 5, 3, new int[] {2}, true, n, team, new int[][] {gender});
    CutProtection.Decision d = CutProtection.decide(org.layout(), 5);
    assertEquals(0, d.protecting());
    for (boolean h : d.cellHidden()) {
      assertFalse(h);
    }
    for (boolean h : d.groupHidden()) {
      assertFalse(h);
    }
  }

  @Test
  void teamsNotDecidedByTheTeamRuleHideEveryGroupAndCellInsteadOfFailing() {
    // A team of 2 shown (as no run would show it): the cut rule cannot repair that, and hides
    // all it publishes itself rather than fail the run.
    long[] n = {2, 6, 7};
    int[] team = {0, 1, 1};
    int[] gender = {0, 0, 1};
    CutProtection.Layout layout = new CutProtection.Layout(n, team, new int[][] {gender},
        new int[] {2}, new boolean[] {true, true}, true);
    CutProtection.Decision d = CutProtection.decide(layout, 5);
    for (boolean h : d.groupHidden()) {
      assertTrue(h);
    }
    for (boolean h : d.cellHidden()) {
      assertTrue(h);
    }
  }

  @Test
  void modularArithmeticIsExact() {
    long a = ModP.P - 2;
    assertEquals(1, ModP.mul(a, ModP.inverse(a)));
    assertEquals(4, ModP.mul(a, a)); // (-2)^2
    assertEquals(ModP.P - 1, ModP.minus(0, 1));
  }
}
