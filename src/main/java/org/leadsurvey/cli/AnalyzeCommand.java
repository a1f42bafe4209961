package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadsurvey.check.Check;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.report.Reports;
import org.leadsurvey.result.WaveReport;
import org.leadsurvey.stats.CarelessScreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code leadsurvey analyze}: reliability and team scores of a survey export. */
@Command(
    name = "analyze",
    header = "Reliability, team scores and agreement of a survey export.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Scale reliability (alpha, omega, lambda 6, item statistics), team scores "
        + "(mean, 95%% CI, rwg(j), favourable share) and agreement between teams (ICC(1), "
        + "ICC(2), F test), per scale of the instrument, and the correlations between scale "
        + "scores when it has several. Teams with fewer than --min-group scored people are hidden in "
        + "every format.",
    footer = {"", "Examples:",
        "  leadsurvey analyze responses.csv",
        "  leadsurvey analyze responses.csv -f json -o results.json",
        "  leadsurvey analyze responses.csv -f html -o report.html",
        "  leadsurvey analyze export.csv --team Department --min-group 8",
        "  leadsurvey analyze pulse.csv --items Q1,Q2,Q3,Q4 --scale 1..5 --reverse Q3",
        "  leadsurvey analyze responses.csv --output-dir results/",
        "  cat responses.csv | leadsurvey analyze - -f csv",
        "  leadsurvey analyze qualtrics-export.csv --team Department --screen",
        "  leadsurvey analyze forms.csv --exclude-flagged --speeder-share 0.4",
        "  leadsurvey analyze q1.csv q2.csv q3.csv --output-dir results/",
        "  leadsurvey analyze all.csv --wave quarter -f json",
        "  leadsurvey analyze exports/ --batch --output-dir results/",
        "  leadsurvey analyze responses.csv --check 'alpha >= 0.7'",
        "",
        "A person's score is the mean of their keyed answers, given when at least",
        "half the items are answered. Exports of Qualtrics, SurveyMonkey, Google Forms,",
        "Microsoft Forms/Excel and LimeSurvey are read as downloaded (see --dialect);",
        "check how a file is understood with 'leadsurvey validate FILE'.",
        "",
        "One FILE: one survey, as always. Several FILEs, a folder (its *.csv) or a glob:",
        "one wave per file, named by --wave-names or the file name, then the trend (see",
        "'leadsurvey trend --help'); --output-dir then writes DIR/<wave>/ per wave plus",
        "trend.csv and trend.json. --batch instead treats every file as its own survey:",
        "DIR/<file>/ per file plus summary.csv; a bad file is reported and skipped.",
        "",
        "Checks (--check 'METRIC OP NUMBER', OP one of >= > <= < == !=) test each value:",
        "alpha, omega, respondents, rows, icc1, icc2 (each scale and wave), org.mean,",
        "org.favourable, team.mean, team.n, team.rwg, team.favourable (every reportable",
        "team), org.change, team.change (consecutive waves where both are reportable).",
        "Hidden teams are never checked. Each failure is listed on stderr.",
        "",
        "Memory grows with waves x teams x items, never with respondents (--screen reads",
        "the file twice). Exit codes: 0 done, 1 a check failed, 2 bad input or usage",
        "(in a batch: a file failed)."})
public final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand Main root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Responses as CSV, one row per "
      + "respondent, or - for standard input. Several files, a folder or a glob: one wave each.")
  List<String> files;

  @Mixin InstrumentOptions instrumentOptions;

  @Mixin SurveyOptions survey;




  @Mixin OutputOptions output;



  @Mixin PlatformOptions platform;

  @Mixin ScreeningOptions screening;

  @Mixin WaveOptions waves;

  @Option(names = "--batch",
      description = "Every FILE (or CSV in a folder) is its own survey, not a wave: needs --output-dir.")
  boolean batch;

  @Option(names = "--check", paramLabel = "EXPR",
      description = "Gate, e.g. 'alpha >= 0.7' (repeatable): exit code 1 when any value fails.")
  List<String> checks;

  @Override
  public Integer call() throws IOException {
    Context ctx = root.context();
    Instrument instrument = instrumentOptions.resolveSurvey(ctx);
    if (instrument == null) {
      return ExitCode.BAD_INPUT;
    }
    Analysis.Settings settings = survey.settings();
    ResponseReader.Options read = platform.read(false);
    boolean several = waves.column != null || Inputs.isSeveral(files);
    List<Check> gates = Gates.parse(checks, several && !batch, spec);
    if ((several || batch) && screening.enabled()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--screen and --exclude-flagged work on one survey file at a time (they read it twice)");
    }
    if (batch) {
      if (output.outputDir == null || output.output != null || waves.column != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--batch writes one result set per file: give --output-dir DIR (and no -o or --wave)");
      }
      return new Batch(ctx, instrument, settings, read, survey.encoding)
          .run(files, output.outputDir, gates);
    }
    if (several) {
      return new WaveRun(ctx, spec, instrument, settings, read, survey.encoding)
          .run(files, waves, output, gates, true, 1);
    }
    if (waves.names != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--wave-names names the waves of several files or of --wave COLUMN");
    }
    String file = files.get(0);
    InputSource source = InputSource.of(file, ctx.in(), survey.encoding);
    if (writesOver(source.path())) {
      ctx.error(file + ": refusing to write the output over the input file");
      return ExitCode.BAD_INPUT;
    }
    Analysis.Screen screen = screening.enabled()
        ? new Analysis.Screen(screening.thresholds(instrument), screening.excludeFlagged) : null;
    if (screen != null && screen.exclude() && !screen.thresholds().equals(
        CarelessScreen.Thresholds.standard(instrument.items().size(),
            instrument.scale().max() - instrument.scale().min()))) {
      // Results left out at two cut-offs could be subtracted to single a person out.
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--exclude-flagged"
          + " works with the standard cut-offs only, so that results without different people"
          + " cannot be subtracted from each other; try other cut-offs with --screen, which"
          + " only counts");
    }
    Analysis.Outcome outcome = Analysis.run(source, instrument, settings,
        new Progress(ctx.err(), Progress.enabled(ctx)), read, screen);
    if (outcome.summary().hasErrors()) {
      long more = outcome.summary().errorCount() - 1;
      ctx.error(outcome.summary().firstError()
          + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : ""));
      return ExitCode.BAD_INPUT;
    }
    for (Finding f : outcome.summary().findings()) {
      ctx.warn(f.toString());
    }
    String dropped = Validation.droppedNote(outcome.summary());
    if (dropped != null) {
      ctx.warn(source.name() + ": " + dropped);
    }
    if (outcome.screening() != null && output.format == org.leadsurvey.report.ReportFormat.CSV
        && output.output == null && output.outputDir == null) {
      ctx.warn(source.name() + ": " + outcome.screening().headline()
          + " (per rule: --format json, or the screening table of --output-dir)");
    }
    if (!outcome.summary().hasTeam()) {
      ctx.warn(source.name() + ": no '" + survey.team + "' column, so organisation-level results only"
          + " (name the team column with --team)");
    }
    AnalysisReport report = new AnalysisReport(VersionProvider.version(), List.of(source.name()),
        outcome.summary().rows(), instrument, survey.minGroup, outcome.scales(), outcome.correlations(),
        outcome.screening());
    if (output.outputDir != null) {
      Reports.writeDirectory(report, output.outputDir);
    }
    if (output.output != null) {
      org.leadsurvey.report.OutputFiles.writeAtomically(output.output,
          w -> Reports.write(report, output.format, false, w));
    } else if (output.outputDir == null) {
      Reports.write(report, output.format, ctx.color(), ctx.out());
      // PrintWriter swallows a closed pipe (`... | head`): stop quietly, it is not an error.
      if (ctx.out().checkError()) {
        return ExitCode.OK;
      }
    }
    return Gates.apply(ctx, gates, List.of(new WaveReport(source.name(), report)), null, "");
  }

  private boolean writesOver(Path input) throws IOException {
    if (input == null || !Files.exists(input)) {
      return false;
    }
    return output.output != null && Files.exists(output.output)
        && Files.isSameFile(input, output.output);
  }
}
