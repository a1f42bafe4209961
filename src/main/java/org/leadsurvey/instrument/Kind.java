package org.leadsurvey.instrument;

import java.util.Locale;

/**
 * How an instrument is answered. A self-report instrument is one row per respondent with an
 * answer per item; a peer-rating instrument asks each member to rate every other member of the
 * team on its one item (a round robin), collected in long format {@code team,rater,ratee,rating}.
 */
public enum Kind {
  SELF_REPORT,
  PEER_RATING;

  /** The spelling used in instrument files: {@code self-report}, {@code peer-rating}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind spelled {@code text}, or null when there is none. */
  public static Kind of(String text) {
    for (Kind k : values()) {
      if (k.id().equals(text)) {
        return k;
      }
    }
    return null;
  }
}
