package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

/** Renders an {@link AnalysisReport} in the chosen format, to a stream or into a folder. */
public final class Reports {
  private Reports() {}

  /** @param color ANSI colour for the table format */
  public static void write(AnalysisReport report, ReportFormat format, boolean color, Writer out) {
    PrintWriter pw = out instanceof PrintWriter p ? p : new PrintWriter(out);
    switch (format) {
      case TABLE -> new TerminalReport(color).write(report, pw);
      case JSON -> JsonReport.write(report, pw);
      case CSV -> CsvTables.teams(report, pw);
      case MD -> MarkdownReport.write(report, pw);
      case HTML -> HtmlReport.write(report, pw);
    }
    pw.flush();
  }

  /**
   * Every table as {@code DIR/<table>.csv} (plus {@code scale-correlations.csv} with two or more
   * scales and {@code screening.csv} when screened), and {@code DIR/analysis.json}; each atomically.
   */
  public static void writeDirectory(AnalysisReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, BiConsumer<AnalysisReport, Writer>> t : CsvTables.all().entrySet()) {
      OutputFiles.writeAtomically(dir.resolve(t.getKey() + ".csv"),
          w -> t.getValue().accept(report, w));
    }
    if (report.correlations() != null) {
      OutputFiles.writeAtomically(dir.resolve("scale-correlations.csv"),
          w -> CsvTables.scaleCorrelations(report, w));
    }
    if (report.screening() != null) {
      OutputFiles.writeAtomically(dir.resolve("screening.csv"), w -> CsvTables.screening(report, w));
    }
    OutputFiles.writeAtomically(dir.resolve("analysis.json"), w -> JsonReport.write(report, w));
  }
}
