package org.leadsurvey.stats;

import java.util.List;

/**
 * Everything reported for one scale. Teams are already privacy-filtered: hidden teams carry no
 * numbers. {@code organisation} is null when fewer than the minimum group size were scored.
 *
 * @param rows rows read
 * @param scored people with a score (answered at least half the items)
 * @param complete rows that answered every item
 * @param reliability per the missing-data policy
 * @param completeCases reliability on complete rows only (listwise)
 * @param aggregation null without a team column
 * @param warnings plain-language findings worth a reader's attention
 * @param frequencies the organisation's answer counts per item (keyed), in item order; empty
 *     when {@code organisation} is null (too few people to show anything)
 */
public record ScaleResult(
    List<String> items,
    MissingPolicy missing,
    long rows,
    long scored,
    long complete,
    ReliabilityAnalysis reliability,
    ReliabilityAnalysis completeCases,
    Aggregation aggregation,
    TeamScore organisation,
    List<TeamResult> teams,
    List<String> warnings,
    List<ItemFrequency> frequencies) {

  public ScaleResult {
    items = List.copyOf(items);
    teams = List.copyOf(teams);
    warnings = List.copyOf(warnings);
    frequencies = frequencies == null ? List.of() : List.copyOf(frequencies);
  }

  /** A result without answer counts. */
  public ScaleResult(List<String> items, MissingPolicy missing, long rows, long scored,
      long complete, ReliabilityAnalysis reliability, ReliabilityAnalysis completeCases,
      Aggregation aggregation, TeamScore organisation, List<TeamResult> teams,
      List<String> warnings) {
    this(items, missing, rows, scored, complete, reliability, completeCases, aggregation,
        organisation, teams, warnings, List.of());
  }

  public long hiddenTeams() {
    return teams.stream().filter(t -> t instanceof TeamResult.Hidden).count();
  }
}
