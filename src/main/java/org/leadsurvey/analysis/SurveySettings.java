package org.leadsurvey.analysis;

import java.util.List;
import java.util.Set;
import org.leadsurvey.stats.MissingPolicy;

/**
 * How a survey export is analysed: its team column, the smallest group shown, missing answers.
 *
 * @param teamColumn the team column's name
 * @param teamRequired whether a missing team column is an error (named on the command line)
 * @param missingCodes cell values that mean no answer (the empty cell among them)
 * @param cuts demographic columns to cut every scale by ({@code --by}); empty for none
 * @param crossTeams whether cuts are crossed with teams (team x group cells)
 */
public record SurveySettings(String teamColumn, boolean teamRequired, MissingPolicy missing,
    int minGroup, Set<String> missingCodes, List<String> cuts, boolean crossTeams) {
  public SurveySettings {
    missingCodes = Set.copyOf(missingCodes);
    cuts = cuts == null ? List.of() : List.copyOf(cuts);
  }

  public SurveySettings(String teamColumn, boolean teamRequired, MissingPolicy missing,
      int minGroup, Set<String> missingCodes) {
    this(teamColumn, teamRequired, missing, minGroup, missingCodes, List.of(), false);
  }

  /** These settings with demographic cuts. */
  public SurveySettings withCuts(List<String> columns, boolean cross) {
    return new SurveySettings(teamColumn, teamRequired, missing, minGroup, missingCodes, columns,
        cross);
  }
}
