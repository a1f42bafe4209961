package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;

/**
 * The organisation's answer counts per item and reported teams' item means, which the HTML
 * report draws. Expected values are counted directly from {@code oracle/acme-psafety/responses.csv}
 * in this test (keyed as {@code 8 - raw} for PS1, PS3, PS5), independently of the accumulator.
 */
class ItemBreakdownTest {
  private static final Oracle.Survey ACME = Oracle.Survey.ACME;

  private static double[] keyed(NamedCsvRecord r) {
    double[] x = new double[ACME.items().size()];
    for (int i = 0; i < x.length; i++) {
      String v = r.getField(ACME.items().get(i));
      double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
      x[i] = ACME.reverse().contains(ACME.items().get(i)) ? 8 - raw : raw;
    }
    return x;
  }

  @Test
  void frequenciesCountEveryKeyedAnswerOfTheOrganisation() {
    long[][] expected = new long[7][7];
    for (NamedCsvRecord r : Oracle.csv("acme-psafety/responses.csv")) {
      double[] x = keyed(r);
      for (int i = 0; i < 7; i++) {
        if (!Double.isNaN(x[i])) {
          expected[i][(int) x[i] - 1]++;
        }
      }
    }
    ScaleStatistics result = ACME.accumulate(MissingPolicy.PAIRWISE).statistics(5, true);
    assertEquals(7, result.frequencies().size());
    for (int i = 0; i < 7; i++) {
      ItemFrequency f = result.frequencies().get(i);
      assertEquals(ACME.items().get(i), f.item());
      assertEquals(1, f.min());
      for (int option = 1; option <= 7; option++) {
        assertEquals(expected[i][option - 1], f.count(option), f.item() + " option " + option);
      }
      // the same answers as the item statistics (psych::alpha's n, oracle expected-items.csv)
      assertEquals(result.reliability().items().get(i).n(), f.n(), f.item());
    }
    // PS1 is reverse keyed: a raw 7 counts as keyed 1
    long raw7 = Oracle.csv("acme-psafety/responses.csv").stream()
        .filter(r -> r.getField("PS1").equals("7")).count();
    assertEquals(raw7, result.frequencies().get(0).count(1));
  }

  @Test
  void listwiseFrequenciesCountCompleteRowsOnly() {
    ScaleStatistics result = ACME.accumulate(MissingPolicy.LISTWISE).statistics(5, true);
    for (ItemFrequency f : result.frequencies()) {
      assertEquals(result.complete(), f.n(), f.item());
    }
  }

  @Test
  void noFrequenciesWhenTooFewPeopleForAnyScore() {
    NamedAccumulator acc = new NamedAccumulator(List.of("a", "b"), 1, 5, MissingPolicy.PAIRWISE);
    acc.add("x", new double[] {1, 2});
    acc.add("x", new double[] {5, 4});
    ScaleResult result = Disclosure.publish(acc.statistics(5, true), 5);
    assertEquals(null, result.organisation());
    assertTrue(result.frequencies().isEmpty());
    assertEquals(null, result.reliability());
    assertEquals(List.of("a", "b"), result.hiddenItems());
  }

  @Test
  void reportedTeamsCarryItemMeansOfTheirScoredMembers() {
    // scored members answered at least 4 of the 7 items
    Map<String, double[]> sums = new HashMap<>();
    Map<String, long[]> counts = new HashMap<>();
    for (NamedCsvRecord r : Oracle.csv("acme-psafety/responses.csv")) {
      double[] x = keyed(r);
      long answered = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).count();
      if (answered < 4) {
        continue;
      }
      double[] s = sums.computeIfAbsent(r.getField("team"), t -> new double[7]);
      long[] c = counts.computeIfAbsent(r.getField("team"), t -> new long[7]);
      for (int i = 0; i < 7; i++) {
        if (!Double.isNaN(x[i])) {
          s[i] += x[i];
          c[i]++;
        }
      }
    }
    ScaleResult result = Disclosure.publish(
        ACME.accumulate(MissingPolicy.PAIRWISE).statistics(5, true), 5);
    int reported = 0;
    int tooFew = 0;
    for (TeamResult t : result.teams()) {
      if (!(t instanceof TeamResult.Reported rep)) {
        continue;
      }
      reported++;
      List<Double> means = rep.score().itemMeans();
      assertEquals(7, means.size());
      for (int i = 0; i < 7; i++) {
        long n = counts.get(t.team())[i];
        if (n < 5) {
          assertTrue(means.get(i).isNaN(), t.team() + " item " + i + " has " + n + " answers");
          tooFew++;
        } else {
          assertEquals(sums.get(t.team())[i] / n, means.get(i), 1e-12, t.team() + " item " + i);
        }
      }
    }
    assertEquals(38, reported);
    // acme has 3% missing answers: some 5-person teams have an item with only 4 answers
    assertTrue(tooFew > 0, "the data should exercise the too-few-answers rule");
    assertEquals(7, result.organisation().itemMeans().size());
  }
}
