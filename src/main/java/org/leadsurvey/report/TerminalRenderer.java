package org.leadsurvey.report;

import java.io.PrintWriter;
import java.util.List;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScreeningReport;

/** The default {@code table} format: aligned tables for a terminal, coloured when allowed. */
final class TerminalRenderer {
  private final TerminalStyle style;

  /** @param color whether to use ANSI colour (a terminal, and NO_COLOR not set) */
  public TerminalRenderer(boolean color) {
    this.style = new TerminalStyle(color);
  }

  public void write(AnalysisReport report, PrintWriter out) {
    out.println(style.dim("leadsurvey " + report.toolVersion() + " · " + String.join(", ", report.files())
        + " · " + report.rows() + " rows"));
    if (report.screening() != null) {
      ScreeningReport sr = report.screening();
      TextTable t = new TextTable("Rule", ">Flagged", "Criterion");
      sr.rows().forEach(r -> t.row(r.toArray(String[]::new)));
      section(out, "Careless responding · " + sr.headline(), t);
    }
    for (ScaleReport s : report.scales()) {
      ScaleResult r = s.result();
      out.println();
      out.println(style.bold(ReportTables.title(s.scale())));
      out.println(ReportTables.description(s.scale(), r));
      for (String w : r.warnings()) {
        out.println(style.warn("! " + w));
      }
      TextTable reliability = ReportTables.reliability(r);
      if (reliability != null) {
        section(out, "Reliability · " + ReportTables.reliabilityHeadline(r), reliability);
      }
      TextTable items = ReportTables.items(s.scale(), r);
      if (items != null) {
        section(out, "Items (keyed; R = reverse keyed)", items);
      }
      String agg = ReportTables.aggregation(r);
      if (agg != null) {
        out.println();
        out.println(style.bold("Differences between teams"));
        out.println("  " + agg);
      }
      if (r.organisation() != null || r.hiddenTeams() < r.teams().size()) {
        section(out, "Scores (mean of items, " + s.scale().responses() + ")", ReportTables.teams(r));
        String note = ReportTables.privacyNote(r, report.minGroup());
        if (note != null) {
          out.println(style.dim("  " + note));
        }
      }
      if (s.cuts() != null) {
        for (CutTables.Section c : CutTables.sections(s.cuts())) {
          section(out, c.title(), c.table());
        }
        out.println(style.dim("  " + CutTables.note(s.cuts(), report.minGroup())));
      }
    }
    TextTable correlations = ReportTables.correlations(report);
    if (correlations != null) {
      section(out, "Correlations between scale scores", correlations);
      out.println(style.dim("  " + ReportTables.correlationNote(report)));
    }
    List<String> citation = ReportTables.citation(report);
    if (!citation.isEmpty()) {
      out.println();
      citation.forEach(c -> out.println(style.dim(c)));
    }
    out.flush();
  }

  private void section(PrintWriter out, String title, TextTable table) {
    table.printTerminal(out, style, title);
  }
}
