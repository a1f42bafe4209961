package org.leadsurvey.result;

import java.util.List;
import java.util.Map;
import org.leadsurvey.stats.PearsonCorrelation;

/**
 * Everything a {@code network} run shows, in every format. Built only from privacy-filtered
 * results: hidden teams have no numbers here.
 *
 * @param rows data rows read
 * @param layout long or wide
 * @param selfRatings self-ratings found and ignored
 * @param showPeople whether per-person standings (and names) may be shown
 * @param criteria the criteria rated, in the order first seen; {@code [""]} for a
 *     single-criterion file
 * @param minRaters fewest raters for a person's figures on a criterion to be shown
 * @param climate the join with a survey's team scores, or null without --climate
 */
public record NetworkReport(
    String toolVersion,
    List<String> files,
    long rows,
    String layout,
    int scaleMin,
    int scaleMax,
    double tieThreshold,
    int minGroup,
    long selfRatings,
    boolean showPeople,
    List<String> criteria,
    int minRaters,
    List<NetworkResult> teams,
    Climate climate) {

  public NetworkReport {
    files = List.copyOf(files);
    criteria = List.copyOf(criteria);
    teams = List.copyOf(teams);
  }

  /** Whether the file rated several criteria (a criterion column or blocks of columns). */
  public boolean multiCriteria() {
    return !criteria.equals(List.of(""));
  }

  public long hiddenTeams() {
    return teams.stream().filter(t -> t instanceof NetworkResult.Hidden).count();
  }

  /**
   * Team climate joined to the networks.
   *
   * @param file the survey file
   * @param scale the scale whose team means are used (id and name)
   * @param means team mean of every team reportable in both the survey and the networks
   * @param correlations per criterion (in the report's order), the correlations of the team
   *     means with its density and centralization
   */
  public record Climate(String file, String scaleId, String scaleName, Map<String, Double> means,
      List<Correlations> correlations) {
    public Climate {
      means = Map.copyOf(means);
      correlations = List.copyOf(correlations);
    }
  }

  /**
   * One criterion's correlations with the climate.
   *
   * @param density correlation of the team means with valued density
   * @param centralization correlation of the team means with binary in-degree centralization
   */
  public record Correlations(String criterion, PearsonCorrelation.Result density,
      PearsonCorrelation.Result centralization) {}
}
