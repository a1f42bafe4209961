package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Demographic cuts against R: {@code oracle/cuts/oracle.R} simulated a 7-item survey with
 * tenure, gender and site columns (420 people, 14 teams) and computed each group's figures with
 * {@code t.test(x)}, {@code t.test(x, y)}, {@code p.adjust(p, "holm")} and Cohen's d with the
 * pooled sd, and every team x group cell, from the raw scores. Here the same figures come from
 * per-atom sums merged into groups, cells and "the rest of the organisation".
 */
class CutsOracleTest {
  private static final List<String> COLUMNS = List.of("tenure", "gender", "site");
  private static final List<String> ITEMS = List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6",
      "PS7");
  private static final List<String> REVERSE = List.of("PS1", "PS3", "PS5");
  private static final double TOL = 1e-9;

  private final CutAtoms atoms = new CutAtoms(COLUMNS);
  private final CutAccumulator sums = new CutAccumulator(ITEMS.size(), 6);
  private final CutAccumulator[] halves = {new CutAccumulator(ITEMS.size(), 6),
      new CutAccumulator(ITEMS.size(), 6)};

  CutsOracleTest() {
    int row = 0;
    for (NamedCsvRecord r : Oracle.csv("cuts/responses.csv")) {
      row++;
      double[] keyed = new double[ITEMS.size()];
      int answered = 0;
      double total = 0;
      for (int i = 0; i < keyed.length; i++) {
        String v = r.getField(ITEMS.get(i));
        double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        keyed[i] = REVERSE.contains(ITEMS.get(i)) ? 8 - raw : raw;
        if (!v.isEmpty()) {
          answered++;
          total += keyed[i];
        }
      }
      if (answered < 4) {
        continue; // not scored, as ScaleAccumulator decides
      }
      int[] values = new int[COLUMNS.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = atoms.value(c, r.getField(COLUMNS.get(c)));
      }
      int atom = atoms.atom(atoms.team(r.getField("team")), values);
      sums.add(atom, keyed);
      halves[row % 2].add(atom, keyed);
    }
  }

  @Test
  void groupsAndGapsAgreeWithTTestAndPAdjust() {
    List<NamedCsvRecord> expected = Oracle.csv("cuts/expected-groups.csv");
    assertEquals(4 + 1 + 3 + 1 + 4, expected.size(), "groups in the fixture");
    for (int c = 0; c < COLUMNS.size(); c++) {
      List<String> values = atoms.values(c);
      List<NamedCsvRecord> rows = new ArrayList<>();
      for (NamedCsvRecord e : expected) {
        if (e.getField("by").equals(COLUMNS.get(c))) {
          rows.add(e);
        }
      }
      assertEquals(values.size(), rows.size(), COLUMNS.get(c));
      double[] p = new double[rows.size()];
      double[] pHolm = new double[rows.size()];
      for (int g = 0; g < rows.size(); g++) {
        NamedCsvRecord e = rows.get(g);
        int v = values.indexOf(e.getField("group"));
        String what = COLUMNS.get(c) + "=" + e.getField("group");
        final int col = c;
        GroupScore group = sums.sum(select(a -> atoms.valueOf(a, col) == v)).score(5);
        GroupScore rest = sums.sum(select(a -> atoms.valueOf(a, col) != v)).score(5);
        assertEquals(Long.parseLong(e.getField("n")), group.n(), what);
        assertEquals(num(e, "mean"), group.mean(), TOL, what);
        assertEquals(num(e, "sd"), group.sd(), TOL, what);
        assertEquals(num(e, "ci_lower"), group.ci95().lower(), TOL, what);
        assertEquals(num(e, "ci_upper"), group.ci95().upper(), TOL, what);
        assertEquals(num(e, "favourable"), group.favourable(), TOL, what);
        for (int i = 0; i < ITEMS.size(); i++) {
          assertEquals(num(e, ITEMS.get(i)), group.itemMeans().get(i), TOL, what + " " + i);
        }
        GroupGap gap = GroupGap.of(group, rest);
        assertEquals(num(e, "gap"), gap.difference(), TOL, what);
        assertEquals(num(e, "gap_lower"), gap.ci95().lower(), TOL, what);
        assertEquals(num(e, "gap_upper"), gap.ci95().upper(), TOL, what);
        assertEquals(num(e, "p"), gap.p(), 1e-9, what);
        assertEquals(num(e, "cohens_d"), gap.cohensD(), TOL, what);
        p[g] = gap.p();
        pHolm[g] = num(e, "p_holm");
      }
      double[] adjusted = HolmAdjustment.adjust(p);
      for (int g = 0; g < p.length; g++) {
        assertEquals(pHolm[g], adjusted[g], 1e-9, COLUMNS.get(c) + " Holm " + g);
      }
    }
  }

  @Test
  void teamByGroupCellsAgreeWithR() {
    List<NamedCsvRecord> expected = Oracle.csv("cuts/expected-cells.csv");
    assertEquals(true, expected.size() > 100, "cells in the fixture");
    for (NamedCsvRecord e : expected) {
      int c = COLUMNS.indexOf(e.getField("by"));
      int v = atoms.values(c).indexOf(e.getField("group"));
      int t = atoms.teams().indexOf(e.getField("team"));
      GroupScore cell = sums.sum(select(a -> atoms.teamOf(a) == t && atoms.valueOf(a, c) == v))
          .score(5);
      String what = e.getField("team") + " " + e.getField("by") + "=" + e.getField("group");
      assertEquals(Long.parseLong(e.getField("n")), cell.n(), what);
      assertEquals(num(e, "mean"), cell.mean(), TOL, what);
      assertEquals(num(e, "favourable"), cell.favourable(), TOL, what);
    }
  }

  @Test
  void holmMatchesPAdjustOnTiesMissingAndTheCap() {
    // p.adjust(c(0.01, 0.04, 0.03, NA, 0.04, 0.5), "holm") in R 4.2:
    // 0.05 0.12 0.12 NA 0.12 0.50
    double[] adjusted = HolmAdjustment.adjust(new double[] {0.01, 0.04, 0.03, Double.NaN, 0.04, 0.5});
    double[] r = {0.05, 0.12, 0.12, Double.NaN, 0.12, 0.5};
    for (int i = 0; i < r.length; i++) {
      assertEquals(r[i], adjusted[i], 1e-15, "p " + i);
    }
    assertEquals(1.0, HolmAdjustment.adjust(new double[] {0.6, 0.7})[0], 0);
  }

  @Test
  void perThreadAccumulatorsMergeToTheSameSums() {
    // Odd and even rows in two accumulators (as two threads' batches), merged.
    halves[0].merge(halves[1]);
    for (int a = 0; a < atoms.size(); a++) {
      GroupScore whole = sums.sums(a).score(1);
      GroupScore merged = halves[0].sums(a).score(1);
      assertEquals(whole.n(), merged.n());
      assertEquals(whole.mean(), merged.mean(), 1e-12);
      assertEquals(whole.sd(), merged.sd(), 1e-12);
      assertEquals(whole.favourable(), merged.favourable(), 0);
      assertEquals(whole.itemMeans(), merged.itemMeans());
    }
  }

  private int[] select(java.util.function.IntPredicate p) {
    return IntStream.range(0, atoms.size()).filter(p).toArray();
  }

  private static double num(NamedCsvRecord r, String field) {
    return Double.parseDouble(r.getField(field));
  }
}
