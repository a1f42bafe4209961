package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;
import org.leadsurvey.stats.GroupGap;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.GroupSums;
import org.leadsurvey.stats.HolmAdjustment;
import org.leadsurvey.stats.NaturalOrder;

/** {@link Disclosure} for demographic cuts: see {@link CutProtection} for the rule. */
final class CutDisclosure {
  static final String NO_ANSWER = "(no answer)";

  private CutDisclosure() {}

  /**
   * @param teams team names by the team numbers of the atoms
   * @param valueLabels per column, value labels by the value numbers of the atoms ("" or
   *     {@value #NO_ANSWER} for blank)
   */
  static CutsReport publish(ScaleResult scale, CutAtoms atoms, List<String> teams,
      List<List<String>> valueLabels, CutAccumulator sums, boolean crossTeams, int k) {
    int columns = atoms.columns().size();
    if (!scale.shown()) {
      // Not even the values: which ones occur would be a fact about too few people.
      List<CutResult> cuts = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cuts.add(new CutResult(atoms.columns().get(c), List.of(), List.of()));
      }
      return new CutsReport(cuts, 0, scale.withheld());
    }
    Set<String> shownTeams = new HashSet<>();
    for (TeamResult t : scale.teams()) {
      if (t instanceof TeamResult.Reported) {
        shownTeams.add(t.team());
      }
    }
    boolean[] teamShown = new boolean[teams.size()];
    Map<String, Integer> teamIds = new HashMap<>();
    for (int t = 0; t < teamShown.length; t++) {
      teamShown[t] = shownTeams.contains(teams.get(t));
      teamIds.put(teams.get(t), t);
    }
    int size = atoms.size();
    long[] atomN = new long[size];
    int[] atomTeam = new int[size];
    int[][] atomValue = new int[columns][size];
    int[] values = new int[columns];
    GroupSums[] atomSums = new GroupSums[size];
    for (int a = 0; a < size; a++) {
      atomSums[a] = sums.sums(a);
      atomN[a] = atomSums[a].n();
      atomTeam[a] = atoms.teamOf(a);
      for (int c = 0; c < columns; c++) {
        atomValue[c][a] = atoms.valueOf(a, c);
      }
    }
    for (int c = 0; c < columns; c++) {
      values[c] = valueLabels.get(c).size();
    }
    // The rule sees teams, values and atoms in the order of their names, never in the order
    // the rows came: two runs on the same data in another row order must hide the same cells,
    // or together they would show what each hides.
    int[] teamRank = rank(NaturalOrder.order(teams));
    int[][] valueRank = new int[columns][];
    for (int c = 0; c < columns; c++) {
      valueRank[c] = rank(ordered(valueLabels.get(c)));
    }
    CutProtection.Decision decision = CutProtection.decide(canonical(atomN, atomTeam, atomValue,
        values, teamShown, teamRank, valueRank, crossTeams), k);

    int groupCount = 0;
    for (int v : values) {
      groupCount += v;
    }
    List<CutResult> cuts = new ArrayList<>();
    int offset = 0;
    for (int c = 0; c < columns; c++) {
      List<String> labels = valueLabels.get(c);
      GroupSums[] group = new GroupSums[values[c]];
      GroupSums[] cell = new GroupSums[teams.size() * values[c]];
      for (int v = 0; v < group.length; v++) {
        group[v] = sums.empty();
      }
      for (int a = 0; a < size; a++) {
        int v = atomValue[c][a];
        group[v].add(atomSums[a]);
        if (crossTeams && atomTeam[a] >= 0) {
          int i = atomTeam[a] * values[c] + v;
          if (cell[i] == null) {
            cell[i] = sums.empty();
          }
          cell[i].add(atomSums[a]);
        }
      }
      int[] order = shownOrder(labels);
      List<Integer> shown = new ArrayList<>();
      GroupScore[] scores = new GroupScore[values[c]];
      GroupGap[] gaps = new GroupGap[values[c]];
      for (int v : order) {
        if (!decision.groupHidden()[offset + valueRank[c][v]]) {
          GroupSums rest = sums.empty();
          for (int w = 0; w < values[c]; w++) {
            if (w != v) {
              rest.add(group[w]);
            }
          }
          scores[v] = group[v].score(k);
          gaps[v] = GroupGap.of(scores[v], rest.score(k));
          shown.add(v);
        }
      }
      double[] p = new double[shown.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = gaps[shown.get(i)].p();
      }
      double[] holm = HolmAdjustment.adjust(p);
      List<CutGroup> groups = new ArrayList<>();
      for (int v : order) {
        int i = shown.indexOf(v);
        if (i < 0) {
          groups.add(new CutGroup.Hidden(label(labels.get(v))));
        } else {
          GroupGap g = gaps[v];
          groups.add(new CutGroup.Shown(label(labels.get(v)), scores[v],
              new CutGroup.Gap(g.difference(), g.ci95(), g.p(), holm[i], g.cohensD())));
        }
      }
      List<CutResult.TeamCells> cells = new ArrayList<>();
      if (crossTeams) {
        for (TeamResult tr : scale.teams()) {
          Integer t = teamIds.get(tr.team());
          if (t == null || !teamShown[t]) {
            continue;
          }
          List<CutResult.Cell> row = new ArrayList<>();
          for (int v : order) {
            if (!decision.cellHidden()[teamRank[t] * groupCount + offset + valueRank[c][v]]) {
              GroupScore s = cell[t * values[c] + v].score(k);
              row.add(new CutResult.Cell(label(labels.get(v)), s.n(), s.mean(), s.favourable()));
            }
          }
          cells.add(new CutResult.TeamCells(tr.team(), row, values[c] - row.size()));
        }
      }
      cuts.add(new CutResult(atoms.columns().get(c), groups, cells));
      offset += values[c];
    }
    return new CutsReport(cuts, decision.protecting(), null);
  }

  /** The layout with teams, values and atoms numbered in the order of their names. */
  private static CutProtection.Layout canonical(long[] atomN, int[] atomTeam, int[][] atomValue,
      int[] values, boolean[] teamShown, int[] teamRank, int[][] valueRank, boolean crossTeams) {
    int size = atomN.length;
    int columns = values.length;
    int[] team = new int[size];
    int[][] value = new int[columns][size];
    for (int a = 0; a < size; a++) {
      team[a] = atomTeam[a] < 0 ? -1 : teamRank[atomTeam[a]];
      for (int c = 0; c < columns; c++) {
        value[c][a] = valueRank[c][atomValue[c][a]];
      }
    }
    Integer[] order = new Integer[size];
    for (int a = 0; a < size; a++) {
      order[a] = a;
    }
    Arrays.sort(order, (x, y) -> {
      if (team[x] != team[y]) {
        return Integer.compare(team[x], team[y]);
      }
      for (int c = 0; c < columns; c++) {
        if (value[c][x] != value[c][y]) {
          return Integer.compare(value[c][x], value[c][y]);
        }
      }
      return 0;
    });
    long[] n = new long[size];
    int[] t = new int[size];
    int[][] v = new int[columns][size];
    for (int i = 0; i < size; i++) {
      n[i] = atomN[order[i]];
      t[i] = team[order[i]];
      for (int c = 0; c < columns; c++) {
        v[c][i] = value[c][order[i]];
      }
    }
    boolean[] shown = new boolean[teamShown.length];
    for (int x = 0; x < shown.length; x++) {
      shown[teamRank[x]] = teamShown[x];
    }
    return new CutProtection.Layout(n, t, v, values, shown, crossTeams);
  }

  /** The position of each index in {@code order}. */
  private static int[] rank(int[] order) {
    int[] rank = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    return rank;
  }

  /** Values in natural order, the blank value last. */
  private static int[] ordered(List<String> labels) {
    return blankLast(NaturalOrder.order(labels), labels);
  }

  /** Values in the locale's order ({@link NameOrder}), the blank value last: for showing. */
  private static int[] shownOrder(List<String> labels) {
    return blankLast(NameOrder.forDefaultLocale().order(labels), labels);
  }

  /** {@code sorted} with the blank value moved to the end. */
  private static int[] blankLast(int[] sorted, List<String> labels) {
    int[] out = new int[sorted.length];
    int i = 0;
    for (int v : sorted) {
      if (!blank(labels.get(v))) {
        out[i++] = v;
      }
    }
    for (int v : sorted) {
      if (blank(labels.get(v))) {
        out[i++] = v;
      }
    }
    return out;
  }

  private static boolean blank(String value) {
    return value.isEmpty() || value.equals(NO_ANSWER);
  }

  private static String label(String value) {
    return blank(value) ? NO_ANSWER : value;
  }
}
