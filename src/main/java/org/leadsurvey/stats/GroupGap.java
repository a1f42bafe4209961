package org.leadsurvey.stats;

/**
 * How a group differs from the rest of the organisation: the difference of mean scores
 * (group - rest) with Welch's 95% interval and two-sided p ({@link WelchInterval}; R's
 * {@code t.test(group, rest)}), and Cohen's d with the pooled sd ({@link CohensD}). The
 * Holm-adjusted p depends on which groups are published, so disclosure adds it ({@link HolmAdjustment}).
 */
public record GroupGap(double difference, ConfidenceInterval ci95, double p, double cohensD) {

  public static GroupGap of(GroupScore group, GroupScore rest) {
    WelchInterval w = WelchInterval.of(rest.n(), rest.mean(), rest.sd(), group.n(),
        group.mean(), group.sd(), 0.95);
    return new GroupGap(w.difference(), w.ci(), w.p(),
        CohensD.of(rest.n(), rest.mean(), rest.sd(), group.n(), group.mean(), group.sd()));
  }
}
