package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallFormulasTest {

  @Test
  void rwgJUsesTheUniformNullVariance() {
    // James, Demaree & Wolf (1984): sigma_EU = (A^2 - 1) / 12.
    assertEquals(2.0, RwgJ.uniformNullVariance(5), 1e-15);
    assertEquals(4.0, RwgJ.uniformNullVariance(7), 1e-15);
    assertEquals(1.0, RwgJ.of(0, 7, 7), 1e-15);
    // s = sigma / 2, J = 7: 7 * 0.5 / (7 * 0.5 + 0.5) = 0.875
    assertEquals(0.875, RwgJ.of(2, 7, 7), 1e-15);
    assertEquals(0, RwgJ.of(4.5, 7, 7));
    assertTrue(Double.isNaN(RwgJ.of(Double.NaN, 7, 7)));
  }

  @Test
  void minresRecoversAnExactOneFactorStructure() {
    double[] l = {0.8, 0.7, 0.6, 0.5, 0.4};
    double[][] r = new double[l.length][l.length];
    for (int i = 0; i < l.length; i++) {
      for (int j = 0; j < l.length; j++) {
        r[i][j] = i == j ? 1 : l[i] * l[j];
      }
    }
    assertArrayEquals(l, MinresFactor.oneFactor(r), 1e-8);
    // omega = (sum l)^2 / ((sum l)^2 + sum(1 - l^2)) = 9 / (9 + 3.1)
    assertEquals(9 / 12.1, McDonaldOmega.total(l), 1e-12);
  }

  @Test
  void minresMatchesPsychFa() {
    // R 4.2, psych 2.2.9: fa(r, 1, fm = "minres")$loadings
    double[][] r = {{1, .6, .5, .4}, {.6, 1, .45, .35}, {.5, .45, 1, .3}, {.4, .35, .3, 1}};
    assertArrayEquals(new double[] {0.819960269655, 0.730337263828, 0.613535182544,
        0.485201391174}, MinresFactor.oneFactor(r), 1e-4);
  }

  @Test
  void minresStopsAtPsychsBoundInAHeywoodCase() {
    // r12 * r13 / r23 = 1.44 > 1: the exact solution needs a communality above 1, so psych's
    // lower bound of 0.005 on the uniqueness binds. psych's objective (off-diagonal squared
    // residuals over uniquenesses in [0.005, 1]) minimised to convergence in R 4.2:
    //   optim(c(.1,.3,.5), obj, method = "L-BFGS-B", lower = .005, upper = 1,
    //         control = list(factr = 1))  ->  psi = (0.005, 0.385537, 0.533603),
    //   loadings 1.043521081998, 0.801368962157, 0.702623553481.
    // (psych::fa's default tolerance stops earlier here, at 1.0401, 0.8169, 0.7018.)
    double[][] r = {{1, 0.9, 0.8}, {0.9, 1, 0.5}, {0.8, 0.5, 1}};
    assertArrayEquals(new double[] {1.043521081998, 0.801368962157, 0.702623553481},
        MinresFactor.oneFactor(r), 1e-5);
  }

  @Test
  void minresIsUndefinedBelowThreeItems() {
    assertTrue(Double.isNaN(MinresFactor.oneFactor(new double[][] {{1, .5}, {.5, 1}})[0]));
  }

  @Test
  void feldtIntervalMatchesPsychAlphaCi() {
    // psych::alpha.ci(0.880787607743, 331, 7): the acme-psafety oracle's Feldt bounds.
    ConfidenceInterval ci = FeldtInterval.of(0.880787607743, 331, 7, 0.95);
    assertEquals(0.86008748207, ci.lower(), 1e-9);
    assertEquals(0.89942082707, ci.upper(), 1e-9);
  }

  @Test
  void runningStatsMergeEqualsOnePassAndStaysAccurateFarFromZero() {
    Random rnd = new Random(7);
    RunningStats all = new RunningStats();
    RunningStats a = new RunningStats();
    RunningStats b = new RunningStats();
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      double x = 1e6 + rnd.nextGaussian();
      xs.add(x);
      all.add(x);
      (i % 3 == 0 ? a : b).add(x);
    }
    a.merge(b);
    assertEquals(all.mean(), a.mean(), 1e-6);
    assertEquals(all.variance(), a.variance(), 1e-9);
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    assertEquals(ss / 999, all.variance(), 1e-6);
    assertTrue(Double.isNaN(new RunningStats().variance()));
  }

  @Test
  void anovaNeedsTwoGroups() {
    RunningStats g = new RunningStats();
    g.add(1);
    g.add(2);
    OneWayAnova a = OneWayAnova.of(List.of(g));
    assertTrue(Double.isNaN(a.f()));
    assertTrue(Double.isNaN(Icc.of(a).icc1()));
  }

  @Test
  void naturalOrderSortsNumbersAsNumbers() {
    List<String> names = new ArrayList<>(List.of("team-10", "team-2", "Team-1", "alpha", "team-02b"));
    names.sort(NaturalOrder.INSTANCE);
    assertEquals(List.of("alpha", "Team-1", "team-2", "team-02b", "team-10"), names);
  }

  @Test
  void naturalOrderFastPathAgreesWithTheFullComparison() {
    // Equal-length ids take a shortcut; it must order exactly as the general comparison,
    // which is checked here against sorting by (number value, then text) for generated ids.
    Random rnd = new Random(11);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      ids.add(String.format("T%06d", rnd.nextInt(1_000_000)));
      ids.add("team-" + rnd.nextInt(300) + (rnd.nextBoolean() ? "b" : ""));
    }
    List<String> natural = new ArrayList<>(ids);
    natural.sort(NaturalOrder.INSTANCE);
    for (int i = 1; i < natural.size(); i++) {
      String a = natural.get(i - 1);
      String b = natural.get(i);
      if (a.startsWith("T") && b.startsWith("T")) {
        assertTrue(Integer.parseInt(a.substring(1)) <= Integer.parseInt(b.substring(1)), a + " " + b);
      }
      assertTrue(NaturalOrder.INSTANCE.compare(a, b) <= 0);
      assertEquals(-Integer.signum(NaturalOrder.INSTANCE.compare(a, b)),
          Integer.signum(NaturalOrder.INSTANCE.compare(b, a)));
    }
    assertEquals(0, NaturalOrder.INSTANCE.compare("T000123", "T000123"));
    assertTrue(NaturalOrder.INSTANCE.compare("T12a", "T123") != 0);
  }
}
