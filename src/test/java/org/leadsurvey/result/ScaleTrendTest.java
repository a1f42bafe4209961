package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.stats.WelchInterval;
import org.leadsurvey.stats.CohensD;
import org.leadsurvey.stats.ReliableChange;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NamedAccumulator;

/**
 * ScaleTrend: changes only between reportable waves, numbers from the per-wave scores. The
 * data are synthetic; the expected changes are the Welch/Cohen/RCI formulas of the classes
 * tested against R in {@link WaveChangeStatisticsTest}, applied to the per-wave scores.
 */
class ScaleTrendTest {
  private static final List<String> ITEMS = List.of("a", "b", "c");

  /** Teams A..E; person p of a team answers (base + p % 3) on every item, capped to 1..5. */
  private static ScaleResult wave(int[] sizes, int[] bases) {
    NamedAccumulator acc = new NamedAccumulator(ITEMS, 1, 5, MissingPolicy.PAIRWISE);
    for (int t = 0; t < sizes.length; t++) {
      for (int p = 0; p < sizes[t]; p++) {
        double v = Math.min(5, bases[t] + p % 3);
        acc.add(String.valueOf((char) ('A' + t)), new double[] {v, Math.max(1, v - (p % 2)), v});
      }
    }
    return Disclosure.publish(acc.statistics(5, true), 5);
  }

  @Test
  void changesAreShownOnlyWhereBothWavesAreReportable() {
    ScaleResult w1 = wave(new int[] {6, 7, 6, 6, 6}, new int[] {2, 3, 2, 3, 2});
    ScaleResult w2 = wave(new int[] {8, 6, 2, 2, 2}, new int[] {3, 3, 1, 4, 2});
    ScaleTrend t = ScaleTrend.of(List.of("w1", "w2"), List.of(w1, w2));
    assertEquals(5, t.teams().size());
    for (ScaleTrend.GroupTrend g : t.teams().subList(2, 5)) { // C, D, E hidden in w2
      assertEquals(ScaleTrend.Status.HIDDEN, g.scores().get(1).status());
      assertNull(g.scores().get(1).score());
      WaveChange c = g.changes().get(0);
      WaveChange.Withheld h = assertInstanceOf(WaveChange.Withheld.class, c);
      assertEquals("hidden in w2", h.reason());
    }
    ScaleTrend.GroupTrend a = t.teams().get(0);
    assertEquals(1, a.changes().size(), "two waves: no separate first-to-last change");
    WaveChange.Shown s = assertInstanceOf(WaveChange.Shown.class, a.changes().get(0));
    TeamScore x = a.scores().get(0).score();
    TeamScore y = a.scores().get(1).score();
    assertEquals(y.mean() - x.mean(), s.change(), 1e-12);
    WelchInterval w = WelchInterval.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd(), 0.95);
    assertEquals(w.ci().lower(), s.welch().ci().lower(), 1e-12);
    assertEquals(CohensD.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd()), s.d(), 1e-12);
    ReliableChange rc = ReliableChange.of(x.n(), x.sd(), w1.reliability().scale().alpha(), y.n(),
        y.sd(), w2.reliability().scale().alpha(), s.change());
    assertEquals(rc.index(), s.reliableChange().index(), 1e-12);
    assertInstanceOf(WaveChange.Shown.class, t.organisation().changes().get(0));
  }

  @Test
  void aTeamMissingFromAWaveIsAbsentAndThreeWavesAddFirstToLast() {
    ScaleResult w1 = wave(new int[] {6, 7, 6}, new int[] {2, 3, 2});
    ScaleResult w2 = wave(new int[] {6, 7}, new int[] {3, 3});
    ScaleResult w3 = wave(new int[] {6, 7, 6}, new int[] {3, 2, 2});
    ScaleTrend t = ScaleTrend.of(List.of("w1", "w2", "w3"), List.of(w1, w2, w3));
    ScaleTrend.GroupTrend c = t.teams().get(2);
    assertEquals(ScaleTrend.Status.ABSENT, c.scores().get(1).status());
    assertEquals(3, c.changes().size());
    assertEquals("no respondents in w2",
        assertInstanceOf(WaveChange.Withheld.class, c.changes().get(0)).reason());
    WaveChange.Shown firstToLast = assertInstanceOf(WaveChange.Shown.class, c.changes().get(2));
    assertEquals(true, firstToLast.firstToLast());
    assertEquals("w1", firstToLast.from());
    assertEquals("w3", firstToLast.to());
  }
}
