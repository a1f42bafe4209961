package org.leadsurvey.stats;

/**
 * Intraclass correlations of a one-way ANOVA, as Bliese's {@code multilevel::ICC1} and
 * {@code ICC2} (Bliese, 2000): {@code ICC(1) = (MSB - MSW) / (MSB + (g - 1) MSW)} with
 * {@code g = N / J} the average group size, and {@code ICC(2) = (MSB - MSW) / MSB}, the
 * reliability of group means.
 */
record Icc(double icc1, double icc2) {

  public static Icc of(OneWayAnova a) {
    if (a.groups() < 2 || a.dfWithin() < 1) {
      return new Icc(Double.NaN, Double.NaN);
    }
    double msb = a.msBetween();
    double msw = a.msWithin();
    double g = (double) a.n() / a.groups();
    return new Icc((msb - msw) / (msb + (g - 1) * msw), (msb - msw) / msb);
  }
}
