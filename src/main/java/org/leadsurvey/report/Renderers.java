package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/** Renders an {@link AnalysisReport} in the chosen format, to a stream or into a folder. */
public final class Renderers {
  private Renderers() {}

  /** Each format's renderer of one analysis. */
  private static final Map<ReportFormat, Renderer<AnalysisReport>> ANALYSIS =
      new EnumMap<>(Map.of(
          ReportFormat.TABLE, (r, out, color) -> new TerminalRenderer(color).write(r, out),
          ReportFormat.JSON, (r, out, color) -> JsonRenderer.write(r, out),
          ReportFormat.CSV, (r, out, color) -> {
            if (CsvTables.hasCuts(r)) {
              CsvTables.groups(r, out); // the table --by asks for; teams.csv in --output-dir
            } else {
              CsvTables.teams(r, out);
            }
          },
          ReportFormat.MD, Renderer.markdown((r, out, color) -> MarkdownRenderer.write(r, out)),
          ReportFormat.HTML, (r, out, color) -> HtmlRenderer.write(r, out)));

  /** @param color ANSI colour for the table format */
  public static void write(AnalysisReport report, ReportFormat format, boolean color, Writer out)
      throws IOException {
    if (format == ReportFormat.XLSX) {
      throw new OutputFiles.Refused("--format xlsx writes a workbook: give -o FILE.xlsx");
    }
    ANALYSIS.get(format).write(report, out, color);
  }

  /** {@code --format xlsx}: the workbook, written atomically to {@code file}. */
  public static void writeWorkbook(AnalysisReport report, Path file) throws IOException {
    OutputFiles.writeBytesAtomically(file, out -> WorkbookReport.write(report, out));
  }

  /**
   * Every table as {@code DIR/<table>.csv} (plus {@code scale-correlations.csv} with two or more
   * scales and {@code screening.csv} when screened), and {@code DIR/analysis.json}; each atomically.
   */
  public static void writeDirectory(AnalysisReport report, Path dir) throws IOException {
    Map<Path, OutputFiles.Body> files = files(report, dir);
    prepareFolder(dir, files.keySet());
    for (Map.Entry<Path, OutputFiles.Body> f : files.entrySet()) {
      OutputFiles.writeAtomically(f.getKey(), f.getValue());
    }
  }

  /** What {@link #writeDirectory} writes into {@code dir}, in order. */
  private static Map<Path, OutputFiles.Body> files(AnalysisReport report, Path dir) {
    Map<Path, OutputFiles.Body> files = new LinkedHashMap<>();
    for (Map.Entry<String, BiConsumer<AnalysisReport, Writer>> t
        : CsvTables.all(report).entrySet()) {
      files.put(dir.resolve(t.getKey() + ".csv"), w -> t.getValue().accept(report, w));
    }
    files.put(dir.resolve("analysis.json"), w -> JsonRenderer.write(report, w));
    return files;
  }

  /**
   * Refuses, before anything is written, to write over an input or into a file that is not a
   * folder; then makes the folder.
   */
  private static void prepareFolder(Path dir, Collection<Path> files) throws IOException {
    OutputFiles.refuseInputs(files.toArray(Path[]::new));
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputFiles.Refused(dir + ": is a file, not a folder (--output-dir needs a"
          + " folder)");
    }
    Files.createDirectories(dir);
  }

  /**
   * Several waves: with {@code withWaveScales} (analyze) every wave's full results then the
   * trend; without (trend) the trend only.
   */
  public static void writeWaves(TrendReport report, ReportFormat format, boolean color,
      boolean withWaveScales, Writer out) throws IOException {
    if (format == ReportFormat.XLSX) {
      throw new OutputFiles.Refused("--format xlsx writes a workbook: give -o FILE.xlsx");
    }
    (withWaveScales ? WAVES : TREND).get(format).write(report, out, color);
  }

  /** {@code --format xlsx} of several waves: the workbook, written atomically to {@code file}. */
  public static void writeWavesWorkbook(TrendReport report, boolean withWaveScales, Path file)
      throws IOException {
    OutputFiles.writeBytesAtomically(file,
        out -> WorkbookReport.writeTrend(report, withWaveScales, out));
  }

  /** Each format's renderer of several waves with every wave's own results (analyze). */
  private static final Map<ReportFormat, Renderer<TrendReport>> WAVES = new EnumMap<>(Map.of(
      ReportFormat.TABLE, (r, out, color) -> {
        for (WaveReport w : r.waves()) {
          out.println("=== Wave " + w.name() + " ===");
          new TerminalRenderer(color).write(w.report(), out);
          out.println();
        }
        if (r.waves().size() > 1) {
          TrendText.terminal(r, out);
        }
      },
      ReportFormat.JSON, (r, out, color) -> TrendJson.write(r, true, out),
      ReportFormat.CSV, (r, out, color) -> TrendCsv.teams(r, out),
      ReportFormat.MD, Renderer.markdown((r, out, color) -> {
        for (WaveReport w : r.waves()) {
          MarkdownRenderer.write(w.report(), out, "Survey analysis: wave " + w.name());
          out.println();
        }
        trendMarkdown(r, out);
      }),
      ReportFormat.HTML, (r, out, color) -> TrendHtml.write(r, true, out)));

  /** Each format's renderer of the trend alone (trend). */
  private static final Map<ReportFormat, Renderer<TrendReport>> TREND = new EnumMap<>(Map.of(
      ReportFormat.TABLE, (r, out, color) -> {
        if (r.waves().size() > 1) {
          TrendText.terminal(r, out);
        }
      },
      ReportFormat.JSON, (r, out, color) -> TrendJson.write(r, false, out),
      ReportFormat.CSV, (r, out, color) -> TrendCsv.trend(r, out),
      ReportFormat.MD, Renderer.markdown((r, out, color) -> trendMarkdown(r, out)),
      ReportFormat.HTML, (r, out, color) -> TrendHtml.write(r, false, out)));

  private static void trendMarkdown(TrendReport report, PrintWriter out) {
    if (report.waves().size() > 1) {
      out.println("# Survey trend");
      out.println();
      out.println("Waves: " + String.join(", ", report.waves().stream().map(WaveReport::name)
          .toList()) + ". leadsurvey " + report.toolVersion() + ".");
      out.println();
      TrendText.markdown(report, out, 2);
    }
  }

  /**
   * One folder per wave ({@code DIR/<wave>/}, as {@link #writeDirectory}) plus
   * {@code DIR/trend.csv} and {@code DIR/trend.json}; each file atomically.
   */
  public static void writeWavesDirectory(TrendReport report, Path dir) throws IOException {
    List<Path> every = new ArrayList<>(List.of(dir.resolve("trend.csv"),
        dir.resolve("trend.json")));
    for (WaveReport w : report.waves()) {
      every.addAll(files(w.report(), dir.resolve(WaveReport.folderName(w.name()))).keySet());
    }
    prepareFolder(dir, every);
    for (WaveReport w : report.waves()) {
      writeDirectory(w.report(), dir.resolve(WaveReport.folderName(w.name())));
    }
    OutputFiles.writeAtomically(dir.resolve("trend.csv"), w -> TrendCsv.trend(report, w));
    OutputFiles.writeAtomically(dir.resolve("trend.json"), w -> TrendJson.write(report, false, w));
  }
}
