package org.leadsurvey.stats;

import java.util.List;

/**
 * Everything one pass computed for a scale, before disclosure control: every team's score
 * (small ones too), the organisation's whatever its size, counts of every kind. Never rendered:
 * {@code result.Disclosure} turns it into what may be published.
 *
 * @param rows rows read
 * @param scored people with a score (answered at least half the items)
 * @param complete rows that answered every item
 * @param unteamed scored people with no team
 * @param reliability per the missing-data policy
 * @param completeCases reliability on complete rows only (listwise)
 * @param organisation every scored person's score, whatever their number
 * @param teams every team with a scored member, in natural order of name
 * @param teamScores the same teams' person scores as running sums (for the ANOVA over any
 *     subset of teams), in the same order
 * @param frequencies the organisation's answer counts per item (keyed), in item order
 * @param hasTeams whether the data had a team column
 * @param favourable the options counted in every favourable share
 * @param twoLevel the teams' sums for the multilevel fit over the shown teams
 */
public record ScaleStatistics(
    List<String> items,
    MissingPolicy missing,
    long rows,
    long scored,
    long complete,
    long unteamed,
    ReliabilityAnalysis reliability,
    ReliabilityAnalysis completeCases,
    TeamScore organisation,
    List<TeamScore> teams,
    List<RunningStats> teamScores,
    List<ItemFrequency> frequencies,
    boolean hasTeams,
    FavourableRange favourable,
    TwoLevelSums twoLevel) {

  public ScaleStatistics {
    items = List.copyOf(items);
    teams = List.copyOf(teams);
    teamScores = List.copyOf(teamScores);
    frequencies = List.copyOf(frequencies);
  }
}
