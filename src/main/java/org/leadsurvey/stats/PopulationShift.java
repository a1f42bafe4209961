package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run whose options leave people out or bring them in ({@code --exclude-flagged},
 * {@code --missing listwise}, {@code --include-unfinished}) differs from the run with the
 * default options, for one scale: every row's pattern of the properties those options act on,
 * and per team its scored people in the default run and how many the options move in or out.
 * Disclosure control uses it so that the two runs' outputs cannot be subtracted from each other.
 * Memory: teams, never respondents.
 */
public final class PopulationShift {
  /** Pattern bits of a row. */
  public static final int UNFINISHED = 1;
  public static final int INCOMPLETE = 2;
  public static final int UNSCORED = 4;
  public static final int FLAGGED = 8;

  private final long[] atoms = new long[16];
  // Per team: scored people in the default run, people moved in or out by the options.
  private final Map<String, long[]> teams = new HashMap<>();
  private long defaultUnteamed;

  /**
   * Adds one row.
   *
   * @param team the row's team, or null
   * @param pattern its {@link #UNFINISHED} ... {@link #FLAGGED} bits
   * @param inDefault whether the default run counts the person in the team's scores
   * @param inThisRun whether this run does
   */
  public void add(String team, int pattern, boolean inDefault, boolean inThisRun) {
    atoms[pattern]++;
    if (team == null) {
      defaultUnteamed += inDefault ? 1 : 0;
      return;
    }
    long[] t = teams.computeIfAbsent(team, x -> new long[2]);
    t[0] += inDefault ? 1 : 0;
    t[1] += inDefault != inThisRun ? 1 : 0;
  }

  /**
   * Whether every combination of the properties holds either nobody or at least
   * {@code minGroup} rows: then every difference between runs with any of these options is a
   * union of such combinations, never a group of 1 to {@code minGroup - 1} people.
   */
  public boolean combinationsAtLeast(int minGroup) {
    for (long n : atoms) {
      if (n > 0 && n < minGroup) {
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
