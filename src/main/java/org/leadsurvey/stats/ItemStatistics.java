package org.leadsurvey.stats;

/**
 * One item's statistics on keyed answers.
 *
 * @param n answers to the item
 * @param sd sample standard deviation (n - 1)
 * @param rDrop corrected item-total correlation
 * @param loading loading on the one-factor minres solution
 * @param rawR correlation with the row mean over answered items ({@code raw.r})
 * @param stdR correlation with the standardized total ({@code std.r})
 * @param rCor {@code std.r} corrected for item overlap and reliability ({@code r.cor})
 */
public record ItemStatistics(
    String item, long n, double mean, double sd, double rDrop, double alphaIfDeleted,
    double loading, double rawR, double stdR, double rCor) {}
