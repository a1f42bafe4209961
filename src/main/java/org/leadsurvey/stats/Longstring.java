package org.leadsurvey.stats;

/**
 * Longstring: the longest run of identical consecutive answers of one respondent, in item
 * order (Johnson 2005, "Ascertaining the validity of individual protocols from Web-based
 * personality inventories", J. Research in Personality 39, 103-129; {@code careless::longstring}).
 * An unanswered item (NaN) ends a run and does not start one.
 */
final class Longstring {
  private Longstring() {}

  public static int of(double[] answers) {
    int longest = 0;
    int run = 0;
    double previous = Double.NaN;
    for (double a : answers) {
      if (Double.isNaN(a)) {
        run = 0;
      } else if (run > 0 && a == previous) {
        run++;
      } else {
        run = 1;
      }
      previous = a;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
