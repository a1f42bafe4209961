package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run whose options leave people out or bring them in ({@code --exclude-flagged},
 * {@code --missing listwise}, {@code --include-unfinished}) differs from the run with the
 * default options, for one scale: how many rows, and how many scored people, have each
 * combination of the properties those options act on (unfinished, incomplete, flagged), and
 * per team its scored people in the default run and how many the options move in or out.
 * Disclosure control uses it so that runs with and without such options cannot be subtracted
 * from each other. Rows and scored people are counted apart because they are the populations
 * of different figures (item statistics, scores). Memory: teams, never respondents.
 */
public final class PopulationShift {
  private static final int UNFINISHED = 1;
  private static final int INCOMPLETE = 2;
  private static final int FLAGGED = 4;

  private final long[] rows;
  private final long[] scored;
  // Per team: scored people in the default run, people moved in or out by the options.
  private final Map<String, long[]> teams;
  private final long defaultUnteamed;

  private PopulationShift(long[] rows, long[] scored, Map<String, long[]> teams,
      long defaultUnteamed) {
    this.rows = rows;
    this.scored = scored;
    this.teams = teams;
    this.defaultUnteamed = defaultUnteamed;
  }

  /** Counts the rows a run sees, teams by number, for {@link #shift}. */
  public static final class Tally {
    private final long[] rows = new long[8];
    private final long[] scored = new long[8];
    // Per team number: scored people in the default run, moved in or out (two longs a team).
    private long[] teams = new long[32];
    private long defaultUnteamed;

    /**
     * Adds one row the run has seen (whether it keeps it or not).
     *
     * @param team the row's team number, or -1
     * @param flagged flagged at the standard cut-offs (false unless the run leaves flagged
     *     people out)
     * @param inDefault whether the default run counts the person in the team's scores
     * @param inThisRun whether this run does
     */
    public void add(int team, boolean unfinished, boolean incomplete, boolean isScored,
        boolean flagged, boolean inDefault, boolean inThisRun) {
      int pattern = (unfinished ? UNFINISHED : 0) | (incomplete ? INCOMPLETE : 0)
          | (flagged ? FLAGGED : 0);
      rows[pattern]++;
      scored[pattern] += isScored ? 1 : 0;
      if (team < 0) {
        defaultUnteamed += inDefault ? 1 : 0;
        return;
      }
      if (2 * team + 1 >= teams.length) {
        teams = Arrays.copyOf(teams, Math.max(2 * team + 2, 2 * teams.length));
      }
      teams[2 * team] += inDefault ? 1 : 0;
      teams[2 * team + 1] += inDefault != inThisRun ? 1 : 0;
    }

    /**
     * The shift, teams by name.
     *
     * @param names the teams' names by number
     */
    public PopulationShift shift(List<String> names) {
      Map<String, long[]> byName = new HashMap<>();
      for (int t = 0; 2 * t + 1 < teams.length && t < names.size(); t++) {
        // Every team this run has seen has a row; others have none in it.
        byName.put(names.get(t), new long[] {teams[2 * t], teams[2 * t + 1]});
      }
      return new PopulationShift(rows.clone(), scored.clone(), byName, defaultUnteamed);
    }
  }

  /**
   * Whether every combination of the properties holds either nobody or at least
   * {@code minGroup} rows: then every difference between runs with any of these options is a
   * union of such combinations, never a group of 1 to {@code minGroup - 1} people.
   */
  public boolean combinationsAtLeast(int minGroup) {
    for (int p = 0; p < rows.length; p++) {
      if ((rows[p] > 0 && rows[p] < minGroup) || (scored[p] > 0 && scored[p] < minGroup)) {
        return false;
      }
    }
    return true;
  }

  /** The teams seen, in no particular order. */
  public List<String> teams() {
    return new ArrayList<>(teams.keySet());
  }

  /** The team's scored people in the default run (0 when unknown). */
  public long defaultSize(String team) {
    long[] t = teams.get(team);
    return t == null ? 0 : t[0];
  }

  /** People the options move into or out of the team's scores (0 when unknown). */
  public long moved(String team) {
    long[] t = teams.get(team);
    return t == null ? 0 : t[1];
  }

  /** Scored people with no team, in the default run. */
  public long defaultUnteamed() {
    return defaultUnteamed;
  }
}
