package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.CutTrend;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.WaveChange;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/**
 * Tidy CSV of waves: {@code trend.csv} (one row per scale, group and pair of waves compared)
 * and the teams table of every wave with a leading {@code wave} column. Full precision, empty
 * cells for undefined or withheld numbers. The same rows fill the sheets of {@code -f xlsx}.
 */
final class TrendCsv {
  static final List<String> TREND_HEADER = List.of("scale", "level", "team", "from_wave",
      "to_wave", "comparison", "suppressed", "reason", "from_n", "from_mean", "to_n", "to_mean",
      "change", "ci_low", "ci_high", "df", "p", "p_holm", "marked", "d", "rci",
      "rci_beyond_error");

  private TrendCsv() {}

  public static void trend(TrendReport report, Writer out) {
    CsvTables.print(out, TREND_HEADER, p -> {
      for (TrendReport.ScaleTrendReport t : report.trends()) {
        String scale = t.scale().id();
        rows(p, scale, "organisation", "", t.trend().organisation());
        for (ScaleTrend.GroupTrend g : t.trend().teams()) {
          rows(p, scale, "team", g.group(), g);
        }
        for (CutTrend cut : t.cuts()) { // level "by:COLUMN", the group in the team column
          for (ScaleTrend.GroupTrend g : cut.groups()) {
            rows(p, scale, "by:" + cut.by(), g.group(), g);
          }
        }
      }
    });
  }

  private static void rows(TableOut p, String scale, String level, String team,
      ScaleTrend.GroupTrend g) {
    for (WaveChange c : g.changes()) {
      List<Object> r = new ArrayList<>(List.of(scale, level, team, c.from(), c.to(),
          c.firstToLast() ? "first-to-last" : "consecutive"));
      if (c instanceof WaveChange.Shown s) {
        TeamScore a = s.before();
        TeamScore b = s.after();
        r.addAll(List.of(false, "", a.n(), exact(a.mean()), b.n(), exact(b.mean()),
            exact(s.change()), exact(s.welch().ci().lower()), exact(s.welch().ci().upper()),
            exact(s.welch().df()), exact(s.welch().p()), exact(s.pHolm()), s.marked(),
            exact(s.d()), exact(s.reliableChange().index()), s.reliableChange().beyondError()));
      } else if (c instanceof WaveChange.Withheld h) {
        r.addAll(List.of(true, h.reason(), "", "", "", "", "", "", "", "", "", "", "", "", "",
            ""));
      }
      p.row(r.toArray());
    }
  }

  /** The teams table of every wave, with the wave first (the {@code csv} format of waves). */
  public static void teams(TrendReport report, Writer out) {
    CsvTables.print(out, List.of("wave", "scale", "level", "team", "n", "suppressed", "mean",
        "sd", "ci_low", "ci_high", "rwg_j", "favourable"), p -> {
          for (WaveReport w : report.waves()) {
            for (ScaleReport s : w.report().scales()) {
              TeamScore o = s.result().organisation();
              if (o != null) {
                p.row(w.name(), s.scale().id(), "organisation", "", o.n(), false,
                    exact(o.mean()), exact(o.sd()), exact(o.ci95().lower()),
                    exact(o.ci95().upper()), "", exact(o.favourable()));
              }
              for (TeamResult t : s.result().teams()) {
                if (t instanceof TeamResult.Reported rep) {
                  TeamScore x = rep.score();
                  p.row(w.name(), s.scale().id(), "team", x.team(), x.n(), false,
                      exact(x.mean()), exact(x.sd()), exact(x.ci95().lower()),
                      exact(x.ci95().upper()), exact(x.rwgJ()), exact(x.favourable()));
                } else {
                  p.row(w.name(), s.scale().id(), "team", t.team(), "", true, "", "", "",
                      "", "", "");
                }
              }
            }
          }
        });
  }
}
