package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Welch interval, Cohen's d and the reliable change index against R. Every expected number was
 * computed once with R 4.2.2 (script below, {@code set.seed(2026)}), printed with
 * {@code sprintf("%.15g")}:
 *
 * <pre>
 *   x &lt;- round(rnorm(12, 4.6, 0.9), 2); y &lt;- round(rnorm(9, 5.1, 0.5), 2)
 *   tt &lt;- t.test(y, x, var.equal = FALSE)      # Welch: estimate, stderr, parameter, statistic, p.value, conf.int
 *   sp &lt;- sqrt(((nx-1)*var(x) + (ny-1)*var(y))/(nx+ny-2)); (mean(y)-mean(x))/sp      # Cohen's d
 *   sdiff &lt;- sqrt(var(x)*(1-a1)/nx + var(y)*(1-a2)/ny); (mean(y)-mean(x))/sdiff     # RCI, a1 = .85, a2 = .78
 *   x2 &lt;- round(rnorm(40, 5.0, 1.1), 3); y2 &lt;- round(rnorm(55, 4.7, 1.3), 3)          # case 2, a1 = .90, a2 = .88
 * </pre>
 */
class WaveChangeStatisticsTest {
  static final double[] X = {5.07, 3.63, 4.73, 4.52, 4.00, 2.34, 3.94, 3.68, 4.70, 4.17, 4.23, 3.94};
  static final double[] Y = {4.99, 4.99, 3.83, 5.77, 5.41, 5.21, 4.70, 5.44, 4.94};

  // case 2 as summaries (n, mean, sd from R's mean() and sd())
  static final long N1 = 40;
  static final double M1 = 5.03975;
  static final double S1 = 1.0003174303882;
  static final long N2 = 55;
  static final double M2 = 4.51554545454545;
  static final double S2 = 1.39642119054895;

  private static RunningStats stats(double[] v) {
    RunningStats s = new RunningStats();
    for (double x : v) {
      s.add(x);
    }
    return s;
  }

  @Test
  void welchMatchesRTtestOnRawData() {
    RunningStats x = stats(X);
    RunningStats y = stats(Y);
    assertEquals(4.07916666666667, x.mean(), 1e-12);
    assertEquals(0.70368456690265, x.sd(), 1e-12);
    WelchInterval w = WelchInterval.of(x.count(), x.mean(), x.sd(), y.count(), y.mean(), y.sd(), 0.95);
    assertEquals(0.951944444444445, w.difference(), 1e-12);
    assertEquals(0.274462118087125, w.se(), 1e-12);
    assertEquals(18.9246093204665, w.df(), 1e-9);
    assertEquals(3.46840012413757, w.t(), 1e-9);
    assertEquals(0.00258526983691887, w.p(), 1e-9);
    assertEquals(0.377333699185303, w.ci().lower(), 1e-9);
    assertEquals(1.52655518970359, w.ci().upper(), 1e-9);
  }

  @Test
  void welchMatchesRTtestForADecrease() {
    WelchInterval w = WelchInterval.of(N1, M1, S1, N2, M2, S2, 0.95);
    assertEquals(-0.524204545454546, w.difference(), 1e-12);
    assertEquals(0.245907048718876, w.se(), 1e-12);
    assertEquals(92.9877397961663, w.df(), 1e-8);
    assertEquals(-2.1317182577138, w.t(), 1e-9);
    assertEquals(0.0356664884519042, w.p(), 1e-9);
    assertEquals(-1.01252805747133, w.ci().lower(), 1e-9);
    assertEquals(-0.0358810334377587, w.ci().upper(), 1e-9);
  }

  @Test
  void welchIsUndefinedWithoutSpreadOrPeople() {
    WelchInterval w = WelchInterval.of(1, 4, Double.NaN, 9, 5, 1, 0.95);
    assertEquals(1, w.difference(), 0);
    assertTrue(Double.isNaN(w.ci().lower()));
    assertTrue(Double.isNaN(WelchInterval.of(5, 4, 0, 5, 5, 0, 0.95).df()));
  }

  @Test
  void cohensDMatchesThePooledSdFormulaInR() {
    RunningStats x = stats(X);
    RunningStats y = stats(Y);
    assertEquals(1.47634000464142, CohensD.of(x.count(), x.mean(), x.sd(), y.count(), y.mean(), y.sd()), 1e-12);
    assertEquals(-0.420796838228683, CohensD.of(N1, M1, S1, N2, M2, S2), 1e-12);
    assertTrue(Double.isNaN(CohensD.of(3, 4, 0, 3, 5, 0)));
  }

  @Test
  void reliableChangeMatchesTheDefinitionComputedInR() {
    RunningStats x = stats(X);
    RunningStats y = stats(Y);
    ReliableChange rc = ReliableChange.of(x.count(), x.sd(), 0.85, y.count(), y.sd(), 0.78,
        y.mean() - x.mean());
    assertEquals(0.116978531285471, rc.sDiff(), 1e-12);
    assertEquals(8.13777052920374, rc.index(), 1e-9);
    assertTrue(rc.beyondError());
    ReliableChange down = ReliableChange.of(N1, S1, 0.90, N2, S2, 0.88, M2 - M1);
    assertEquals(0.0821955942395096, down.sDiff(), 1e-12);
    assertEquals(-6.3775260742938, down.index(), 1e-9);
    assertTrue(down.beyondError());
  }

  @Test
  void reliableChangeReducesToJacobsonTruaxForEqualWaves() {
    // Jacobson & Truax (1991): S_diff = sqrt(2 SE^2), SE = s sqrt(1 - r); here per mean of n.
    double se = 1.2 * Math.sqrt(1 - 0.8) / Math.sqrt(10);
    ReliableChange rc = ReliableChange.of(10, 1.2, 0.8, 10, 1.2, 0.8, 0.2);
    assertEquals(Math.sqrt(2 * se * se), rc.sDiff(), 1e-15);
    assertEquals(0.2 / Math.sqrt(2 * se * se), rc.index(), 1e-12);
    assertFalse(rc.beyondError()); // 0.2 / 0.2400 = 0.83 < 1.96
  }

  @Test
  void reliableChangeIsUndefinedWithoutAPositiveAlpha() {
    ReliableChange rc = ReliableChange.of(10, 1, -0.2, 10, 1, 0.8, 1.0);
    assertTrue(Double.isNaN(rc.index()));
    assertFalse(rc.beyondError());
  }

  /** R: {@code p.adjust(c(0.01, 0.04, NA, 0.03, 0.005, 0.2, 0.04), "holm")}. */
  @Test
  void holmMatchesPAdjust() {
    double[] adj = HolmAdjustment.adjust(new double[] {0.01, 0.04, Double.NaN, 0.03, 0.005, 0.2,
        0.04});
    double[] r = {0.05, 0.12, Double.NaN, 0.12, 0.03, 0.2, 0.12};
    for (int i = 0; i < r.length; i++) {
      assertEquals(r[i], adj[i], 1e-15, "p " + i);
    }
  }
}
