package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.SurveyAnalysis;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.check.Check;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.io.RunInputs;
import org.leadsurvey.report.BatchSummary;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.report.Renderers;
import org.leadsurvey.report.ReportFormat;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.WaveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leadsurvey analyze}: reliability and team scores of a survey export. */
@Command(
    name = "analyze",
    aliases = "analyse",
    header = "Reliability, team scores and agreement of a survey export.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Scale reliability (alpha, omega, lambda 6, item statistics), team scores "
        + "(mean, 95%% CI, rwg(j), favourable share) and differences between teams (ICC(1), "
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
        "  leadsurvey analyze responses.csv --by gender --by tenure --cross-teams",
        "  leadsurvey analyze responses.csv --by site --check 'group.gap >= -0.5'",
        "  cat responses.csv | leadsurvey analyze -f csv",
        "  leadsurvey analyze qualtrics-export.csv --team Department --screen",
        "  leadsurvey analyze forms.csv --screen --speeder-share 0.4",
        "  leadsurvey analyze forms.csv --exclude-flagged",
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
        "team), org.change, team.change (consecutive waves where both are reportable),",
        "group.mean, group.gap (every published --by group; gap = group minus the rest).",
        "Hidden teams and groups are never checked. Each failure is listed on stderr.",
        "",
        "--by COLUMN cuts every scale by a demographic column: per value n, mean, 95%% CI,",
        "favourable share, item means, and the gap to the rest of the organisation",
        "(Welch 95%% CI and p, Holm-adjusted p over the column's shown groups, Cohen's d).",
        "No total of fewer than --min-group people can be worked out from all the",
        "published totals together: further groups and cells are hidden when needed.",
        "",
        "Memory grows with waves x teams x items, and by 17 bytes a respondent id (to",
        "find repeated ones); --screen reads the file twice. Exit codes: 0 done, 1 a",
        "check failed, 2 bad input or usage (in a batch: a file failed)."})
final class AnalyzeCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Responses as CSV, one row per "
      + "respondent, or - for standard input (the default when data is piped in). Several "
      + "files, a folder or a glob: one wave each.")
  List<String> files;

  @Mixin InstrumentOptions instrumentOptions;

  @Mixin SurveyOptions survey;

  @Mixin FavourableOption favourable;

  @Mixin OutputOptions output;

  @Mixin PlatformOptions platform;

  @Mixin ScreeningOptions screening;

  @Mixin WaveOptions waves;

  @Mixin CutOptions cuts;

  @Option(names = "--batch",
      description = "Every FILE (or CSV in a folder) is its own survey, not a wave: needs --output-dir.")
  boolean batch;

  @Option(names = "--check", paramLabel = "EXPR",
      description = "Gate, e.g. 'alpha >= 0.7' (repeatable): exit code 1 when any value fails.")
  List<String> checks;

  @Override
  public Integer call() throws IOException {
    if (files == null || files.isEmpty()) {
      files = List.of(ctx().fileOrStdin(null));
    }
    Instrument instrument = instrumentOptions.instrument();
    SurveyAnalysis analysis = new SurveyAnalysis(instrument,
        survey.settings().withFavourable(favourable.range())
            .withCuts(cuts.columns(), cuts.crossTeams()), platform.read(),
        io(survey.encoding()), VersionProvider.version());
    boolean several = waves.column() != null || SurveyAnalysis.isSeveral(files);
    if (cuts.crossTeams() && cuts.columns().isEmpty()) {
      throw UserError.usage("--cross-teams crosses the --by columns with teams: give --by COLUMN");
    }
    if (!cuts.columns().isEmpty() && batch) {
      throw UserError.usage("--by cuts one survey or its waves, not a batch");
    }
    List<Check> gates = Gates.parse(checks, several && !batch);
    if ((several || batch) && screening.enabled()) {
      throw UserError.usage("--screen and --exclude-flagged work on one survey file at a time"
          + " (they read it twice)");
    }
    if (batch) {
      if (output.directory() == null || output.file() != null || waves.column() != null) {
        throw UserError.usage("--batch writes one result set per file: give --output-dir DIR"
            + " (and no -o or --wave)");
      }
      return batch(analysis, gates);
    }
    if (several) {
      return WaveOutput.run(this, analysis, files, waves, output, gates, true, 1);
    }
    if (waves.names() != null) {
      throw UserError.usage("--wave-names names the waves of several files or of --wave COLUMN");
    }
    String file = files.get(0);
    refuseOverwrite(output.file(), file);
    AnalysisReport report = analysis.analyze(file, screening.screening(instrument));
    if (report.screening() != null && output.format() == ReportFormat.CSV
        && output.file() == null && output.directory() == null) {
      ctx().warn(report.files().get(0) + ": " + report.screening().headline()
          + " (per rule: --format json, or the screening table of --output-dir)");
    }
    if (output.directory() != null) {
      Renderers.writeDirectory(report, output.directory());
    }
    if (output.format() == ReportFormat.XLSX && output.file() != null) {
      Renderers.writeWorkbook(report, output.file());
    } else if ((output.file() != null || output.directory() == null)
        && emit(output.file(), (w, color) -> Renderers.write(report, output.format(), color, w))) {
      return ExitCode.OK;
    }
    return Gates.apply(ctx(), gates, List.of(new WaveReport(report.files().get(0), report)), null,
        "");
  }

  /**
   * {@code --batch}: DIR/<file>/ per file, then DIR/summary.csv; exit 2 when any file failed,
   * else 1 when a check failed.
   */
  private int batch(SurveyAnalysis analysis, List<Check> gates) throws IOException {
    List<String> inputs = SurveyAnalysis.expand(files);
    // Known before the first file's results are written: none may be written over another.
    inputs.stream().filter(f -> !"-".equals(f)).forEach(f -> RunInputs.add(Path.of(f)));
    List<BatchSummary.Entry> entries = new ArrayList<>();
    int[] checkCode = {0};
    int failed = analysis.batch(inputs, new SurveyAnalysis.BatchSink() {
      @Override
      public void done(String file, String folder, AnalysisReport report) throws IOException {
        Renderers.writeDirectory(report, output.directory().resolve(folder));
        entries.add(BatchSummary.Entry.done(file, folder, report));
        checkCode[0] = Math.max(checkCode[0], Gates.apply(ctx(), gates,
            List.of(new WaveReport(folder, report)), null, file + ": "));
      }

      @Override
      public void failed(String file, String error) {
        entries.add(BatchSummary.Entry.failed(file, error));
      }
    });
    OutputFiles.writeAtomically(output.directory().resolve("summary.csv"),
        w -> BatchSummary.write(entries, w));
    if (failed > 0) {
      throw UserError.input(failed + " of " + inputs.size() + " files failed and were skipped;"
          + " the others are in " + output.directory());
    }
    return checkCode[0];
  }
}
