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
    double omegaTotal) {

  /** No figures: every number NaN (e.g. reliability that is not published). */
  public static final Reliability UNDEFINED = new Reliability(0, Double.NaN, Double.NaN,
      Double.NaN, Double.NaN, new ConfidenceInterval(0.95, Double.NaN, Double.NaN), Double.NaN);
}
