package org.leadsurvey.stats;

/**
 * Scale reliability as {@code psych::alpha} reports it.
 *
 * @param observations rows the covariances came from (n of the Feldt interval)
 * @param alphaCi Feldt interval of the raw alpha
 * @param omegaTotal McDonald's omega total from a one-factor minres fit
 * @param signalToNoise {@code k rbar / (1 - rbar)}, psych's {@code S/N}
 * @param ase alpha's asymptotic standard error (Duhachek &amp; Iacobucci, 2004)
 * @param medianR median inter-item correlation
 * @param alphaCiDuhachek {@code alpha -/+ 1.96 ase}
 */
public record Reliability(
    long observations,
    double alpha,
    double alphaStd,
    double lambda6,
    double averageR,
    ConfidenceInterval alphaCi,
    double omegaTotal,
    double signalToNoise,
    double ase,
    double medianR,
    ConfidenceInterval alphaCiDuhachek) {

  /** No figures: every number NaN (e.g. reliability that is not published). */
  public static final Reliability UNDEFINED = new Reliability(0, Double.NaN, Double.NaN,
      Double.NaN, Double.NaN, new ConfidenceInterval(0.95, Double.NaN, Double.NaN), Double.NaN,
      Double.NaN, Double.NaN, Double.NaN, new ConfidenceInterval(0.95, Double.NaN, Double.NaN));
}
