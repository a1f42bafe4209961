package org.leadsurvey.stats.network;

/**
 * Krackhardt &amp; Stern's E-I index of a group's ties, {@code (E - I) / (E + I)}: E ties to
 * people outside the group, I ties inside it. -1: every tie stays inside; +1: every tie leaves
 * the group (Krackhardt &amp; Stern 1988, Social Psychology Quarterly 51, 123-140). NaN without
 * ties. In R, base arithmetic on the counts (no package has a canonical version).
 */
public final class EiIndex {
  private EiIndex() {}

  public static double of(long external, long internal) {
    long all = external + internal;
    return all == 0 ? Double.NaN : (double) (external - internal) / all;
  }
}
