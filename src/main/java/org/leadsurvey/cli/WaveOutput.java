package org.leadsurvey.cli;

import java.io.IOException;
import java.util.List;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.SurveyAnalysis;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.check.Check;
import org.leadsurvey.report.Renderers;
import org.leadsurvey.report.ReportFormat;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/** Several waves, for {@code analyze} and {@code trend}: read them, write them, gate them. */
final class WaveOutput {
  private WaveOutput() {}

  /**
   * @param withWaveScales analyze (every wave's full results, then the trend) or trend only
   * @param minWaves the fewest waves that make sense (2 for trend)
   */
  static int run(BaseCommand command, SurveyAnalysis analysis, List<String> args,
      WaveOptions waves, OutputOptions output, List<Check> checks, boolean withWaveScales,
      int minWaves) throws IOException {
    List<String> files = SurveyAnalysis.expand(args);
    BaseCommand.refuseOverwrite(output.file(), files.toArray(String[]::new));
    if (waves.column() != null && files.size() != 1) {
      throw UserError.usage("--wave splits one file into waves: give exactly one FILE (got "
          + files.size() + ")");
    }
    List<WaveReport> loaded = waves.column() != null
        ? analysis.wavesByColumn(files.get(0), waves.column(), waves.names())
        : analysis.wavesByFile(files, waves.names());
    if (loaded.size() < minWaves) {
      throw UserError.input("found " + loaded.size() + " wave" + (loaded.size() == 1 ? "" : "s")
          + "; a trend needs at least " + minWaves + " (give several files, a folder, or"
          + " --wave)");
    }
    TrendReport report = analysis.trend(loaded);
    if (output.directory() != null) {
      Renderers.writeWavesDirectory(report, output.directory());
    }
    if (output.format() == ReportFormat.XLSX && output.file() != null) {
      Renderers.writeWavesWorkbook(report, withWaveScales, output.file());
    } else if ((output.file() != null || output.directory() == null)
        && command.emit(output.file(),
        (w, color) -> Renderers.writeWaves(report, output.format(), color, withWaveScales, w))) {
      return ExitCode.OK;
    }
    return Gates.apply(command.ctx(), checks, loaded, loaded.size() > 1 ? report : null, "");
  }
}
