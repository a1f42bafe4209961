package org.leadsurvey.analysis;

import java.util.Set;
import org.leadsurvey.stats.MissingPolicy;

/**
 * How a survey export is analysed: its team column, the smallest group shown, missing answers.
 *
 * @param teamColumn the team column's name
 * @param teamRequired whether a missing team column is an error (named on the command line)
 * @param missingCodes cell values that mean no answer (the empty cell among them)
 */
public record SurveySettings(String teamColumn, boolean teamRequired, MissingPolicy missing,
    int minGroup, Set<String> missingCodes) {
  public SurveySettings {
    missingCodes = Set.copyOf(missingCodes);
  }
}
