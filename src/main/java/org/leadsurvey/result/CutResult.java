package org.leadsurvey.result;

import java.util.List;

/**
 * What may be published of one {@code --by} column for one scale: every group (shown or
 * hidden), and with {@code --cross-teams} one row per shown team listing its shown groups only.
 * Built only by {@link Disclosure}.
 */
public final class CutResult {
  private final String by;
  private final List<CutGroup> groups;
  private final List<TeamCells> cells;

  CutResult(String by, List<CutGroup> groups, List<TeamCells> cells) {
    this.by = by;
    this.groups = List.copyOf(groups);
    this.cells = List.copyOf(cells);
  }

  /** The column's name. */
  public String by() {
    return by;
  }

  /**
   * Every value of the column, in natural order ("(no answer)" last), shown or hidden; none
   * when the organisation level is withheld.
   */
  public List<CutGroup> groups() {
    return groups;
  }

  /** Per shown team (in the order of the scale's teams), its shown cells; empty without cells. */
  public List<TeamCells> cells() {
    return cells;
  }

  /**
   * A shown team's cells of this column: the shown ones, and how many of the column's values are
   * not shown for the team (hidden or empty alike, so the count tells nothing about them).
   */
  public static final class TeamCells {
    private final String team;
    private final List<Cell> groups;
    private final int hidden;

    TeamCells(String team, List<Cell> groups, int hidden) {
      this.team = team;
      this.groups = List.copyOf(groups);
      this.hidden = hidden;
    }

    public String team() {
      return team;
    }

    public List<Cell> groups() {
      return groups;
    }

    public int hidden() {
      return hidden;
    }
  }

  /** A shown team x group cell. */
  public static final class Cell {
    private final String group;
    private final long n;
    private final double mean;
    private final double favourable;

    Cell(String group, long n, double mean, double favourable) {
      this.group = group;
      this.n = n;
      this.mean = mean;
      this.favourable = favourable;
    }

    public String group() {
      return group;
    }

    public long n() {
      return n;
    }

    public double mean() {
      return mean;
    }

    public double favourable() {
      return favourable;
    }
  }
}
