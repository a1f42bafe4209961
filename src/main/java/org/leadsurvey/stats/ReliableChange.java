package org.leadsurvey.stats;

/**
 * Whether a change in a group's mean score is larger than measurement error alone would
 * produce: the reliable change index of Jacobson &amp; Truax (1991), applied to the mean of a
 * group rather than one person's score.
 *
 * <p>Jacobson &amp; Truax define, for one person, {@code RCI = (x2 - x1) / S_diff} with
 * {@code S_diff = sqrt(2 SE^2)} and the standard error of measurement
 * {@code SE = s sqrt(1 - r_xx)}. A group mean of {@code n} independent people carries the
 * measurement error of {@code n} scores, so its standard error of measurement is
 * {@code s sqrt(1 - r_xx) / sqrt(n)}. Survey waves are independent samples with their own
 * spread and reliability, so each wave contributes its own error:
 *
 * <pre>
 *   SEM_w  = sd_w * sqrt(1 - alpha_w) / sqrt(n_w)          (w = 1, 2)
 *   S_diff = sqrt(SEM_1^2 + SEM_2^2)
 *   RCI    = (mean_2 - mean_1) / S_diff;  reliable when |RCI| > 1.96 (z for 95%)
 * </pre>
 *
 * With equal sd, alpha and n this is Jacobson &amp; Truax's {@code sqrt(2 SE^2)}, divided by
 * {@code sqrt(n)}. It answers "is this more than the scale's unreliability?", not "is this more
 * than sampling variation?" (that is the Welch interval); a change can be reliable yet within
 * the sampling interval.
 *
 * <p>Jacobson, N. S., &amp; Truax, P. (1991). Clinical significance: A statistical approach to
 * defining meaningful change in psychotherapy research. Journal of Consulting and Clinical
 * Psychology, 59(1), 12-19. https://doi.org/10.1037/0022-006X.59.1.12
 *
 * @param sDiff standard error of the difference due to measurement error
 * @param index the reliable change index (NaN when alpha is undefined or not above 0)
 * <p>Reported as a number only (json {@code rci}, {@code rciBeyondError}; csv), never as a
 * headline mark: the error of a group mean shrinks with {@code sqrt(n)}, so in any sizeable team
 * nearly every change exceeds it, while sampling variation does not shrink so. Marks come from
 * the Welch interval after Holm's adjustment ({@code WaveChange.Shown#marked}).
 *
 * @param beyondError whether {@code |index| > 1.96}
 */
public record ReliableChange(double sDiff, double index, boolean beyondError) {
  /** The two-sided 95% normal quantile. */
  public static final double CRITICAL = 1.959963984540054;

  public static ReliableChange of(long n1, double sd1, double alpha1, long n2, double sd2,
      double alpha2, double difference) {
    double sem1 = sem(n1, sd1, alpha1);
    double sem2 = sem(n2, sd2, alpha2);
    double sDiff = Math.sqrt(sem1 * sem1 + sem2 * sem2);
    if (Double.isNaN(sDiff) || sDiff == 0) {
      return new ReliableChange(sDiff, Double.NaN, false);
    }
    double index = difference / sDiff;
    return new ReliableChange(sDiff, index, Math.abs(index) > CRITICAL);
  }

  /** Standard error of measurement of a mean of n scores; NaN unless 0 < alpha <= 1. */
  static double sem(long n, double sd, double alpha) {
    if (n < 1 || !(alpha > 0) || alpha > 1) {
      return Double.NaN;
    }
    return sd * Math.sqrt(1 - alpha) / Math.sqrt(n);
  }
}
