package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The span of the shown totals over the non-empty atoms, by sparse elimination modulo 2^61 - 1
 * (team blocks first, then the totals that span teams), and its recoverable small sets: see
 * {@link CutProtection} for why the big atoms come first and what is searched.
 */
final class CutSpan {
  /** Search steps from one row before giving up on it and hiding conservatively. */
  private static final int BUDGET = 20_000;

  private final int k;
  private final int columns;
  private final long[] colN;
  private final int firstSmall;
  /** Echelon basis: per row its columns (ascending, the pivot first) and values. */
  private final List<int[]> rowCols = new ArrayList<>();
  private final List<long[]> rowVals = new ArrayList<>();
  /** Per row, the totals it is a combination of: (id, coefficient) pairs. */
  private final List<long[]> rowHist = new ArrayList<>();
  private final int[] pivotRow;
  private final long[] acc;
  private final long[] hacc;
  private final boolean[] marked;
  private final int[] touched;
  private int touchedSize;

  CutSpan(CutProtection.Layout layout, CutProtection.Totals totals, boolean[] shown, int k) {
    this.k = k;
    long[] atomN = layout.atomN();
    int[] atomTeam = layout.atomTeam();
    // Columns: non-empty atoms, big ones (k or more) first, then by team, so that a team's
    // columns form two runs.
    List<Integer> atoms = new ArrayList<>();
    for (int a = 0; a < atomN.length; a++) {
      if (atomN[a] > 0) {
        atoms.add(a);
      }
    }
    atoms.sort((x, y) -> {
      boolean sx = atomN[x] < k;
      boolean sy = atomN[y] < k;
      if (sx != sy) {
        return sx ? 1 : -1;
      }
      return atomTeam[x] != atomTeam[y] ? Integer.compare(atomTeam[x], atomTeam[y])
          : Integer.compare(x, y);
    });
    columns = atoms.size();
    colN = new long[columns];
    int small = columns;
    for (int j = 0; j < columns; j++) {
      colN[j] = atomN[atoms.get(j)];
      if (colN[j] < k && small == columns) {
        small = j;
      }
    }
    firstSmall = small;
    pivotRow = new int[columns];
    Arrays.fill(pivotRow, -1);
    acc = new long[columns];
    hacc = new long[totals.size];
    marked = new boolean[totals.size];
    touched = new int[totals.size];

    // Each shown total's columns, ascending.
    int[] count = new int[totals.size];
    int[][] ofAtom = new int[columns][];
    for (int j = 0; j < columns; j++) {
      ofAtom[j] = totals.of(layout, atoms.get(j));
      for (int id : ofAtom[j]) {
        count[id]++;
      }
    }
    int[][] members = new int[totals.size][];
    for (int id = 0; id < totals.size; id++) {
      members[id] = shown[id] ? new int[count[id]] : null;
      count[id] = 0;
    }
    for (int j = 0; j < columns; j++) {
      for (int id : ofAtom[j]) {
        if (members[id] != null) {
          members[id][count[id]++] = j;
        }
      }
    }
    // A team's ranges of columns: [big start, big end) and [small start, small end).
    int teams = layout.teams();
    int[][] range = new int[teams][4];
    for (int[] r : range) {
      r[0] = r[2] = Integer.MAX_VALUE;
      r[1] = r[3] = -1;
    }
    for (int j = 0; j < columns; j++) {
      int t = atomTeam[atoms.get(j)];
      if (t >= 0) {
        int s = j < firstSmall ? 0 : 2;
        range[t][s] = Math.min(range[t][s], j);
        range[t][s + 1] = Math.max(range[t][s + 1], j + 1);
      }
    }
    // Team blocks first (a team and its cells), then the totals that span teams.
    for (int t = 0; t < teams; t++) {
      int[] r = range[t];
      int[] ranges = {r[1] < 0 ? 0 : r[0], Math.max(r[1], 0), r[3] < 0 ? 0 : r[2],
          Math.max(r[3], 0)};
      add(members[totals.team(t)], totals.team(t), ranges);
      if (layout.crossTeams()) {
        for (int g = 0; g < totals.groups; g++) {
          add(members[totals.cell(t, g)], totals.cell(t, g), ranges);
        }
      }
    }
    int[] all = {0, columns};
    add(members[CutProtection.Totals.ORGANISATION], CutProtection.Totals.ORGANISATION, all);
    for (int g = 0; g < totals.groups; g++) {
      add(members[totals.group(g)], totals.group(g), all);
    }
  }

  /** Adds a shown total's row (null: not shown), reduced within the given column ranges. */
  private void add(int[] cols, int id, int[] ranges) {
    if (cols == null || cols.length == 0) {
      return;
    }
    for (int j : cols) {
      acc[j] = 1;
    }
    touchedSize = 0;
    hist(id, 1);
    int pivot = -1;
    List<Integer> restCols = new ArrayList<>();
    for (int r = 0; r < ranges.length; r += 2) {
      for (int j = ranges[r]; j < ranges[r + 1]; j++) {
        long v = acc[j];
        if (v == 0) {
          continue;
        }
        int row = pivotRow[j];
        if (pivot < 0 && row >= 0) {
          long f = v;
          int[] rc = rowCols.get(row);
          long[] rv = rowVals.get(row);
          for (int i = 0; i < rc.length; i++) {
            acc[rc[i]] = ModP.minus(acc[rc[i]], ModP.mul(f, rv[i]));
          }
          long[] h = rowHist.get(row);
          for (int i = 0; i < h.length; i += 2) {
            hist((int) h[i], ModP.P - ModP.mul(f, h[i + 1]));
          }
        } else {
          if (pivot < 0) {
            pivot = j;
          }
          restCols.add(j);
        }
      }
    }
    if (pivot < 0) {
      clearHist();
      return; // already in the span
    }
    long inv = ModP.inverse(acc[pivot]);
    int[] rc = new int[restCols.size()];
    long[] rv = new long[rc.length];
    for (int i = 0; i < rc.length; i++) {
      rc[i] = restCols.get(i);
      rv[i] = ModP.mul(acc[rc[i]], inv);
      acc[rc[i]] = 0;
    }
    long[] h = takeHist();
    for (int i = 1; i < h.length; i += 2) {
      h[i] = ModP.mul(h[i], inv);
    }
    pivotRow[pivot] = rowCols.size();
    rowCols.add(rc);
    rowVals.add(rv);
    rowHist.add(h);
  }

  /** The derivation summed in the scratch, as (total, coefficient) pairs by total; cleared. */
  private long[] takeHist() {
    long[] h = new long[2 * touchedSize];
    int m = 0;
    Arrays.sort(touched, 0, touchedSize);
    for (int i = 0; i < touchedSize; i++) {
      int t = touched[i];
      if (hacc[t] != 0) {
        h[m++] = t;
        h[m++] = hacc[t];
      }
    }
    clearHist();
    return Arrays.copyOf(h, m);
  }

  private void hist(int id, long v) {
    if (!marked[id]) {
      marked[id] = true;
      touched[touchedSize++] = id;
    }
    hacc[id] = ModP.plus(hacc[id], v);
  }

  private void clearHist() {
    for (int i = 0; i < touchedSize; i++) {
      hacc[touched[i]] = 0;
      marked[touched[i]] = false;
    }
    touchedSize = 0;
  }

  /**
   * Derivations (total id, coefficient pairs) of recoverable small sets: at least one for
   * every independent part of U that holds one; empty when none exists.
   */
  List<long[]> recoverable() {
    // U: the rows whose pivots are small atoms, in reduced echelon form among themselves.
    List<Integer> u = new ArrayList<>();
    for (int j = firstSmall; j < columns; j++) {
      if (pivotRow[j] >= 0) {
        u.add(pivotRow[j]);
      }
    }
    if (u.isEmpty()) {
      return List.of();
    }
    int size = u.size();
    int[][] cols = new int[size][];
    long[][] vals = new long[size][];
    long[][] hist = new long[size][];
    int[] uOfCol = new int[columns];
    Arrays.fill(uOfCol, -1);
    for (int i = 0; i < size; i++) {
      cols[i] = rowCols.get(u.get(i));
      vals[i] = rowVals.get(u.get(i));
      hist[i] = rowHist.get(u.get(i));
      uOfCol[cols[i][0]] = i;
    }
    // Back substitution, from the last pivot down: a row is reduced by final rows only, and
    // those hold no other pivots, so fill-in never lands on a pivot column and a row's
    // entries at pivots are its original ones. Scratch arrays keep long rows linear.
    long[] sum = new long[columns];
    int[] hit = new int[columns];
    boolean[] seen = new boolean[columns];
    for (int i = size - 1; i >= 0; i--) {
      int[] c = cols[i];
      long[] v = vals[i];
      boolean holds = false;
      for (int e = 1; e < c.length && !holds; e++) {
        holds = uOfCol[c[e]] >= 0;
      }
      if (!holds) {
        continue;
      }
      int hits = 0;
      touchedSize = 0;
      for (int e = 0; e < c.length; e++) {
        sum[c[e]] = v[e];
        seen[c[e]] = true;
        hit[hits++] = c[e];
      }
      long[] h = hist[i];
      for (int e = 0; e < h.length; e += 2) {
        hist((int) h[e], h[e + 1]);
      }
      for (int e = 1; e < c.length; e++) {
        int r = uOfCol[c[e]];
        if (r < 0) {
          continue;
        }
        long f = v[e];
        sum[c[e]] = 0;
        for (int x = 1; x < cols[r].length; x++) {
          int j = cols[r][x];
          if (!seen[j]) {
            seen[j] = true;
            hit[hits++] = j;
          }
          sum[j] = ModP.minus(sum[j], ModP.mul(f, vals[r][x]));
        }
        long[] hr = hist[r];
        for (int x = 0; x < hr.length; x += 2) {
          hist((int) hr[x], ModP.P - ModP.mul(f, hr[x + 1]));
        }
      }
      Arrays.sort(hit, 0, hits);
      int m = 0;
      int[] oc = new int[hits];
      long[] ov = new long[hits];
      for (int x = 0; x < hits; x++) {
        int j = hit[x];
        if (sum[j] != 0) {
          oc[m] = j;
          ov[m++] = sum[j];
        }
        sum[j] = 0;
        seen[j] = false;
      }
      cols[i] = Arrays.copyOf(oc, m);
      vals[i] = Arrays.copyOf(ov, m);
      hist[i] = takeHist();
    }
    return new Search(cols, vals, hist).run();
  }

  /**
   * Sets of at most k - 1 of U's rows whose sum is 0/1 with 1 to k - 1 people. From each row,
   * rows are added while the sum is not such a vector, branching only where a solution must
   * go: when some entry is neither 0 nor 1, on the rows that touch the first such column
   * (one of them must be in the set); when the sum is 0/1 but holds too many people, on the
   * rows that overlap at least 1/s of the excess people, s being the rows still to add (an
   * entry leaves the sum only through a row that touches it, so one of the rows added must
   * overlap that much). A pivot is in its row only, so the people at the pivots of the rows
   * taken never leave the sum: they bound the search too.
   */
  private final class Search {
    private final int[][] cols;
    private final long[][] vals;
    private final long[][] hist;
    private final int[][] rowsOfCol;
    /** Scratch: people each row overlaps the current sum with, and the rows touched. */
    private final long[] overlap;
    private final int[] overlapRows;
    /**
     * Rows by people, most first: a set is sought only from its first row in this order, so a
     * light row's search never takes in a heavy row (whose own search covers those sets).
     */
    private final int[] rank;
    private int steps;

    Search(int[][] cols, long[][] vals, long[][] hist) {
      this.cols = cols;
      this.vals = vals;
      this.hist = hist;
      this.overlap = new long[cols.length];
      this.overlapRows = new int[cols.length];
      long[] weight = new long[cols.length];
      Integer[] order = new Integer[cols.length];
      for (int r = 0; r < cols.length; r++) {
        order[r] = r;
        for (int j : cols[r]) {
          weight[r] += colN[j];
        }
      }
      Arrays.sort(order, (a, b) -> weight[a] != weight[b] ? Long.compare(weight[b], weight[a])
          : Integer.compare(a, b));
      this.rank = new int[cols.length];
      for (int i = 0; i < order.length; i++) {
        rank[order[i]] = i;
      }
      int[] count = new int[columns];
      for (int[] c : cols) {
        for (int i = 1; i < c.length; i++) {
          count[c[i]]++;
        }
      }
      rowsOfCol = new int[columns][];
      for (int j = 0; j < columns; j++) {
        rowsOfCol[j] = new int[count[j]];
        count[j] = 0;
      }
      for (int r = 0; r < cols.length; r++) {
        for (int i = 1; i < cols[r].length; i++) {
          int j = cols[r][i];
          rowsOfCol[j][count[j]++] = r;
        }
      }
    }

    List<long[]> run() {
      List<long[]> found = new ArrayList<>();
      for (int root = 0; root < cols.length; root++) {
        steps = 0;
        List<Integer> used = new ArrayList<>(List.of(root));
        long[] d = grow(cols[root], vals[root], used, colN[cols[root][0]]);
        if (d != null) {
          found.add(d);
        }
      }
      return found;
    }

    /**
     * @param c the current sum's columns
     * @param v its values
     * @param used the rows summed
     * @param pivots people at their pivots (always in the sum)
     * @return the derivation of a recoverable set, or null
     */
    private long[] grow(int[] c, long[] v, List<Integer> used, long pivots) {
      long ones = 0;
      long bad = 0;
      int firstBad = -1;
      for (int i = 0; i < c.length; i++) {
        if (v[i] == 1) {
          ones += colN[c[i]];
        } else {
          bad += colN[c[i]];
          firstBad = firstBad < 0 ? c[i] : firstBad;
        }
      }
      if (firstBad < 0 && ones < k) {
        long[] h = hist[used.get(0)];
        for (int i = 1; i < used.size(); i++) {
          h = ModP.axpyHist(h, 1, hist[used.get(i)]);
        }
        return h;
      }
      int left = k - 1 - used.size();
      if (left <= 0) {
        return null;
      }
      if (++steps > BUDGET) {
        return hist[used.get(0)]; // too entangled to settle: hide conservatively
      }
      // People that must leave the sum: every entry that is not 0/1, and the excess of 1s.
      long needed = bad + Math.max(0, ones - (k - 1));
      int touchedRows = 0;
      for (int j : c) {
        for (int r : rowsOfCol[j]) {
          if (overlap[r] == 0) {
            overlapRows[touchedRows++] = r;
          }
          overlap[r] += colN[j];
        }
      }
      for (int r : used) {
        overlap[r] = 0; // used rows are no candidates (their entries stay touched)
      }
      long[] best = new long[touchedRows];
      for (int i = 0; i < touchedRows; i++) {
        best[i] = overlap[overlapRows[i]];
      }
      Arrays.sort(best);
      long reach = 0;
      for (int i = best.length - 1; i >= 0 && i >= best.length - left; i--) {
        reach += best[i];
      }
      int[] candidates = new int[touchedRows];
      int m = 0;
      for (int i = 0; i < touchedRows; i++) {
        int r = overlapRows[i];
        if (overlap[r] > 0 && overlap[r] * left >= needed) {
          candidates[m++] = r;
        }
        overlap[r] = 0;
      }
      if (reach < needed) {
        return null;
      }
      candidates = Arrays.copyOf(candidates, m);
      Arrays.sort(candidates);
      if (firstBad >= 0 && rowsOfCol[firstBad].length < candidates.length) {
        candidates = rowsOfCol[firstBad];
      }
      for (int w : candidates) {
        if (rank[w] < rank[used.get(0)] || used.contains(w)
            || pivots + colN[cols[w][0]] > k - 1) {
          continue;
        }
        long[][] sum = ModP.axpy(c, v, 1, cols[w], vals[w]);
        used.add(w);
        long[] d = grow(ModP.toInts(sum[0]), sum[1], used, pivots + colN[cols[w][0]]);
        used.remove(used.size() - 1);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
  }

}
