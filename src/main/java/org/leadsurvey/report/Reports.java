package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

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

  /**
   * Several waves: with {@code withWaveScales} (analyze) every wave's full results then the
   * trend; without (trend) the trend only.
   */
  public static void writeWaves(TrendReport report, ReportFormat format, boolean color,
      boolean withWaveScales, Writer out) {
    PrintWriter pw = out instanceof PrintWriter p ? p : new PrintWriter(out);
    boolean trend = report.waves().size() > 1;
    switch (format) {
      case TABLE -> {
        if (withWaveScales) {
          for (WaveReport w : report.waves()) {
            pw.println("=== Wave " + w.name() + " ===");
            new TerminalReport(color).write(w.report(), pw);
            pw.println();
          }
        }
        if (trend) {
          TrendText.terminal(report, pw);
        }
      }
      case JSON -> TrendJson.write(report, withWaveScales, pw);
      case CSV -> {
        if (withWaveScales) {
          TrendCsv.teams(report, pw);
        } else {
          TrendCsv.trend(report, pw);
        }
      }
      case MD -> {
        if (withWaveScales) {
          for (WaveReport w : report.waves()) {
            java.io.StringWriter one = new java.io.StringWriter();
            MarkdownReport.write(w.report(), new PrintWriter(one));
            // one top-level heading per wave: "# Survey analysis: wave X"
            pw.print(one.toString().replaceFirst("^# Survey analysis",
                java.util.regex.Matcher.quoteReplacement("# Survey analysis: wave " + w.name())));
            pw.println();
          }
        }
        if (trend) {
          pw.println("# Survey trend");
          pw.println();
          pw.println("Waves: " + String.join(", ", report.waves().stream().map(WaveReport::name)
              .toList()) + ". leadsurvey " + report.toolVersion() + ".");
          pw.println();
          TrendText.markdown(report, pw, 2);
        }
      }
      case HTML -> TrendHtml.write(report, withWaveScales, pw);
    }
    pw.flush();
  }

  /**
   * One folder per wave ({@code DIR/<wave>/}, as {@link #writeDirectory}) plus
   * {@code DIR/trend.csv} and {@code DIR/trend.json}; each file atomically.
   */
  public static void writeWavesDirectory(TrendReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (WaveReport w : report.waves()) {
      writeDirectory(w.report(), dir.resolve(WaveReport.folderName(w.name())));
    }
    OutputFiles.writeAtomically(dir.resolve("trend.csv"), w -> TrendCsv.trend(report, w));
    OutputFiles.writeAtomically(dir.resolve("trend.json"), w -> TrendJson.write(report, false, w));
  }
}
