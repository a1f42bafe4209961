package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.TeamScore;

/**
 * One {@code --by} column of one scale across waves ({@code trend --by}): every group's score
 * per wave and its changes (Welch CI, Cohen's d, reliable change), as {@link ScaleTrend} gives
 * them for teams. Built only from each wave's published {@link CutsReport}: a change is
 * computed only where the group is shown in both waves (privacy rule 7).
 *
 * @param by the column
 * @param groups every value listed in any wave, in natural order, "(no answer)" last
 */
public record CutTrend(String by, List<ScaleTrend.GroupTrend> groups) {

  public CutTrend {
    groups = List.copyOf(groups);
  }

  /**
   * @param scale the scale's trend (its waves and their reliability, for the reliable change)
   * @param reports the scale's published cuts in each wave, in the waves' order
   * @return one trend per {@code --by} column, in the order of the first wave's columns
   */
  public static List<CutTrend> of(ScaleTrend scale, List<CutsReport> reports) {
    List<String> waves = scale.waves();
    if (waves.size() != reports.size() || waves.isEmpty()) {
      throw new IllegalArgumentException("one report per wave");
    }
    List<CutTrend> out = new ArrayList<>();
    for (CutResult first : reports.get(0).cuts()) {
      String by = first.by();
      Set<String> names = new LinkedHashSet<>();
      for (CutsReport r : reports) {
        CutResult c = column(r, by);
        if (c != null) {
          c.groups().forEach(g -> names.add(g.group()));
        }
      }
      List<String> sorted = NameOrder.forDefaultLocale().sorted(new ArrayList<>(names),
          name -> name);
      if (sorted.remove(CutDisclosure.NO_ANSWER)) {
        sorted.add(CutDisclosure.NO_ANSWER);
      }
      List<ScaleTrend.GroupTrend> groups = new ArrayList<>();
      for (String group : sorted) {
        List<ScaleTrend.WaveScore> scores = new ArrayList<>();
        for (int w = 0; w < waves.size(); w++) {
          scores.add(find(reports.get(w), by, group, waves.get(w)));
        }
        groups.add(new ScaleTrend.GroupTrend(group, scores,
            ScaleTrend.changes(scores, scale.alphas())));
      }
      // Holm over the column's groups, per pair of waves, as for teams.
      out.add(new CutTrend(by, groups.isEmpty() ? groups : ScaleTrend.holm(groups)));
    }
    return out;
  }

  private static CutResult column(CutsReport report, String by) {
    for (CutResult c : report.cuts()) {
      if (c.by().equals(by)) {
        return c;
      }
    }
    return null;
  }

  private static ScaleTrend.WaveScore find(CutsReport report, String by, String group,
      String wave) {
    if (report.withheld() != null) {
      return new ScaleTrend.WaveScore(wave, ScaleTrend.Status.HIDDEN, null);
    }
    CutResult c = column(report, by);
    for (CutGroup g : c == null ? List.<CutGroup>of() : c.groups()) {
      if (g.group().equals(group)) {
        if (g instanceof CutGroup.Shown s) {
          GroupScore x = s.score();
          return new ScaleTrend.WaveScore(wave, ScaleTrend.Status.REPORTED, new TeamScore(group,
              x.n(), x.mean(), x.sd(), x.ci95(), Double.NaN, x.favourable(), x.itemMeans()));
        }
        return new ScaleTrend.WaveScore(wave, ScaleTrend.Status.HIDDEN, null);
      }
    }
    return new ScaleTrend.WaveScore(wave, ScaleTrend.Status.ABSENT, null);
  }
}
