package org.leadsurvey.result;

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
 * people. {@link CutSpan} looks for such sums, branching only where a solution must go.
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
      List<long[]> found = new CutSpan(layout, totals, shown, k).recoverable();
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
}
