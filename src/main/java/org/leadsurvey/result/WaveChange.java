package org.leadsurvey.result;

import org.leadsurvey.stats.ReliableChange;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.stats.WelchInterval;

/**
 * The change of one group's score from one wave to another. Shown only when the group is
 * reportable in both waves; otherwise {@link Withheld} carries no numbers, so no change can
 * give away a hidden wave's score.
 */
public sealed interface WaveChange permits WaveChange.Shown, WaveChange.Withheld {
  String from();

  String to();

  /** Whether this is the first-to-last change (else two consecutive waves). */
  boolean firstToLast();

  /**
   * @param welch 95% Welch interval of {@code to - from}
   * @param d Cohen's d with the pooled sd
   * @param reliableChange measurement error of the change, from each wave's alpha (a number for
   *     json and csv, never a mark)
   * @param pHolm the Welch p value after Holm's adjustment over the published teams' changes
   *     between the same two waves; the organisation's own p, unadjusted
   */
  record Shown(String from, String to, boolean firstToLast, TeamScore before, TeamScore after,
      WelchInterval welch, double d, ReliableChange reliableChange, double pHolm)
      implements WaveChange {
    /** Significance level of a mark. */
    public static final double LEVEL = 0.05;

    public double change() {
      return welch.difference();
    }

    /** Whether the change is marked: its Welch test rejects zero after Holm's adjustment. */
    public boolean marked() {
      return pHolm < LEVEL;
    }

    Shown withPHolm(double p) {
      return new Shown(from, to, firstToLast, before, after, welch, d, reliableChange, p);
    }
  }

  /** @param reason why: a wave where the group is hidden, or has no respondents */
  record Withheld(String from, String to, boolean firstToLast, String reason)
      implements WaveChange {}
}
