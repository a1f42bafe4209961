package org.leadsurvey.result;

import org.leadsurvey.stats.ConfidenceInterval;
import org.leadsurvey.stats.GroupScore;

/**
 * A group of a demographic cut (one value of a {@code --by} column) as it may be shown: its
 * score and its gap to the rest of the organisation, or only the fact that it is hidden. Built
 * only by {@link Disclosure}; a hidden group carries no numbers.
 */
public sealed interface CutGroup permits CutGroup.Shown, CutGroup.Hidden {
  /** The value, {@code "(no answer)"} for blank cells. */
  String group();

  /** A published group. */
  final class Shown implements CutGroup {
    private final String group;
    private final GroupScore score;
    private final Gap gap;

    Shown(String group, GroupScore score, Gap gap) {
      this.group = group;
      this.score = score;
      this.gap = gap;
    }

    @Override
    public String group() {
      return group;
    }

    /** n, mean, sd, 95% CI, favourable share and item means (NaN below the minimum answers). */
    public GroupScore score() {
      return score;
    }

    public Gap gap() {
      return gap;
    }
  }

  /** A hidden group: too small, or hidden so that others cannot be worked out. */
  final class Hidden implements CutGroup {
    private final String group;

    Hidden(String group) {
      this.group = group;
    }

    @Override
    public String group() {
      return group;
    }
  }

  /**
   * The group minus the rest of the organisation: difference of means, Welch 95% CI and p, p
   * Holm-adjusted over the column's shown groups, Cohen's d with the pooled sd.
   */
  final class Gap {
    private final double difference;
    private final ConfidenceInterval ci95;
    private final double p;
    private final double pHolm;
    private final double cohensD;

    Gap(double difference, ConfidenceInterval ci95, double p, double pHolm, double cohensD) {
      this.difference = difference;
      this.ci95 = ci95;
      this.p = p;
      this.pHolm = pHolm;
      this.cohensD = cohensD;
    }

    public double difference() {
      return difference;
    }

    public ConfidenceInterval ci95() {
      return ci95;
    }

    public double p() {
      return p;
    }

    public double pHolm() {
      return pHolm;
    }

    public double cohensD() {
      return cohensD;
    }
  }
}
