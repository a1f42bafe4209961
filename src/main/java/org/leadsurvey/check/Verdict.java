package org.leadsurvey.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.WaveChange;

/**
 * What {@code --check} gates found over publishable results. Every value of a metric is tested
 * (each scale, wave and reportable team); hidden teams and withheld changes are never
 * evaluated, so a failure can never show a hidden score.
 *
 * @param failures every failed value
 * @param evaluated values tested, over all checks
 * @param vacuous checks that had no value to test (e.g. no reportable team)
 */
public record Verdict(List<Failure> failures, long evaluated, List<Check> vacuous) {
  /**
   * A value that failed its check.
   *
   * @param where which scale, wave, team (and pair of waves) the value belongs to
   */
  public record Failure(Check check, String where, double value) {
    @Override
    public String toString() {
      return "check failed: " + check.text() + ": " + where + " is " + format(value);
    }
  }

  public Verdict {
    failures = List.copyOf(failures);
    vacuous = List.copyOf(vacuous);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /**
   * @param waves one entry for a single file (its name is then not shown), or each wave
   * @param trend the trend across waves, or null for a single file (change metrics need it)
   */
  public static Verdict evaluate(List<Check> checks, List<WaveReport> waves, TrendReport trend) {
    List<Failure> failures = new ArrayList<>();
    List<Check> vacuous = new ArrayList<>();
    long evaluated = 0;
    boolean named = waves.size() > 1;
    for (Check c : checks) {
      long before = evaluated;
      switch (c.metric().level()) {
        case SCALE, ORGANISATION, TEAM, GROUP -> {
          for (WaveReport w : waves) {
            for (ScaleReport s : w.report().scales()) {
              String where = "scale " + s.scale().id() + (named ? ", wave " + w.name() : "");
              evaluated += c.metric().level() == Metric.Level.GROUP
                  ? groups(c, s, where, failures)
                  : perWave(c, s.result(), w.report().rows(), where, failures);
            }
          }
        }
        case ORGANISATION_CHANGE, TEAM_CHANGE -> {
          if (trend != null) {
            for (TrendReport.ScaleTrendReport t : trend.trends()) {
              String where = "scale " + t.scale().id();
              if (c.metric().level() == Metric.Level.ORGANISATION_CHANGE) {
                evaluated += changes(c, t.trend().organisation(), where + ", organisation",
                    failures);
              } else {
                for (ScaleTrend.GroupTrend g : t.trend().teams()) {
                  evaluated += changes(c, g, where + ", team " + g.group(), failures);
                }
              }
            }
          }
        }
      }
      if (evaluated == before) {
        vacuous.add(c);
      }
    }
    return new Verdict(failures, evaluated, vacuous);
  }

  /** The published groups of every --by column; hidden groups are never evaluated. */
  private static long groups(Check c, ScaleReport s, String where, List<Failure> failures) {
    if (s.cuts() == null) {
      return 0;
    }
    long n = 0;
    for (CutResult cut : s.cuts().cuts()) {
      for (CutGroup g : cut.groups()) {
        if (g instanceof CutGroup.Shown shown) {
          double v = c.metric() == Metric.GROUP_MEAN ? shown.score().mean()
              : shown.gap() == null ? Double.NaN : shown.gap().difference();
          if (!Double.isNaN(v)) {
            n += test(c, v, where + ", " + cut.by() + " " + g.group(), failures);
          }
        }
      }
    }
    return n;
  }

  private static long perWave(Check c, ScaleResult r, long rows, String where,
      List<Failure> failures) {
    Aggregation a = r.aggregation();
    TeamScore org = r.organisation();
    switch (c.metric()) {
      case ALPHA -> {
        return r.reliability() == null ? 0
            : test(c, r.reliability().scale().alpha(), where, failures);
      }
      case OMEGA -> {
        return r.reliability() == null ? 0
            : test(c, r.reliability().scale().omegaTotal(), where, failures);
      }
      case RESPONDENTS -> {
        return r.shown() ? test(c, r.scored(), where, failures) : 0;
      }
      case ROWS -> {
        return test(c, rows, where, failures);
      }
      case ICC1 -> {
        return a == null ? 0 : test(c, a.icc1(), where, failures);
      }
      case ICC2 -> {
        return a == null ? 0 : test(c, a.icc2(), where, failures);
      }
      case ORG_MEAN -> {
        return org == null ? 0 : test(c, org.mean(), where + ", organisation", failures);
      }
      case ORG_FAVOURABLE -> {
        return org == null ? 0 : test(c, org.favourable(), where + ", organisation", failures);
      }
      default -> {
        long n = 0;
        for (TeamResult t : r.teams()) {
          if (t instanceof TeamResult.Reported rep) { // hidden teams are never evaluated
            TeamScore s = rep.score();
            double v = switch (c.metric()) {
              case TEAM_MEAN -> s.mean();
              case TEAM_N -> s.n();
              case TEAM_RWG -> s.rwgJ();
              case TEAM_FAVOURABLE -> s.favourable();
              default -> throw new IllegalStateException(c.metric().key());
            };
            n += test(c, v, where + ", team " + s.team(), failures);
          }
        }
        return n;
      }
    }
  }

  /** Consecutive changes that are shown; first-to-last and withheld changes are not tested. */
  private static long changes(Check c, ScaleTrend.GroupTrend g, String where,
      List<Failure> failures) {
    long n = 0;
    for (WaveChange ch : g.changes()) {
      if (ch instanceof WaveChange.Shown s && !s.firstToLast()) {
        n += test(c, s.change(), where + ", " + s.from() + " -> " + s.to(), failures);
      }
    }
    return n;
  }

  private static long test(Check c, double value, String where, List<Failure> failures) {
    if (!c.passes(value)) {
      failures.add(new Failure(c, where, value));
    }
    return 1;
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "not defined";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
