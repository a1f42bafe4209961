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
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  static String percent(double share) {
    return Double.isNaN(share) ? DASH : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "p " + DASH;
    }
    return p < 0.001 ? "p < .001" : String.format(Locale.ROOT, "p = %.3f", p).replace("0.", ".");
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
    return com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal.toString(v);
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
