package org.leadsurvey.result;

import java.util.ArrayList;
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
import org.leadsurvey.stats.Holm;
import org.leadsurvey.stats.NaturalOrder;

/** {@link Disclosure} for demographic cuts: see {@link CutProtection} for the rule. */
final class CutDisclosure {
  static final String NO_ANSWER = "(no answer)";

  private CutDisclosure() {}

  static CutsReport publish(ScaleResult scale, CutAtoms atoms, CutAccumulator sums,
      boolean crossTeams, int k) {
    int columns = atoms.columns().size();
    if (!scale.shown()) {
      List<CutResult> cuts = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        List<CutGroup> groups = new ArrayList<>();
        for (int v : ordered(atoms.values(c))) {
          groups.add(new CutGroup.Hidden(label(atoms.values(c).get(v))));
        }
        cuts.add(new CutResult(atoms.columns().get(c), groups, List.of()));
      }
      return new CutsReport(cuts, 0, scale.withheld());
    }
    List<String> teams = atoms.teams();
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
      values[c] = atoms.values(c).size();
    }
    CutProtection.Layout layout = new CutProtection.Layout(atomN, atomTeam, atomValue, values,
        teamShown, crossTeams);
    CutProtection.Decision decision = CutProtection.decide(layout, k);

    int groupCount = 0;
    for (int v : values) {
      groupCount += v;
    }
    List<CutResult> cuts = new ArrayList<>();
    int offset = 0;
    for (int c = 0; c < columns; c++) {
      List<String> labels = atoms.values(c);
      GroupSums[] group = new GroupSums[values[c]];
      GroupSums[] cell = new GroupSums[teams.size() * values[c]];
      for (int v = 0; v < group.length; v++) {
        group[v] = new GroupSums(sums.items());
      }
      for (int a = 0; a < size; a++) {
        int v = atomValue[c][a];
        group[v].add(atomSums[a]);
        if (crossTeams && atomTeam[a] >= 0) {
          int i = atomTeam[a] * values[c] + v;
          if (cell[i] == null) {
            cell[i] = new GroupSums(sums.items());
          }
          cell[i].add(atomSums[a]);
        }
      }
      int[] order = ordered(labels);
      List<Integer> shown = new ArrayList<>();
      GroupScore[] scores = new GroupScore[values[c]];
      GroupGap[] gaps = new GroupGap[values[c]];
      for (int v : order) {
        if (!decision.groupHidden()[offset + v]) {
          GroupSums rest = new GroupSums(sums.items());
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
      double[] holm = Holm.adjust(p);
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
            if (!decision.cellHidden()[t * groupCount + offset + v]) {
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

  /** Values in natural order, the blank value last. */
  private static int[] ordered(List<String> labels) {
    int[] natural = NaturalOrder.order(labels);
    int[] out = new int[natural.length];
    int i = 0;
    for (int v : natural) {
      if (!labels.get(v).isEmpty()) {
        out[i++] = v;
      }
    }
    for (int v : natural) {
      if (labels.get(v).isEmpty()) {
        out[i++] = v;
      }
    }
    return out;
  }

  private static String label(String value) {
    return value.isEmpty() ? NO_ANSWER : value;
  }
}
