package org.leadsurvey.report;

import java.util.Locale;

/** Number formatting shared by the renderers; NaN (undefined) prints as a dash or nothing. */
final class Numbers {
  static final String DASH = "–";

  private Numbers() {}

  static String fixed(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return DASH;
    }
    String quick = scaled(v, decimals);
    if (quick != null) {
      return quick;
    }
    String fast = roundHalfUp(Double.toString(v), decimals);
    return fast != null ? fast : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static final double[] POWERS = {1, 10, 100, 1000};

  /**
   * The common case without Java 17's slow Double.toString: a value under a million, rounded
   * to at most 3 decimals, more than a millionth away from a tie once scaled. Then the shortest
   * decimal digits (within half an ulp of v, under 1e-7 scaled) round the same way as v itself.
   * Near a tie (1.115 is 1.11499999... in binary, yet the formatter prints 1.12): null.
   */
  private static String scaled(double v, int decimals) {
    double a = Math.abs(v);
    if (a >= 1e6 || decimals >= POWERS.length) {
      return null;
    }
    double r = a * POWERS[decimals];
    double whole = Math.floor(r);
    double rest = r - whole;
    if (Math.abs(rest - 0.5) < 1e-6) {
      return null;
    }
    long n = (long) whole + (rest > 0.5 ? 1 : 0);
    StringBuilder out = new StringBuilder(12);
    if (v < 0 || Double.doubleToRawLongBits(v) < 0) {
      out.append('-'); // also -0.0 and what rounds to zero, as the formatter does
    }
    long unit = (long) POWERS[decimals];
    out.append(n / unit);
    if (decimals > 0) {
      String digits = Long.toString(n % unit + unit); // leading 1, then zero-padded decimals
      out.append('.').append(digits, 1, digits.length());
    }
    return out.toString();
  }

  static String percent(double share) {
    return Double.isNaN(share) ? DASH : fixed(share * 100, 0) + "%";
  }

  /**
   * What {@code String.format("%.<decimals>f", v)} prints, from {@code Double.toString(v)}:
   * Java's formatter rounds the same shortest decimal digits half up. A table of 100,000 teams
   * formats 600,000 numbers, and the formatter (a parse of the pattern and a Formatter each
   * time) took most of a second. Null for the cases left to the formatter (exponents).
   */
  static String roundHalfUp(String plain, int decimals) {
    if (plain.indexOf('E') >= 0) {
      return null;
    }
    boolean negative = plain.charAt(0) == '-';
    int point = plain.indexOf('.');
    String whole = plain.substring(negative ? 1 : 0, point);
    String fraction = plain.substring(point + 1);
    // The digits kept, as one number to round: whole digits then `decimals` fraction digits.
    StringBuilder digits = new StringBuilder(whole);
    for (int i = 0; i < decimals; i++) {
      digits.append(i < fraction.length() ? fraction.charAt(i) : '0');
    }
    if (decimals < fraction.length() && fraction.charAt(decimals) >= '5') {
      int i = digits.length() - 1;
      while (i >= 0 && digits.charAt(i) == '9') {
        digits.setCharAt(i--, '0');
      }
      if (i < 0) {
        digits.insert(0, '1');
      } else {
        digits.setCharAt(i, (char) (digits.charAt(i) + 1));
      }
    }
    int wholeLength = digits.length() - decimals;
    StringBuilder out = new StringBuilder(digits.length() + 2);
    if (negative) {
      out.append('-'); // also when it rounds to zero, as the formatter does: -0.001 is -0.00
    }
    out.append(digits, 0, wholeLength);
    if (decimals > 0) {
      out.append('.').append(digits, wholeLength, digits.length());
    }
    return out.toString();
  }

  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "p " + DASH;
    }
    return p < 0.001 ? "p < .001" : String.format(Locale.ROOT, "p = %.3f", p).replace("0.", ".");
  }

  /** A p value in a table cell: {@code .012}, {@code <.001}; a dash when undefined. */
  static String pCell(double p) {
    if (Double.isNaN(p)) {
      return DASH;
    }
    return p < 0.001 ? "<.001" : String.format(Locale.ROOT, "%.3f", p).replace("0.", ".");
  }

  /** A signed change or gap in a table cell: {@code +0.25}, {@code 0.00} when it rounds to zero. */
  static String signed(double v) {
    if (Double.isNaN(v)) {
      return DASH;
    }
    return Math.abs(v) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f", v);
  }

  /** Full precision for machine-readable CSV; empty when undefined. */
  static String exact(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    // Shortest decimal that reads back to the same double (Schubfach, as Double.toString does
    // from Java 19); Java 17's own Double.toString is several times slower on 100k-team tables.
    return plain(com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal.toString(v));
  }

  /**
   * The same digits without an exponent ({@code 2.4196944923515762E-4} is
   * {@code 0.00024196944923515762}): spreadsheets and csvkit read both, but people and some
   * scripts do not expect an exponent in a CSV cell.
   */
  static String plain(String shortest) {
    return shortest.indexOf('E') < 0 ? shortest
        : new java.math.BigDecimal(shortest).toPlainString();
  }

  /** Reliability in plain words (George &amp; Mallery's rule of thumb). */
  static String reliabilityWords(double alpha) {
    if (Double.isNaN(alpha)) {
      return "not defined";
    }
    if (alpha >= 0.9) {
      return "excellent";
    }
    if (alpha >= 0.8) {
      return "good";
    }
    if (alpha >= 0.7) {
      return "acceptable";
    }
    if (alpha >= 0.6) {
      return "questionable";
    }
    return alpha >= 0.5 ? "poor" : "unacceptable";
  }
}
