package org.leadsurvey.stats;

/**
 * Inconsistency between reverse-keyed and normally keyed items of one scale: the absolute
 * difference between the respondent's mean keyed answer on the normal items and on the
 * reverse-keyed items, {@code |mean(keyed normal) - mean(keyed reverse)|}. Both halves measure
 * the same construct, so an attentive respondent's two means are close; someone who agrees (or
 * disagrees) with an item and with its reversed counterpart alike, as an acquiescent or
 * inattentive respondent does, has keyed halves at opposite ends. A straight-liner at the top
 * of a 1..7 scale scores 6. NaN when either half has no answer. Related to the psychometric
 * antonym and even-odd consistency indices (Meade &amp; Craig 2012, Psychological Methods 17,
 * 437-455).
 */
final class KeyedInconsistency {
  private KeyedInconsistency() {}

  /**
   * @param keyed keyed answers (NaN missing) of all items
   * @param items the indices of the scale's items in {@code keyed}
   * @param reverse per index of {@code keyed}: whether the item is reverse keyed
   */
  public static double of(double[] keyed, int[] items, boolean[] reverse) {
    double sumNormal = 0;
    double sumReverse = 0;
    int normal = 0;
    int reversed = 0;
    for (int i : items) {
      double v = keyed[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (reverse[i]) {
        sumReverse += v;
        reversed++;
      } else {
        sumNormal += v;
        normal++;
      }
    }
    if (normal == 0 || reversed == 0) {
      return Double.NaN;
    }
    return Math.abs(sumNormal / normal - sumReverse / reversed);
  }
}
