package org.leadsurvey.stats;

import java.util.List;

/**
 * A group's scale score (a group of a demographic cut, or a team x group cell): its {@code n}
 * scored people's scores.
 *
 * @param ci95 one-sample t 95% interval of the mean ({@link OneSampleT})
 * @param favourable share of the members' keyed answers in the top two options
 * @param itemMeans mean keyed answer per item, in item order; NaN where fewer than the minimum
 *     group size answered the item
 */
public record GroupScore(long n, double mean, double sd, ConfidenceInterval ci95,
    double favourable, List<Double> itemMeans) {

  public GroupScore {
    itemMeans = itemMeans instanceof DoubleValues ? itemMeans : List.copyOf(itemMeans);
  }
}
