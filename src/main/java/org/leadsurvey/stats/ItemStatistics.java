package org.leadsurvey.stats;

/**
 * One item's statistics on keyed answers.
 *
 * @param n answers to the item
 * @param sd sample standard deviation (n - 1)
 * @param rDrop corrected item-total correlation
 * @param loading loading on the one-factor minres solution
 */
public record ItemStatistics(
    String item, long n, double mean, double sd, double rDrop, double alphaIfDeleted,
    double loading) {}
