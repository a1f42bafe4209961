package org.leadsurvey.report;

import java.io.PrintWriter;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScreeningReport;

/** The {@code md} format: the same sections as the terminal report, as Markdown tables. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static void write(AnalysisReport report, PrintWriter out) {
    write(report, out, "Survey analysis");
  }

  /** @param title the document's top-level heading */
  static void write(AnalysisReport report, PrintWriter out, String title) {
    out.println("# " + title);
    out.println();
    out.println("Input: " + String.join(", ", report.files()) + " (" + report.rows()
        + " rows). leadsurvey " + report.toolVersion() + ".");
    if (report.screening() != null) {
      ScreeningReport sr = report.screening();
      out.println();
      out.println("## Careless responding");
      out.println();
      out.println(sr.headline() + ".");
      TextTable t = new TextTable("Rule", ">Flagged", "Criterion");
      sr.rows().forEach(r -> t.row(r.toArray(String[]::new)));
      t.printMarkdown(out);
    }
    for (ScaleReport s : report.scales()) {
      ScaleResult r = s.result();
      out.println();
      out.println("## " + ReportTables.title(s.scale()));
      out.println();
      out.println(ReportTables.description(s.scale(), r));
      if (!r.warnings().isEmpty()) {
        out.println();
        r.warnings().forEach(w -> out.println("> **Note:** " + w));
      }
      TextTable reliability = ReportTables.reliability(r);
      if (reliability != null) {
        out.println();
        out.println("### Reliability");
        out.println();
        out.println(ReportTables.reliabilityHeadline(r));
        reliability.printMarkdown(out);
      } else {
        out.println();
      }
      TextTable items = ReportTables.items(s.scale(), r);
      if (items != null) {
        out.println("### Items");
        out.println();
        out.println("Keyed answers; (R) marks reverse-keyed items.");
        items.printMarkdown(out);
      }
      String agg = ReportTables.aggregation(r);
      if (agg != null) {
        out.println("### Differences between teams");
        out.println();
        out.println(agg);
        out.println();
      }
      if (r.organisation() != null || r.hiddenTeams() < r.teams().size()) {
        out.println("### Scores");
        ReportTables.teams(r).printMarkdown(out);
        String note = ReportTables.privacyNote(r, report.minGroup());
        if (note != null) {
          out.println(note);
          out.println();
        }
      }
      if (s.cuts() != null) {
        for (CutTables.Section c : CutTables.sections(s.cuts())) {
          out.println("### " + c.title());
          c.table().printMarkdown(out);
        }
        out.println(CutTables.note(s.cuts(), report.minGroup()));
        out.println();
      }
    }
    TextTable correlations = ReportTables.correlations(report);
    if (correlations != null) {
      out.println();
      out.println("## Correlations between scale scores");
      out.println();
      out.println(ReportTables.correlationNote(report));
      correlations.printMarkdown(out);
    }
    ReportTables.citation(report).forEach(c -> out.println("_" + c + "_"));
    out.flush();
  }
}
