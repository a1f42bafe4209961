package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.check.Check;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.report.Reports;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NaturalOrder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Several survey waves, for {@code analyze} and {@code trend}: reads each wave (one file each,
 * or one pass over a file split by {@code --wave}), builds the {@link TrendReport}, writes it
 * and applies the gates. Any bad file stops the run (exit 2): a trend with a wave missing
 * would mislead.
 */
final class WaveRun {
  private final Context ctx;
  private final CommandSpec spec;
  private final Instrument instrument;
  private final Analysis.Settings settings;
  private final Charset encoding;
  private final ResponseReader.Options read;

  WaveRun(Context ctx, CommandSpec spec, Instrument instrument, Analysis.Settings settings,
      ResponseReader.Options read, Charset encoding) {
    this.read = read;
    this.ctx = ctx;
    this.spec = spec;
    this.instrument = instrument;
    this.settings = settings;
    this.encoding = encoding;
  }

  /**
   * Reads every wave and writes the report.
   *
   * @param withWaveScales analyze (every wave's full results, then the trend) or trend only
   * @param minWaves the fewest waves that make sense (2 for trend)
   */
  int run(List<String> args, WaveOptions waves, OutputOptions output, List<Check> checks,
      boolean withWaveScales, int minWaves) throws IOException {
    List<String> files;
    try {
      files = Inputs.expand(args);
    } catch (Inputs.InputsException e) {
      ctx.error(e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    for (String f : files) {
      if (writesOver(f, output.output)) {
        ctx.error(f + ": refusing to write the output over an input file");
        return ExitCode.BAD_INPUT;
      }
    }
    List<WaveReport> loaded = waves.column != null ? byColumn(files, waves) : byFile(files, waves);
    if (loaded == null) {
      return ExitCode.BAD_INPUT;
    }
    if (loaded.size() < minWaves) {
      ctx.error("found " + loaded.size() + " wave" + (loaded.size() == 1 ? "" : "s")
          + "; a trend needs at least " + minWaves + " (give several files, a folder, or --wave)");
      return ExitCode.BAD_INPUT;
    }
    TrendReport report = TrendReport.of(VersionProvider.version(), instrument,
        settings.minGroup(), loaded);
    if (output.outputDir != null) {
      Reports.writeWavesDirectory(report, output.outputDir);
    }
    if (output.output != null) {
      OutputFiles.writeAtomically(output.output,
          w -> Reports.writeWaves(report, output.format, false, withWaveScales, w));
    } else if (output.outputDir == null) {
      Reports.writeWaves(report, output.format, ctx.color(), withWaveScales, ctx.out());
    }
    return Gates.apply(ctx, checks, loaded, loaded.size() > 1 ? report : null, "");
  }

  private List<WaveReport> byFile(List<String> files, WaveOptions waves) throws IOException {
    List<String> names = new ArrayList<>();
    if (waves.names != null) {
      if (waves.names.size() != files.size()) {
        throw new ParameterException(spec.commandLine(), "--wave-names gives "
            + waves.names.size() + " names for " + files.size() + " files (" + String.join(", ",
            files) + ")");
      }
      waves.names.forEach(n -> names.add(n.strip()));
    } else {
      files.forEach(f -> names.add(Inputs.stem(f)));
    }
    checkUnique(names);
    List<WaveReport> out = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < files.size(); i++) {
      InputSource source = InputSource.of(files.get(i), ctx.in(), encoding);
      Analysis.Outcome o = Analysis.run(source, instrument, settings,
          new Progress(ctx.err(), Progress.enabled(ctx)), read);
      if (!report(source, o.summary())) {
        failed = true;
        continue;
      }
      out.add(new WaveReport(names.get(i), new AnalysisReport(VersionProvider.version(),
          List.of(source.name()), o.summary().rows(), instrument, settings.minGroup(),
          o.scales())));
    }
    return failed ? null : out;
  }

  private List<WaveReport> byColumn(List<String> files, WaveOptions waves) {
    if (files.size() != 1) {
      throw new ParameterException(spec.commandLine(),
          "--wave splits one file into waves: give exactly one FILE (got " + files.size() + ")");
    }
    if (read.includeUnfinished() || settings.missing() != MissingPolicy.PAIRWISE) {
      throw new ParameterException(spec.commandLine(), "--wave COLUMN reads every wave in one"
          + " pass, without the second one that --missing listwise and --include-unfinished"
          + " need to keep results private: give one file per wave instead");
    }
    InputSource source = InputSource.of(files.get(0), ctx.in(), encoding);
    Analysis.SplitOutcome o = Analysis.runByWave(source, instrument, settings, read, waves.column,
        new Progress(ctx.err(), Progress.enabled(ctx)));
    if (!report(source, o.summary())) {
      return null;
    }
    Map<String, Analysis.Part> parts = new LinkedHashMap<>();
    o.parts().forEach(p -> parts.put(p.wave(), p));
    List<String> order;
    if (waves.names != null) {
      order = waves.names.stream().map(String::strip).toList();
      checkUnique(order);
      for (String value : parts.keySet()) {
        if (!order.contains(value)) {
          ctx.error(source.name() + ": column " + waves.column + " has the value '" + value
              + "', which --wave-names does not list (it lists " + String.join(", ", order) + ")");
          return null;
        }
      }
      for (String name : order) {
        if (!parts.containsKey(name)) {
          ctx.error(source.name() + ": no rows with " + waves.column + " = '" + name
              + "' (named in --wave-names); the column has " + String.join(", ", parts.keySet()));
          return null;
        }
      }
    } else {
      order = new ArrayList<>(parts.keySet());
      order.sort(NaturalOrder.INSTANCE);
    }
    List<WaveReport> out = new ArrayList<>();
    for (String name : order) {
      Analysis.Part p = parts.get(name);
      out.add(new WaveReport(name, new AnalysisReport(VersionProvider.version(),
          List.of(source.name()), p.rows(), instrument, settings.minGroup(), p.scales())));
    }
    return out;
  }

  /** Prints a read's errors (one line) or warnings; false when it had errors. */
  private boolean report(InputSource source, ReadSummary summary) {
    if (summary.hasErrors()) {
      long more = summary.errorCount() - 1;
      ctx.error(summary.firstError()
          + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : ""));
      return false;
    }
    for (Finding f : summary.findings()) {
      ctx.warn(f.toString());
    }
    if (!summary.hasTeam()) {
      ctx.warn(source.name() + ": no '" + settings.teamColumn() + "' column, so"
          + " organisation-level results only (name the team column with --team)");
    }
    return true;
  }

  private void checkUnique(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (n.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--wave-names: a wave name is empty");
      }
      if (!seen.add(Reports.folderName(n).toLowerCase(java.util.Locale.ROOT))) {
        throw new ParameterException(spec.commandLine(), "two waves would be named '" + n
            + "': name them with --wave-names");
      }
    }
  }

  static boolean writesOver(String input, Path output) throws IOException {
    if (output == null || "-".equals(input) || !Files.exists(Path.of(input))
        || !Files.exists(output)) {
      return false;
    }
    return Files.isSameFile(Path.of(input), output);
  }
}
