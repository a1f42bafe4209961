package org.leadsurvey.result;

import java.util.List;

/**
 * The publishable result of {@code network --scope organisation}, made only by
 * {@link AdviceDisclosure}: hidden teams carry no figures, their ties appear only pooled, and
 * the organisation's totals count the shown teams' ties only (see docs/privacy.md).
 */
public final class AdviceReport {
  /**
   * Ties sent by the shown teams' members.
   *
   * @param allTeams whether every team is shown (then these are the whole organisation's)
   */
  public record Organisation(long internal, long external, double eiIndex, boolean allTeams) {}

  /**
   * Tie counts from the seeker's team (rows) to the advisor's team (columns): the shown teams
   * in {@link #teams()}'s order, then, when {@code pooled}, every hidden team together.
   */
  public record Matrix(List<String> teams, boolean pooled, long[][] counts) {
    public int size() {
      return counts.length;
    }

    /** Whether row (and column) {@code i} is the pool of the hidden teams: the last, if any. */
    public boolean isPool(int i) {
      return pooled && i == counts.length - 1;
    }
  }

  /** A shown team's member and their betweenness among the shown teams' people. */
  public record Broker(String team, String person, double betweenness) {}

  private final String toolVersion;
  private final List<String> files;
  private final long rows;
  private final int minGroup;
  private final List<AdviceTeam> teams;
  private final Organisation organisation;
  private final Matrix matrix;
  private final List<Broker> people;
  private final boolean showPeople;

  AdviceReport(String toolVersion, List<String> files, long rows, int minGroup,
      List<AdviceTeam> teams, Organisation organisation, Matrix matrix, List<Broker> people,
      boolean showPeople) {
    this.toolVersion = toolVersion;
    this.files = List.copyOf(files);
    this.rows = rows;
    this.minGroup = minGroup;
    this.teams = List.copyOf(teams);
    this.organisation = organisation;
    this.matrix = matrix;
    this.people = List.copyOf(people);
    this.showPeople = showPeople;
  }

  public String toolVersion() {
    return toolVersion;
  }

  /** The nominations file, then the roster. */
  public List<String> files() {
    return files;
  }

  /** Rows of the nominations file. */
  public long rows() {
    return rows;
  }

  public int minGroup() {
    return minGroup;
  }

  /** Every team on the roster, in natural order of names. */
  public List<AdviceTeam> teams() {
    return teams;
  }

  public long hiddenTeams() {
    return teams.stream().filter(t -> t instanceof AdviceTeam.Hidden).count();
  }

  /** Null when no team is shown. */
  public Organisation organisation() {
    return organisation;
  }

  /** Null when no team is shown. */
  public Matrix matrix() {
    return matrix;
  }

  /** The shown teams' people, most between first; empty unless {@link #showPeople()}. */
  public List<Broker> people() {
    return people;
  }

  public boolean showPeople() {
    return showPeople;
  }
}
