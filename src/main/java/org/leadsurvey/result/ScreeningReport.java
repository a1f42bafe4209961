package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.CarelessScreen.Rule;

/**
 * Careless-response screening as reported: counts only, never who was flagged.
 *
 * @param excluded whether flagged respondents were left out of the statistics
 */
public record ScreeningReport(CarelessScreen.Counts counts, CarelessScreen.Thresholds thresholds,
    boolean excluded) {

  /** The rule's cut-off in words. */
  public String describe(Rule rule) {
    CarelessScreen.Thresholds t = thresholds;
    return switch (rule) {
      case LONGSTRING -> "same answer " + t.longstring() + " or more times in a row";
      case IRV -> "SD of own answers below " + fmt(t.irvMin());
      case MAHALANOBIS -> "Mahalanobis D² with p < " + fmt(t.mahalanobisP());
      case INCONSISTENCY -> "keyed normal vs reverse items differ by " + fmt(t.inconsistency())
          + "+ points";
      case SPEEDER -> "faster than " + fmt(t.speederShare()) + " x median time"
          + (Double.isNaN(counts.medianSeconds()) ? "" : " (" + fmt(counts.medianSeconds())
          + " s), i.e. under " + fmt(counts.speederLimitSeconds()) + " s");
    };
  }

  /** Rows of the rule table: rule, flagged, criterion (or "not applicable: ..."). */
  public List<List<String>> rows() {
    List<List<String>> out = new ArrayList<>();
    for (Rule r : Rule.values()) {
      Long n = counts.byRule().get(r);
      out.add(List.of(r.key(), n == null ? "-" : String.valueOf(n),
          n == null ? "not applied: " + notApplied(r) : describe(r)));
    }
    return out;
  }

  /** One sentence: how many were flagged and what happened to them. */
  public String headline() {
    return counts.flagged() + " of " + counts.screened() + " respondents flagged as possibly"
        + " careless" + (excluded ? "; left out of the statistics below"
            : "; kept in the statistics (--exclude-flagged leaves them out)");
  }

  public static String notApplied(Rule r) {
    return switch (r) {
      case MAHALANOBIS -> "too few complete respondents (needs "
          + org.leadsurvey.stats.MahalanobisDistance.MIN_ROWS + " and twice the items)";
      case INCONSISTENCY -> "no scale has both reverse-keyed and normal items";
      case SPEEDER -> "the export has no completion times";
      default -> "";
    };
  }

  public static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.valueOf((long) v);
    }
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros()
        .toPlainString();
  }
}
