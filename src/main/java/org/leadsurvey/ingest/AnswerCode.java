package org.leadsurvey.ingest;

/**
 * An answer written as a number: digits with an optional minus sign and decimal part, as every
 * survey platform writes codes. Java's {@code Double.parseDouble} also takes {@code 3d},
 * {@code 3F}, {@code +3}, {@code .3e1}, {@code 0x1p1} and {@code Infinity}, none of which is a
 * code a respondent chose; they are labels or errors instead.
 */
final class AnswerCode {
  /** Longer numbers are beyond every scale (and not worth parsing). */
  private static final int MAX_LENGTH = 24;

  private AnswerCode() {}

  /** The number {@code s} writes, or NaN when it is not written as one. */
  static double number(String s) {
    int n = s.length();
    if (n == 0) {
      return Double.NaN;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int decimals = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        decimals++;
      }
      if (decimals == 0) {
        return Double.NaN;
      }
    }
    if (i < n) {
      return Double.NaN;
    }
    return n > MAX_LENGTH ? Double.MAX_VALUE : Double.parseDouble(s);
  }
}
