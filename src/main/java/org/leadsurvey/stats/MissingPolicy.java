package org.leadsurvey.stats;

/** How missing answers are handled. */
public enum MissingPolicy {
  /** Every answer counts: pairwise-complete covariances, person scores from answered items. */
  PAIRWISE,
  /** Only respondents who answered every item of the scale count, everywhere. */
  LISTWISE
}
