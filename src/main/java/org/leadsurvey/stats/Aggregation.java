package org.leadsurvey.stats;

/**
 * Whether team means differ enough to treat the scale as a team property: ICC(1), ICC(2) and
 * the ANOVA F test of person scores by team, over every team (reported or hidden).
 */
public record Aggregation(
    int teams, long people, double icc1, double icc2, double f, double dfBetween,
    double dfWithin, double p) {

  public static Aggregation of(OneWayAnova a) {
    Icc icc = Icc.of(a);
    return new Aggregation(a.groups(), a.n(), icc.icc1(), icc.icc2(), a.f(), a.dfBetween(),
        a.dfWithin(), a.p());
  }
}
