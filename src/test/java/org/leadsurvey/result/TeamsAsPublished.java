package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NaturalOrder;
import org.leadsurvey.stats.TeamScore;

/**
 * The part of a published scale that the cut rule reads (which teams are shown, whether the
 * organisation level is), built from scored people's teams by the team rule itself
 * ({@link Suppression}), without the scale's accumulator, whose API belongs to another change.
 */
final class TeamsAsPublished {
  private final Map<String, Integer> teams = new LinkedHashMap<>();
  /** Atom 0 the organisation, atom 1 + t team t. */
  private final CutAccumulator sums;
  private long unteamed;

  TeamsAsPublished(int items, double favourableFrom) {
    this.sums = new CutAccumulator(items, favourableFrom);
  }

  /** A scored person of the team (null: none). */
  void add(String team, double[] keyed) {
    sums.add(0, keyed);
    if (team == null) {
      unteamed++;
    } else {
      sums.add(1 + teams.computeIfAbsent(team, t -> teams.size()), keyed);
    }
  }

  ScaleResult publish(List<String> itemNames, int k) {
    List<String> byArrival = new ArrayList<>(teams.keySet());
    List<String> names = new ArrayList<>();
    for (int i : NaturalOrder.order(byArrival)) {
      names.add(byArrival.get(i)); // as the scale's statistics list them
    }
    long[] sizes = names.stream().mapToLong(t -> sums.count(1 + teams.get(t))).toArray();
    boolean[] hidden = Suppression.hidden(names, sizes, unteamed, k);
    List<TeamResult> out = new ArrayList<>();
    for (int t = 0; t < hidden.length; t++) {
      GroupScore s = sums.sums(1 + teams.get(names.get(t))).score(k);
      out.add(hidden[t] ? new TeamResult.Hidden(names.get(t)) : new TeamResult.Reported(
          new TeamScore(names.get(t), s.n(), s.mean(), s.sd(), s.ci95(), Double.NaN,
              s.favourable())));
    }
    GroupScore org = sums.sums(0).score(k);
    boolean shown = org.n() >= k;
    return new ScaleResult(itemNames, MissingPolicy.PAIRWISE, org.n(), shown ? org.n() : -1, -1,
        null, null, List.of(), null, shown ? new TeamScore("Organisation", org.n(), org.mean(),
            org.sd(), org.ci95(), Double.NaN, org.favourable()) : null, out, List.of(),
        List.of(), shown ? null : "fewer than " + k + " people were scored", null, null);
  }

  /** A person's score: the mean of their answered keyed items when at least half answered. */
  static double score(double[] keyed) {
    int answered = 0;
    double sum = 0;
    for (double x : keyed) {
      if (x == x) {
        answered++;
        sum += x;
      }
    }
    return answered >= (keyed.length + 1) / 2 ? sum / answered : Double.NaN;
  }
}
