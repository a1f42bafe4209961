package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadsurvey.check.Check;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.report.BatchSummary;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.report.Reports;
import org.leadsurvey.result.WaveReport;

/**
 * {@code analyze --batch}: every file is its own survey (not a wave), analysed and written to
 * {@code OUT/<file name>/}, then {@code OUT/summary.csv} with one row per file and scale. A bad
 * file is reported in one line and skipped; the others still produce output; the exit code is
 * 2 when any file failed, else 1 when a check failed, else 0.
 */
final class Batch {
  private final Context ctx;
  private final Instrument instrument;
  private final Analysis.Settings settings;
  private final Charset encoding;
  private final ResponseReader.Options read;

  Batch(Context ctx, Instrument instrument, Analysis.Settings settings,
      ResponseReader.Options read, Charset encoding) {
    this.read = read;
    this.ctx = ctx;
    this.instrument = instrument;
    this.settings = settings;
    this.encoding = encoding;
  }

  int run(List<String> args, Path outputDir, List<Check> checks) throws IOException {
    List<String> files;
    try {
      files = Inputs.expand(args);
    } catch (Inputs.InputsException e) {
      ctx.error(e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    List<BatchSummary.Entry> entries = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    int failed = 0;
    int checkCode = ExitCode.OK;
    for (String file : files) {
      InputSource source = InputSource.of(file, ctx.in(), encoding);
      String folder = Reports.folderName(Inputs.stem(file));
      String base = folder;
      for (int i = 2; !folders.add(folder.toLowerCase(Locale.ROOT)); i++) {
        folder = base + "-" + i; // same file name in two folders
      }
      Analysis.Outcome o = Analysis.run(source, instrument, settings,
          new Progress(ctx.err(), Progress.enabled(ctx)), read);
      if (o.summary().hasErrors()) {
        failed++;
        long more = o.summary().errorCount() - 1;
        Finding first = o.summary().firstError();
        String message = first + (more > 0 ? " (and " + more + " more error"
            + (more == 1 ? "" : "s") + ")" : "");
        ctx.error(message + " (skipped)");
        entries.add(BatchSummary.Entry.failed(source.name(), message));
        continue;
      }
      for (Finding f : o.summary().findings()) {
        ctx.warn(f.toString());
      }
      AnalysisReport report = new AnalysisReport(VersionProvider.version(),
          List.of(source.name()), o.summary().rows(), instrument, settings.minGroup(),
          o.scales());
      Reports.writeDirectory(report, outputDir.resolve(folder));
      entries.add(BatchSummary.Entry.done(source.name(), folder, report));
      int code = Gates.apply(ctx, checks, List.of(new WaveReport(folder, report)), null,
          source.name() + ": ");
      checkCode = Math.max(checkCode, code);
    }
    OutputFiles.writeAtomically(outputDir.resolve("summary.csv"),
        w -> BatchSummary.write(entries, w));
    if (failed > 0) {
      ctx.error(failed + " of " + files.size() + " files failed and were skipped; the others are"
          + " in " + outputDir);
      return ExitCode.BAD_INPUT;
    }
    return checkCode;
  }
}
