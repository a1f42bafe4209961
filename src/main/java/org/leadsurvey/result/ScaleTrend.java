package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leadsurvey.stats.CohensD;
import org.leadsurvey.stats.HolmAdjustment;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.stats.ReliableChange;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.stats.WelchInterval;

/**
 * One scale across survey waves: each wave's reliability, the organisation's and every team's
 * score per wave, and their changes between consecutive waves and from the first to the last.
 * Built only from privacy-filtered {@link ScaleResult}s: a team hidden in a wave stays hidden
 * for that wave, and a change is computed only where both waves are reportable.
 *
 * @param waves wave names, in order
 * @param alphas each wave's Cronbach's alpha (the scale's reliability that wave)
 * @param organisation the organisation as a whole
 * @param teams every team seen in any wave, in natural order
 */
public record ScaleTrend(List<String> waves, List<Reliability> alphas, GroupTrend organisation,
    List<GroupTrend> teams) {

  /** A group (team or organisation) across waves. */
  public record GroupTrend(String group, List<WaveScore> scores, List<WaveChange> changes) {
    public GroupTrend {
      scores = List.copyOf(scores);
      changes = List.copyOf(changes);
    }
  }

  /**
   * A group in one wave: its score when reportable, else only whether it was hidden or absent.
   *
   * @param score null unless {@code status == REPORTED}
   */
  public record WaveScore(String wave, Status status, TeamScore score) {}

  public enum Status { REPORTED, HIDDEN, ABSENT }

  public ScaleTrend {
    waves = List.copyOf(waves);
    alphas = List.copyOf(alphas);
    teams = List.copyOf(teams);
  }

  /**
   * @param waves wave names, in order (at least one)
   * @param results the scale's result in each wave, same order
   */
  public static ScaleTrend of(List<String> waves, List<ScaleResult> results) {
    if (waves.size() != results.size() || waves.isEmpty()) {
      throw new IllegalArgumentException("one result per wave");
    }
    List<Reliability> alphas = results.stream().map(r -> r.reliability() == null
        ? Reliability.UNDEFINED : r.reliability().scale()).toList();
    List<WaveScore> org = new ArrayList<>();
    for (int w = 0; w < waves.size(); w++) {
      TeamScore o = results.get(w).organisation();
      org.add(o == null ? new WaveScore(waves.get(w), Status.HIDDEN, null)
          : new WaveScore(waves.get(w), Status.REPORTED, o));
    }
    Set<String> names = new LinkedHashSet<>();
    results.forEach(r -> r.teams().forEach(t -> names.add(t.team())));
    List<String> sorted = NameOrder.forDefaultLocale().sorted(new ArrayList<>(names), n -> n);
    List<GroupTrend> teams = new ArrayList<>();
    for (String team : sorted) {
      List<WaveScore> scores = new ArrayList<>();
      for (int w = 0; w < waves.size(); w++) {
        scores.add(find(results.get(w), team, waves.get(w)));
      }
      teams.add(new GroupTrend(team, scores, changes(scores, alphas)));
    }
    return new ScaleTrend(waves, alphas,
        new GroupTrend("Organisation", org, changes(org, alphas)), holm(teams));
  }

  /**
   * The teams' changes with Holm-adjusted p values: one family per pair of waves (the c-th
   * change of every team compares the same two waves), over the teams shown in both.
   */
  static List<GroupTrend> holm(List<GroupTrend> teams) {
    if (teams.isEmpty()) {
      return teams;
    }
    int pairs = teams.get(0).changes().size();
    List<List<WaveChange>> changes = new ArrayList<>();
    teams.forEach(t -> changes.add(new ArrayList<>(t.changes())));
    for (int c = 0; c < pairs; c++) {
      double[] p = new double[teams.size()];
      for (int t = 0; t < p.length; t++) {
        p[t] = changes.get(t).get(c) instanceof WaveChange.Shown s ? s.welch().p() : Double.NaN;
      }
      double[] adjusted = HolmAdjustment.adjust(p);
      for (int t = 0; t < p.length; t++) {
        if (changes.get(t).get(c) instanceof WaveChange.Shown s) {
          changes.get(t).set(c, s.withPHolm(adjusted[t]));
        }
      }
    }
    List<GroupTrend> out = new ArrayList<>(teams.size());
    for (int t = 0; t < teams.size(); t++) {
      out.add(new GroupTrend(teams.get(t).group(), teams.get(t).scores(), changes.get(t)));
    }
    return out;
  }

  private static WaveScore find(ScaleResult r, String team, String wave) {
    for (TeamResult t : r.teams()) {
      if (t.team().equals(team)) {
        return t instanceof TeamResult.Reported rep
            ? new WaveScore(wave, Status.REPORTED, rep.score())
            : new WaveScore(wave, Status.HIDDEN, null);
      }
    }
    return new WaveScore(wave, Status.ABSENT, null);
  }

  /** Consecutive changes, then first-to-last when there are more than two waves. */
  static List<WaveChange> changes(List<WaveScore> scores, List<Reliability> alphas) {
    List<WaveChange> out = new ArrayList<>();
    for (int w = 1; w < scores.size(); w++) {
      out.add(change(scores, alphas, w - 1, w, false));
    }
    if (scores.size() > 2) {
      out.add(change(scores, alphas, 0, scores.size() - 1, true));
    }
    return out;
  }

  private static WaveChange change(List<WaveScore> scores, List<Reliability> alphas, int a,
      int b, boolean firstToLast) {
    WaveScore from = scores.get(a);
    WaveScore to = scores.get(b);
    if (from.status() != Status.REPORTED || to.status() != Status.REPORTED) {
      WaveScore missing = from.status() != Status.REPORTED ? from : to;
      String reason = missing.status() == Status.HIDDEN ? "hidden in " + missing.wave()
          : "no respondents in " + missing.wave();
      return new WaveChange.Withheld(from.wave(), to.wave(), firstToLast, reason);
    }
    TeamScore x = from.score();
    TeamScore y = to.score();
    WelchInterval welch = WelchInterval.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd(), 0.95);
    double d = CohensD.of(x.n(), x.mean(), x.sd(), y.n(), y.mean(), y.sd());
    ReliableChange rc = ReliableChange.of(x.n(), x.sd(), alphas.get(a).alpha(), y.n(), y.sd(),
        alphas.get(b).alpha(), welch.difference());
    return new WaveChange.Shown(from.wave(), to.wave(), firstToLast, x, y, welch, d, rc,
        welch.p());
  }
}
