package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The atoms of a run with demographic cuts: every combination of a team (or no team) and one
 * value of each cut column that has at least one person. Every total such a run can publish
 * (the organisation, a team, a group of a column, a team x group cell) is a sum of atoms, so
 * the atoms are the unit of both the statistics ({@link CutAccumulator}) and disclosure control.
 *
 * <p>Teams and values are numbered 0, 1, ... in order of first sight; a blank value is the label
 * {@code ""}. Atom numbers are dense, so per-atom sums live in flat arrays.
 */
public final class CutAtoms {
  /** The team number of people with no team. */
  public static final int NO_TEAM = -1;

  private final List<String> columns;
  private final List<String> teams = new ArrayList<>();
  private final Map<String, Integer> teamIds = new HashMap<>();
  private final List<List<String>> values = new ArrayList<>();
  private final List<Map<String, Integer>> valueIds = new ArrayList<>();
  private final Map<Key, Integer> atomIds = new HashMap<>();
  private int[] team = new int[64];
  private int[][] value;
  private int size;

  /** @param columns the cut columns ({@code --by}), in the order given */
  public CutAtoms(List<String> columns) {
    this.columns = List.copyOf(columns);
    this.value = new int[columns.size()][64];
    for (int c = 0; c < columns.size(); c++) {
      values.add(new ArrayList<>());
      valueIds.add(new HashMap<>());
    }
  }

  /** The team's number, new when first seen; {@link #NO_TEAM} for null. */
  public int team(String name) {
    if (name == null) {
      return NO_TEAM;
    }
    return teamIds.computeIfAbsent(name, n -> {
      teams.add(n);
      return teams.size() - 1;
    });
  }

  /** The number of a value of column {@code column}, new when first seen ("" for blank). */
  public int value(int column, String label) {
    List<String> known = values.get(column);
    return valueIds.get(column).computeIfAbsent(label, l -> {
      known.add(l);
      return known.size() - 1;
    });
  }

  /**
   * The atom of a team number and one value number per column, new when first seen.
   *
   * @param values not kept
   */
  public int atom(int team, int[] values) {
    Integer id = atomIds.get(new Key(team, values));
    if (id != null) {
      return id;
    }
    int a = size++;
    if (a == this.team.length) {
      this.team = Arrays.copyOf(this.team, a * 2);
      for (int c = 0; c < value.length; c++) {
        value[c] = Arrays.copyOf(value[c], a * 2);
      }
    }
    this.team[a] = team;
    for (int c = 0; c < value.length; c++) {
      value[c][a] = values[c];
    }
    atomIds.put(new Key(team, values.clone()), a);
    return a;
  }

  public int size() {
    return size;
  }

  public List<String> columns() {
    return columns;
  }

  public List<String> teams() {
    return List.copyOf(teams);
  }

  /** Column {@code column}'s values in order of first sight. */
  public List<String> values(int column) {
    return List.copyOf(values.get(column));
  }

  /** The atom's team number, or {@link #NO_TEAM}. */
  public int teamOf(int atom) {
    return team[atom];
  }

  /** The atom's value number in column {@code column}. */
  public int valueOf(int atom, int column) {
    return value[column][atom];
  }

  private record Key(int team, int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.team == team && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
      return 31 * team + Arrays.hashCode(values);
    }
  }
}
