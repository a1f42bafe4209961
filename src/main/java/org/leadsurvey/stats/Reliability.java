package org.leadsurvey.stats;

/**
 * Scale reliability as {@code psych::alpha} reports it.
 *
 * @param observations rows the covariances came from (n of the Feldt interval)
 * @param alphaCi Feldt interval of the raw alpha
 * @param omegaTotal McDonald's omega total from a one-factor minres fit
 */
public record Reliability(
    long observations,
    double alpha,
    double alphaStd,
    double lambda6,
    double averageR,
    ConfidenceInterval alphaCi,
    double omegaTotal) {}
