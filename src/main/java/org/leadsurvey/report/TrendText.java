package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.CutTrend;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.WaveChange;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/** The trend as text: aligned tables for a terminal, or Markdown. */
final class TrendText {
  /** The trend's tables are printed without colour. */
  private static final TerminalStyle PLAIN = new TerminalStyle(false);
  static final String LEGEND = "change = later wave minus earlier; 95% CI by Welch's t (waves are"
      + " independent samples); d = Cohen's d (pooled sd); p (Holm) = Welch p adjusted by Holm's"
      + " method over the teams compared (the organisation's unadjusted); * = unlikely to be"
      + " chance (p (Holm) < .05).";

  private TrendText() {}

  public static void terminal(TrendReport report, PrintWriter out) {
    out.println("leadsurvey " + report.toolVersion() + " · " + report.waves().size() + " waves: "
        + String.join(", ", report.waves().stream().map(WaveReport::name).toList()));
    for (TrendReport.ScaleTrendReport t : report.trends()) {
      out.println();
      out.println("Trend: " + ReportTables.title(t.scale()));
      out.println(reliabilityLine(t.trend()));
      scores(t.trend()).printTerminal(out, PLAIN, "Scores by wave (mean, n)");
      changes(t.trend()).printTerminal(out, PLAIN, "Changes");
      out.println("  " + LEGEND);
      for (CutTrend cut : t.cuts()) {
        scores(t.trend(), cut).printTerminal(out, PLAIN,
            "Groups by " + cut.by() + " by wave (mean, n)");
        changes(cut).printTerminal(out, PLAIN,
            "Changes by " + cut.by() + " (shown where the group is shown in both waves)");
      }
    }
    out.flush();
  }

  public static void markdown(TrendReport report, PrintWriter out, int level) {
    String h = "#".repeat(level);
    for (TrendReport.ScaleTrendReport t : report.trends()) {
      out.println(h + " Trend: " + ReportTables.title(t.scale()));
      out.println();
      out.println(reliabilityLine(t.trend()));
      out.println();
      out.println(h + "# Scores by wave");
      scores(t.trend()).printMarkdown(out);
      out.println(h + "# Changes");
      changes(t.trend()).printMarkdown(out);
      out.println("_" + LEGEND + "_");
      out.println();
      for (CutTrend cut : t.cuts()) {
        out.println(h + "# Groups by " + cut.by() + " by wave");
        scores(t.trend(), cut).printMarkdown(out);
        out.println(h + "# Changes by " + cut.by());
        changes(cut).printMarkdown(out);
      }
    }
    out.flush();
  }

  static String reliabilityLine(ScaleTrend t) {
    List<String> parts = new ArrayList<>();
    for (int w = 0; w < t.waves().size(); w++) {
      parts.add(t.waves().get(w) + " " + fixed(t.alphas().get(w).alpha(), 2));
    }
    return "Cronbach's alpha by wave: " + String.join(" · ", parts);
  }

  static TextTable scores(ScaleTrend t) {
    String[] header = new String[t.waves().size() + 1];
    header[0] = "team";
    for (int w = 0; w < t.waves().size(); w++) {
      header[w + 1] = ">" + t.waves().get(w);
    }
    TextTable table = new TextTable(header);
    table.row(scoreRow(t.organisation()));
    t.teams().forEach(g -> table.row(scoreRow(g)));
    return table;
  }

  /** A --by column's groups by wave, as {@link #scores} for teams. */
  static TextTable scores(ScaleTrend t, CutTrend cut) {
    String[] header = new String[t.waves().size() + 1];
    header[0] = cut.by();
    for (int w = 0; w < t.waves().size(); w++) {
      header[w + 1] = ">" + t.waves().get(w);
    }
    TextTable table = new TextTable(header);
    cut.groups().forEach(g -> table.row(scoreRow(g)));
    return table;
  }

  /** A --by column's groups' changes, as {@link #changes} for teams. */
  static TextTable changes(CutTrend cut) {
    TextTable table = new TextTable(cut.by(), "waves", ">change", ">95% CI", ">d", ">p (Holm)",
        "");
    cut.groups().forEach(g -> changeRows(table, g));
    return table;
  }

  private static String[] scoreRow(ScaleTrend.GroupTrend g) {
    String[] row = new String[g.scores().size() + 1];
    row[0] = g.group();
    for (int w = 0; w < g.scores().size(); w++) {
      ScaleTrend.WaveScore s = g.scores().get(w);
      row[w + 1] = switch (s.status()) {
        case REPORTED -> fixed(s.score().mean(), 2) + " (" + s.score().n() + ")";
        case HIDDEN -> "hidden";
        case ABSENT -> Numbers.DASH;
      };
    }
    return row;
  }

  static TextTable changes(ScaleTrend t) {
    TextTable table = new TextTable("team", "waves", ">change", ">95% CI", ">d", ">p (Holm)",
        "");
    changeRows(table, t.organisation());
    t.teams().forEach(g -> changeRows(table, g));
    return table;
  }

  private static void changeRows(TextTable table, ScaleTrend.GroupTrend g) {
    for (WaveChange c : g.changes()) {
      String waves = c.from() + " → " + c.to();
      if (c instanceof WaveChange.Shown s) {
        table.row(g.group(), waves, Numbers.signed(s.change()), fixed(s.welch().ci().lower(), 2) + " to "
            + fixed(s.welch().ci().upper(), 2), fixed(s.d(), 2), Numbers.pCell(s.pHolm()),
            s.marked() ? "*" : "");
      } else if (c instanceof WaveChange.Withheld h) {
        table.row(g.group(), waves, "", "", "", "", "not shown: " + h.reason());
      }
    }
  }
}
