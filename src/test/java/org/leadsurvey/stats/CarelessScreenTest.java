package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadsurvey.stats.CarelessScreen.Rule;

/**
 * Careless-responding indices against R. src/test/resources/screening/respondents.csv holds 60
 * simulated attentive respondents and three hand-made careless ones (a straight-liner, a random
 * responder, a speeder); expected.csv was computed from it with R 4.2.2 base stats by
 * make_expected.R beside them (rle, sd, mahalanobis(x, colMeans(x), cov(x)),
 * pchisq(d2, 7, lower.tail = FALSE), median).
 */
class CarelessScreenTest {
  static final boolean[] REVERSE = {true, false, true, false, true, false, false};
  static final CarelessScreen.Thresholds DEFAULTS = new CarelessScreen.Thresholds(7, 0.5, 0.001, 3, 0.5);

  record Row(String id, double[] answers, double seconds) {}

  static List<String[]> csv(String name) throws IOException {
    try (InputStream in = CarelessScreenTest.class.getResourceAsStream("/screening/" + name)) {
      List<String[]> rows = new ArrayList<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .forEach(l -> rows.add(l.split(",")));
      return rows;
    }
  }

  static List<Row> respondents() throws IOException {
    List<Row> out = new ArrayList<>();
    for (String[] f : csv("respondents.csv")) {
      double[] a = new double[7];
      for (int i = 0; i < 7; i++) {
        a[i] = Double.parseDouble(f[i + 1]);
      }
      out.add(new Row(f[0], a, Double.parseDouble(f[8])));
    }
    return out;
  }

  @Test
  void indicesMatchR() throws IOException {
    List<Row> rows = respondents();
    List<String[]> expected = csv("expected.csv");
    MahalanobisDistance m = new MahalanobisDistance(7);
    SecondsMedian median = new SecondsMedian();
    rows.forEach(r -> {
      m.add(r.answers());
      median.add(r.seconds());
    });
    MahalanobisDistance.Fitted fit = m.fit();
    assertEquals(63, fit.rows());
    int[] all = {0, 1, 2, 3, 4, 5, 6};
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String[] e = expected.get(i);
      assertEquals(e[0], r.id());
      assertEquals(Integer.parseInt(e[1]), Longstring.of(r.answers()), r.id());
      assertEquals(Double.parseDouble(e[2]), ResponseVariability.of(r.answers()), 1e-12, r.id());
      double d2 = fit.d2(r.answers());
      assertEquals(Double.parseDouble(e[3]), d2, 1e-9, r.id());
      assertEquals(Double.parseDouble(e[4]), fit.p(d2), 1e-9, r.id());
      double[] keyed = r.answers().clone();
      for (int j = 0; j < 7; j++) {
        keyed[j] = REVERSE[j] ? 8 - keyed[j] : keyed[j];
      }
      assertEquals(Double.parseDouble(e[5]), KeyedInconsistency.of(keyed, all, REVERSE), 1e-12, r.id());
      assertEquals(Double.parseDouble(e[6]), median.median(), 0, "median seconds");
    }
  }

  @Test
  void handMadeCarelessRespondentsAreFlaggedByTheRightRules() throws IOException {
    List<Row> rows = respondents();
    MahalanobisDistance m = new MahalanobisDistance(7);
    SecondsMedian median = new SecondsMedian();
    rows.forEach(r -> {
      m.add(r.answers());
      median.add(r.seconds());
    });
    CarelessScreen screen = new CarelessScreen(DEFAULTS, 1, 7, REVERSE, new int[][] {{0, 1, 2, 3, 4, 5, 6}},
        m.fit(), median.median());
    Map<String, Integer> flags = new java.util.HashMap<>();
    rows.forEach(r -> flags.put(r.id(), screen.screen(r.answers(), r.seconds())));

    int straight = flags.get("straight");
    assertTrue(CarelessScreen.has(straight, Rule.LONGSTRING));
    assertTrue(CarelessScreen.has(straight, Rule.IRV));
    assertTrue(CarelessScreen.has(straight, Rule.MAHALANOBIS));
    assertTrue(CarelessScreen.has(straight, Rule.INCONSISTENCY));
    assertFalse(CarelessScreen.has(straight, Rule.SPEEDER));
    assertEquals(1 << Rule.MAHALANOBIS.ordinal(), flags.get("random"));
    assertEquals(1 << Rule.SPEEDER.ordinal(), flags.get("speeder"));

    // The counts follow from R's indices and the thresholds (expected.csv).
    long[] byRule = new long[5];
    long flagged = 0;
    for (String[] e : csv("expected.csv")) {
      double secs = rows.stream().filter(r -> r.id().equals(e[0])).findFirst().orElseThrow().seconds();
      boolean[] f = {Integer.parseInt(e[1]) >= 7, Double.parseDouble(e[2]) < 0.5,
          Double.parseDouble(e[4]) < 0.001, Double.parseDouble(e[5]) >= 3,
          secs < 0.5 * Double.parseDouble(e[6])};
      boolean any = false;
      for (int i = 0; i < 5; i++) {
        byRule[i] += f[i] ? 1 : 0;
        any |= f[i];
      }
      flagged += any ? 1 : 0;
    }
    CarelessScreen.Counts c = screen.counts();
    assertEquals(63, c.screened());
    assertEquals(flagged, c.flagged());
    for (Rule r : Rule.values()) {
      assertEquals(byRule[r.ordinal()], c.byRule().get(r), r.key());
    }
    assertEquals(305 * 0.5, c.speederLimitSeconds(), 0);
  }

  @Test
  void longstringBreaksRunsAtMissingAnswers() {
    assertEquals(3, Longstring.of(new double[] {1, 1, 1, Double.NaN, 2, 2}));
    assertEquals(2, Longstring.of(new double[] {4, 4, Double.NaN, 4, 4}));
    assertEquals(0, Longstring.of(new double[] {Double.NaN, Double.NaN}));
  }

  @Test
  void rulesThatCannotApplyAreNotCounted() {
    CarelessScreen screen = new CarelessScreen(DEFAULTS, 1, 5, new boolean[] {false, false, false},
        new int[][] {{0, 1, 2}}, null, Double.NaN);
    screen.screen(new double[] {3, 3, 3}, Double.NaN);
    CarelessScreen.Counts c = screen.counts();
    assertEquals(Set.of(Rule.LONGSTRING, Rule.IRV), c.applied());
    assertEquals(1, c.flagged());
    assertNull(c.byRule().get(Rule.SPEEDER));
  }

  @Test
  void medianOfWholeSecondsIsExact() {
    SecondsMedian m = new SecondsMedian();
    assertTrue(Double.isNaN(m.median()));
    for (double s : new double[] {10, 40, 20, 30, 100_000}) {
      m.add(s);
    }
    assertEquals(30, m.median(), 0);
    m.add(50);
    assertEquals(35, m.median(), 0); // R: median(c(10, 20, 30, 40, 50, 1e5)) = 35
  }

  @Test
  void singularCovarianceUsesThePseudoInverse() {
    MahalanobisDistance m = new MahalanobisDistance(2);
    for (int rep = 0; rep < 10; rep++) {
      for (double[] x : new double[][] {{1, 4}, {2, 4}, {3, 4}, {4, 4}}) {
        m.add(x);
      }
    }
    // R: x <- rep(1:4, 10); MASS::ginv(cov(cbind(x, 4))) = diag(c(1 / var(x), 0)), var(x) = 50 / 39;
    // d2 of (4, 4) = 1.5^2 / var(x)
    assertEquals(2.25 / (50.0 / 39), m.fit().d2(new double[] {4, 4}), 1e-12);
    assertNull(new MahalanobisDistance(7).fit(), "too few rows");
  }
}
