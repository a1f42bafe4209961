package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which groups and team x group cells of a run with demographic cuts to hide, so that from
 * every total the run publishes (the organisation, the shown teams, the shown groups of every
 * cut column and the shown cells) no set of 1 to {@code k - 1} people has a total that adding
 * and subtracting published totals gives.
 *
 * <p>Every total is a sum of atoms (team x one value of every column, {@code CutAtoms}), and the
 * people of an atom are in exactly the same totals, so a recoverable set of people is a union
 * of atoms S whose indicator vector lies in the span V of the published totals' vectors. With
 * fewer than k people, S holds only small atoms (fewer than k people each). So the test is on
 * U, the published combinations that vanish on every atom of k or more: eliminating with the
 * big atoms' columns first leaves a basis of U in the rows whose pivots are small atoms; in
 * reduced echelon form, a vector of U is the sum of the rows at whose pivots it is 1, so a
 * recoverable S is the sum of at most k - 1 such rows that comes out 0/1 with fewer than k
 * people. {@link Span.Search} looks for such sums, branching only where a solution must go.
 * Arithmetic is exact, modulo the prime p = 2^61 - 1: a set recoverable over the rationals is
 * recoverable modulo p unless p divides a determinant of the published 0/1 matrix (about one
 * chance in 2^61 per determinant); a set recoverable only modulo p just hides more.
 *
 * <p>Structure keeps this fast: team and cell totals touch one team's atoms, so they are
 * eliminated team by team (independent blocks, in sparse rows); only the organisation and the
 * groups span teams. 100,000 people in 1,000 teams with three columns of five values and cells
 * (about 27,000 atoms): about 0.5 s of CPU for three rounds ({@code CutsBench}).
 *
 * <p>Primary suppression hides groups and cells of 1 to k - 1 people, and every cell of a hidden
 * team. Teams are decided beforehand ({@link Suppression}, as a run without cuts decides them,
 * so the two runs agree) and the organisation is published; both are safe on their own. While a
 * recoverable set exists, the smallest shown cell (else group) that its derivation uses is
 * hidden (secondary suppression), and the test runs again; with every group and cell hidden
 * only the safe teams remain, so this ends.
 */
final class CutProtection {
  static final long P = (1L << 61) - 1;
  /** Search steps from one row before giving up on it and hiding conservatively. */
  private static final int BUDGET = 20_000;

  /**
   * The atoms and which totals a run may publish.
   *
   * @param atomN scored people per atom (0: an empty atom, ignored)
   * @param atomTeam each atom's team, -1 for no team
   * @param atomValue {@code [column][atom]}: each atom's value number per column
   * @param values number of values of each column
   * @param teamShown whether each team's own total is published
   * @param crossTeams whether team x group cells are published
   */
  record Layout(long[] atomN, int[] atomTeam, int[][] atomValue, int[] values,
      boolean[] teamShown, boolean crossTeams) {

    int teams() {
      return teamShown.length;
    }
  }

  /**
   * What to hide.
   *
   * @param groupHidden per group ({@link Totals#group}), whether it is hidden
   * @param cellHidden per cell ({@link Totals#cell}), whether it is hidden (all when cells are
   *     not published)
   * @param protecting groups and cells hidden only to protect others (secondary)
   */
  record Decision(boolean[] groupHidden, boolean[] cellHidden, int protecting) {}

  private CutProtection() {}

  static Decision decide(Layout layout, int k) {
    Totals totals = new Totals(layout);
    boolean[] shown = new boolean[totals.size];
    shown[Totals.ORGANISATION] = true;
    for (int t = 0; t < layout.teams(); t++) {
      shown[totals.team(t)] = layout.teamShown()[t];
    }
    for (int g = 0; g < totals.groups; g++) {
      shown[totals.group(g)] = totals.n[totals.group(g)] >= k;
    }
    if (layout.crossTeams()) {
      for (int t = 0; t < layout.teams(); t++) {
        for (int g = 0; g < totals.groups; g++) {
          shown[totals.cell(t, g)] = layout.teamShown()[t] && totals.n[totals.cell(t, g)] >= k;
        }
      }
    }
    int protecting = 0;
    while (true) {
      List<long[]> found = new Span(layout, totals, shown, k).recoverable();
      if (found.isEmpty()) {
        break;
      }
      boolean[] hiddenNow = new boolean[totals.size];
      for (long[] derivation : found) {
        int pick = pick(totals, shown, derivation, hiddenNow);
        if (pick == -2) {
          continue; // this round already hid a total it rests on
        }
        if (pick < 0) {
          // Only the organisation and teams are used: the teams were not decided as rule 3
          // decides them. Hide every group and cell rather than fail.
          for (int id = totals.firstGroup; id < totals.size; id++) {
            protecting += shown[id] ? 1 : 0;
            shown[id] = false;
          }
          return decision(layout, totals, shown, protecting);
        }
        shown[pick] = false;
        hiddenNow[pick] = true;
        protecting++;
      }
    }
    return decision(layout, totals, shown, protecting);
  }

  private static Decision decision(Layout layout, Totals totals, boolean[] shown,
      int protecting) {
    boolean[] groupHidden = new boolean[totals.groups];
    for (int g = 0; g < totals.groups; g++) {
      groupHidden[g] = !shown[totals.group(g)];
    }
    boolean[] cellHidden = new boolean[layout.teams() * totals.groups];
    for (int t = 0; t < layout.teams(); t++) {
      for (int g = 0; g < totals.groups; g++) {
        cellHidden[t * totals.groups + g] = !layout.crossTeams() || !shown[totals.cell(t, g)];
      }
    }
    return new Decision(groupHidden, cellHidden, protecting);
  }

  /**
   * The shown cell (else group) with the fewest people that the derivation uses; -2 when the
   * derivation uses a total hidden in this round, -1 when it uses only the organisation and
   * teams.
   */
  private static int pick(Totals totals, boolean[] shown, long[] derivation, boolean[] hiddenNow) {
    int best = -1;
    for (int i = 0; i < derivation.length; i += 2) {
      int id = (int) derivation[i];
      if (hiddenNow[id]) {
        return -2;
      }
      if (id < totals.firstGroup || !shown[id]) {
        continue;
      }
      if (best < 0 || better(totals, id, best)) {
        best = id;
      }
    }
    return best;
  }

  private static boolean better(Totals totals, int a, int b) {
    boolean cellA = a >= totals.firstCell;
    boolean cellB = b >= totals.firstCell;
    if (cellA != cellB) {
      return cellA;
    }
    return totals.n[a] != totals.n[b] ? totals.n[a] < totals.n[b] : a < b;
  }

  /**
   * Numbering of the totals: 0 the organisation, then teams, groups (column by column, value by
   * value), then cells (team by team, group by group).
   */
  static final class Totals {
    static final int ORGANISATION = 0;
    final int[] offset;
    final int groups;
    final int firstGroup;
    final int firstCell;
    final int size;
    final long[] n;

    Totals(Layout layout) {
      int[] values = layout.values();
      offset = new int[values.length + 1];
      for (int c = 0; c < values.length; c++) {
        offset[c + 1] = offset[c] + values[c];
      }
      groups = offset[values.length];
      firstGroup = 1 + layout.teams();
      firstCell = firstGroup + groups;
      size = firstCell + (layout.crossTeams() ? layout.teams() * groups : 0);
      n = new long[size];
      long[] atomN = layout.atomN();
      for (int a = 0; a < atomN.length; a++) {
        int[] ids = of(layout, a);
        for (int id : ids) {
          n[id] += atomN[a];
        }
      }
    }

    int team(int t) {
      return 1 + t;
    }

    /** The group of value {@code v} of column {@code c}. */
    int group(int c, int v) {
      return firstGroup + offset[c] + v;
    }

    int group(int g) {
      return firstGroup + g;
    }

    int cell(int t, int g) {
      return firstCell + t * groups + g;
    }

    /** Every total atom {@code a} is in (whether shown or not). */
    int[] of(Layout layout, int a) {
      int columns = layout.values().length;
      int t = layout.atomTeam()[a];
      boolean cells = layout.crossTeams() && t >= 0;
      int[] ids = new int[1 + (t >= 0 ? 1 : 0) + columns * (cells ? 2 : 1)];
      int i = 0;
      ids[i++] = ORGANISATION;
      if (t >= 0) {
        ids[i++] = team(t);
      }
      for (int c = 0; c < columns; c++) {
        int g = offset[c] + layout.atomValue()[c][a];
        ids[i++] = group(g);
        if (cells) {
          ids[i++] = cell(t, g);
        }
      }
      return ids;
    }
  }

  /** The span of the shown totals, over the non-empty atoms, and its recoverable small sets. */
  private static final class Span {
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

    Span(Layout layout, Totals totals, boolean[] shown, int k) {
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
      add(members[Totals.ORGANISATION], Totals.ORGANISATION, all);
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
              acc[rc[i]] = minus(acc[rc[i]], mul(f, rv[i]));
            }
            long[] h = rowHist.get(row);
            for (int i = 0; i < h.length; i += 2) {
              hist((int) h[i], P - mul(f, h[i + 1]));
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
      long inv = inverse(acc[pivot]);
      int[] rc = new int[restCols.size()];
      long[] rv = new long[rc.length];
      for (int i = 0; i < rc.length; i++) {
        rc[i] = restCols.get(i);
        rv[i] = mul(acc[rc[i]], inv);
        acc[rc[i]] = 0;
      }
      long[] h = takeHist();
      for (int i = 1; i < h.length; i += 2) {
        h[i] = mul(h[i], inv);
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
      hacc[id] = plus(hacc[id], v);
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
            sum[j] = minus(sum[j], mul(f, vals[r][x]));
          }
          long[] hr = hist[r];
          for (int x = 0; x < hr.length; x += 2) {
            hist((int) hr[x], P - mul(f, hr[x + 1]));
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
            h = axpyHist(h, 1, hist[used.get(i)]);
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
          long[][] sum = axpy(c, v, 1, cols[w], vals[w]);
          used.add(w);
          long[] d = grow(toInts(sum[0]), sum[1], used, pivots + colN[cols[w][0]]);
          used.remove(used.size() - 1);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
    }

  }

  /** {@code a + f b} of two sparse vectors with ascending columns, zeros dropped. */
  static long[][] axpy(int[] ac, long[] av, long f, int[] bc, long[] bv) {
    long[] oc = new long[ac.length + bc.length];
    long[] ov = new long[oc.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < ac.length || j < bc.length) {
      int col;
      long v;
      if (j >= bc.length || (i < ac.length && ac[i] < bc[j])) {
        col = ac[i];
        v = av[i++];
      } else if (i >= ac.length || bc[j] < ac[i]) {
        col = bc[j];
        v = mul(f, bv[j++]);
      } else {
        col = ac[i];
        v = plus(av[i++], mul(f, bv[j++]));
      }
      if (v != 0) {
        oc[m] = col;
        ov[m++] = v;
      }
    }
    return new long[][] {Arrays.copyOf(oc, m), Arrays.copyOf(ov, m)};
  }

  /** The same for derivations: (total, coefficient) pairs, ascending by total. */
  static long[] axpyHist(long[] a, long f, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < a.length || j < b.length) {
      long id;
      long v;
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        id = a[i];
        v = a[i + 1];
        i += 2;
      } else if (i >= a.length || b[j] < a[i]) {
        id = b[j];
        v = mul(f, b[j + 1]);
        j += 2;
      } else {
        id = a[i];
        v = plus(a[i + 1], mul(f, b[j + 1]));
        i += 2;
        j += 2;
      }
      if (v != 0) {
        out[m++] = id;
        out[m++] = v;
      }
    }
    return Arrays.copyOf(out, m);
  }

  private static int[] toInts(long[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (int) a[i];
    }
    return out;
  }

  static long plus(long a, long b) {
    long s = a + b;
    return s >= P ? s - P : s;
  }

  static long minus(long a, long b) {
    long s = a - b;
    return s < 0 ? s + P : s;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    long r = (lo & P) + ((lo >>> 61) | (hi << 3));
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  static long inverse(long a) {
    long result = 1;
    long base = a;
    for (long e = P - 2; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
    }
    return result;
  }
}
