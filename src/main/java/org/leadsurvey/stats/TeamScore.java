package org.leadsurvey.stats;

/**
 * A group's scale score: person scores of its {@code n} scored members.
 *
 * @param ci95 t-based 95% interval of the mean
 * @param rwgJ within-team agreement (NaN for the organisation as a whole)
 * @param favourable share of the members' keyed answers in the top two options
 */
public record TeamScore(
    String team, long n, double mean, double sd, ConfidenceInterval ci95, double rwgJ,
    double favourable) {}
