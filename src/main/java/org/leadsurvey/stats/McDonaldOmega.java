package org.leadsurvey.stats;

/**
 * McDonald's (1999) omega total from one-factor loadings:
 * {@code (sum l)^2 / ((sum l)^2 + sum(1 - l^2))}.
 */
final class McDonaldOmega {
  private McDonaldOmega() {}

  public static double total(double[] loadings) {
    double common = 0;
    double unique = 0;
    for (double l : loadings) {
      common += l;
      unique += 1 - l * l;
    }
    return common * common / (common * common + unique);
  }
}
