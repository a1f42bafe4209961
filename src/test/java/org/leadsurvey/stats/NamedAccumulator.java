package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ScaleAccumulator} fed by team name, numbering the names as the reader does (in order
 * of first appearance), for tests that build data by hand.
 */
public final class NamedAccumulator {
  private final ScaleAccumulator accumulator;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  public NamedAccumulator(List<String> items, int min, int max, MissingPolicy missing) {
    accumulator = new ScaleAccumulator(items, min, max, missing);
  }

  public NamedAccumulator(List<String> items, int min, int max, MissingPolicy missing,
      FavourableRange favourable) {
    accumulator = new ScaleAccumulator(items, min, max, missing, favourable);
  }

  /** Adds a respondent of the team (null: none); returns their score, as the accumulator does. */
  public double add(String team, double[] keyed) {
    int id = team == null ? ScaleAccumulator.NO_TEAM
        : ids.computeIfAbsent(team, t -> {
          names.add(t);
          return names.size() - 1;
        });
    return accumulator.add(id, keyed);
  }

  public ScaleStatistics statistics(int minAnswers, boolean hasTeams) {
    return accumulator.statistics(minAnswers, hasTeams, names);
  }

  /** Every team's score, hidden or not, sorted by name. */
  public List<TeamScore> teamScores() {
    return statistics(1, true).teams();
  }

  public ScaleAccumulator accumulator() {
    return accumulator;
  }

  /** The teams' names by number. */
  public List<String> names() {
    return names;
  }
}
