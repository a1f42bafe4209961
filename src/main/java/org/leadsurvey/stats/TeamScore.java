package org.leadsurvey.stats;

import java.util.List;

/**
 * A group's scale score: person scores of its {@code n} scored members.
 *
 * @param ci95 t-based 95% interval of the mean
 * @param rwgJ within-team agreement (NaN for the organisation as a whole)
 * @param favourable share of the members' keyed answers in the top two options
 * @param itemMeans mean keyed answer per item of the scale, in item order, over the scored
 *     members; NaN where fewer than the minimum group size answered the item. Only reported
 *     teams are ever shown (a hidden team is a {@link TeamResult.Hidden} with no numbers).
 */
public record TeamScore(
    String team, long n, double mean, double sd, ConfidenceInterval ci95, double rwgJ,
    double favourable, List<Double> itemMeans) {

  public TeamScore {
    itemMeans = itemMeans == null ? List.of()
        : itemMeans instanceof DoubleValues ? itemMeans : List.copyOf(itemMeans);
  }

  /** A score without item means. */
  public TeamScore(String team, long n, double mean, double sd, ConfidenceInterval ci95,
      double rwgJ, double favourable) {
    this(team, n, mean, sd, ci95, rwgJ, favourable, List.of());
  }
}
