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
   * @param reliableChange measurement error of the change, from each wave's alpha
   */
  record Shown(String from, String to, boolean firstToLast, TeamScore before, TeamScore after,
      WelchInterval welch, double d, ReliableChange reliableChange) implements WaveChange {
    public double change() {
      return welch.difference();
    }
  }

  /** @param reason why: a wave where the group is hidden, or has no respondents */
  record Withheld(String from, String to, boolean firstToLast, String reason)
      implements WaveChange {}
}
