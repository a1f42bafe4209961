package org.leadsurvey.analysis;

import java.util.List;
import java.util.Set;
import org.leadsurvey.stats.FavourableRange;
import org.leadsurvey.stats.MissingPolicy;

/**
 * How a survey export is analysed: its team column, the smallest group shown, missing answers.
 *
 * @param teamColumn the team column's name
 * @param teamRequired whether a missing team column is an error (named on the command line)
 * @param missingCodes cell values that mean no answer (the empty cell among them)
 * @param favourable the keyed options counted as favourable; null for the top two
 * @param cuts demographic columns to cut every scale by ({@code --by}); empty for none
 * @param crossTeams whether cuts are crossed with teams (team x group cells)
 */
public record SurveySettings(String teamColumn, boolean teamRequired, MissingPolicy missing,
    int minGroup, Set<String> missingCodes, FavourableRange favourable, List<String> cuts,
    boolean crossTeams) {
  public SurveySettings {
    missingCodes = Set.copyOf(missingCodes);
    cuts = cuts == null ? List.of() : List.copyOf(cuts);
  }

  /** Settings with the default favourable options (the top two) and no cuts. */
  public SurveySettings(String teamColumn, boolean teamRequired, MissingPolicy missing,
      int minGroup, Set<String> missingCodes) {
    this(teamColumn, teamRequired, missing, minGroup, missingCodes, null, List.of(), false);
  }

  /** The same settings with these favourable options (null: the top two). */
  public SurveySettings withFavourable(FavourableRange range) {
    return new SurveySettings(teamColumn, teamRequired, missing, minGroup, missingCodes, range,
        cuts, crossTeams);
  }

  /** The same settings with demographic cuts. */
  public SurveySettings withCuts(List<String> columns, boolean cross) {
    return new SurveySettings(teamColumn, teamRequired, missing, minGroup, missingCodes,
        favourable, columns, cross);
  }

  /** The favourable options on a {@code min..max} scale: as set, else the top two. */
  public FavourableRange favourable(int min, int max) {
    return favourable != null ? favourable : FavourableRange.topTwo(min, max);
  }
}
