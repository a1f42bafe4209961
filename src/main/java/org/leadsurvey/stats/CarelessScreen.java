package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flags careless respondents by five rules, one respondent at a time, and counts the flags.
 * Flags only: what to do with them is the caller's choice. A respondent flagged by several
 * rules counts once in {@code flagged} and once under each rule.
 *
 * <ul>
 *   <li>{@code longstring}: {@link Longstring} of the raw answers at least {@code longstring}.</li>
 *   <li>{@code irv}: {@link ResponseVariability} of the raw answers below {@code irvMin}.</li>
 *   <li>{@code mahalanobis}: {@link MahalanobisDistance} p-value below {@code mahalanobisP}
 *       (complete respondents only).</li>
 *   <li>{@code inconsistency}: {@link KeyedInconsistency} of some scale with both kinds of
 *       items at least {@code inconsistency} scale points.</li>
 *   <li>{@code speeder}: completion time below {@code speederShare} times the median.</li>
 * </ul>
 */
public final class CarelessScreen {
  /** The rules, in report order. */
  public enum Rule {
    LONGSTRING, IRV, MAHALANOBIS, INCONSISTENCY, SPEEDER;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The cut-offs; see the class comment. */
  public record Thresholds(int longstring, double irvMin, double mahalanobisP,
      double inconsistency, double speederShare) {

    /**
     * The standard cut-offs: a run of every item, SD below 0.5, D² with p below .001, half the
     * answer range, half the median time.
     *
     * @param items the instrument's items
     * @param range highest minus lowest answer option
     */
    public static Thresholds standard(int items, double range) {
      return new Thresholds(items, 0.5, 0.001, range / 2, 0.5);
    }
  }

  /**
   * Counts of a screening.
   *
   * @param applied the rules that could be applied (e.g. no speeder rule without times)
   * @param byRule respondents flagged per applied rule
   */
  public record Counts(long screened, long flagged, Set<Rule> applied, Map<Rule, Long> byRule,
      double speederLimitSeconds, double medianSeconds) {
    public Counts {
      applied = Set.copyOf(applied);
      byRule = Map.copyOf(byRule);
    }
  }

  private final Thresholds thresholds;
  private final int min;
  private final int max;
  private final boolean[] reverse;
  private final int[][] mixedScales;
  private final MahalanobisDistance.Fitted mahalanobis;
  private final double medianSeconds;
  private final double speederLimit;
  private final double[] keyed;
  private final long[] perRule = new long[Rule.values().length];
  private final EnumSet<Rule> applied = EnumSet.noneOf(Rule.class);
  private long screened;
  private long flagged;

  /**
   * @param min lowest answer option, {@code max} highest (for keying)
   * @param reverse per item: reverse keyed
   * @param scales per scale, the indices of its items
   * @param mahalanobis the fitted distance, or null when it could not be fitted
   * @param medianSeconds median completion time, NaN when the export has no times
   */
  public CarelessScreen(Thresholds thresholds, int min, int max, boolean[] reverse,
      int[][] scales, MahalanobisDistance.Fitted mahalanobis, double medianSeconds) {
    this.thresholds = thresholds;
    this.min = min;
    this.max = max;
    this.reverse = reverse.clone();
    this.mixedScales = Arrays.stream(scales).filter(this::mixed).toArray(int[][]::new);
    this.mahalanobis = mahalanobis;
    this.medianSeconds = medianSeconds;
    this.speederLimit = thresholds.speederShare() * medianSeconds;
    this.keyed = new double[reverse.length];
    applied.add(Rule.LONGSTRING);
    applied.add(Rule.IRV);
    if (mahalanobis != null) {
      applied.add(Rule.MAHALANOBIS);
    }
    if (mixedScales.length > 0) {
      applied.add(Rule.INCONSISTENCY);
    }
    if (!Double.isNaN(medianSeconds) && !Double.isInfinite(medianSeconds)) {
      applied.add(Rule.SPEEDER);
    }
  }

  private boolean mixed(int[] items) {
    boolean normal = false;
    boolean reversed = false;
    for (int i : items) {
      normal |= !reverse[i];
      reversed |= reverse[i];
    }
    return normal && reversed;
  }

  /** Bit {@code 1 << rule.ordinal()} of the rules that flag this respondent. */
  public static boolean has(int flags, Rule rule) {
    return (flags & (1 << rule.ordinal())) != 0;
  }

  /** The same fit with other cut-offs, and counts of its own. */
  public CarelessScreen with(Thresholds other) {
    return new CarelessScreen(other, min, max, reverse, mixedScales, mahalanobis, medianSeconds);
  }

  /**
   * Screens one respondent and counts the result.
   *
   * @param raw raw answers, NaN missing
   * @param seconds completion time, NaN unknown
   * @return the flags, 0 for none
   */
  public int screen(double[] raw, double seconds) {
    int flags = 0;
    if (Longstring.of(raw) >= thresholds.longstring()) {
      flags |= 1 << Rule.LONGSTRING.ordinal();
    }
    double irv = ResponseVariability.of(raw);
    if (irv < thresholds.irvMin()) {
      flags |= 1 << Rule.IRV.ordinal();
    }
    if (mahalanobis != null) {
      double p = mahalanobis.p(mahalanobis.d2(raw));
      if (p < thresholds.mahalanobisP()) {
        flags |= 1 << Rule.MAHALANOBIS.ordinal();
      }
    }
    if (mixedScales.length > 0) {
      for (int i = 0; i < raw.length; i++) {
        keyed[i] = reverse[i] ? min + max - raw[i] : raw[i];
      }
      for (int[] scale : mixedScales) {
        if (KeyedInconsistency.of(keyed, scale, reverse) >= thresholds.inconsistency()) {
          flags |= 1 << Rule.INCONSISTENCY.ordinal();
          break;
        }
      }
    }
    if (applied.contains(Rule.SPEEDER) && seconds < speederLimit) {
      flags |= 1 << Rule.SPEEDER.ordinal();
    }
    screened++;
    if (flags != 0) {
      flagged++;
      for (Rule r : Rule.values()) {
        if (has(flags, r)) {
          perRule[r.ordinal()]++;
        }
      }
    }
    return flags;
  }

  public Counts counts() {
    Map<Rule, Long> byRule = new EnumMap<>(Rule.class);
    for (Rule r : applied) {
      byRule.put(r, perRule[r.ordinal()]);
    }
    return new Counts(screened, flagged, applied, byRule,
        applied.contains(Rule.SPEEDER) ? speederLimit : Double.NaN, medianSeconds);
  }
}
