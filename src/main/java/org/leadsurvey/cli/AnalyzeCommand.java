package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.report.AnalysisReport;
import org.leadsurvey.report.Reports;
import org.leadsurvey.stats.MissingPolicy;
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
        + "ICC(2), F test). Teams with fewer than --min-group scored people are hidden in "
        + "every format.",
    footer = {"", "Examples:",
        "  leadsurvey analyze responses.csv",
        "  leadsurvey analyze responses.csv -f json -o results.json",
        "  leadsurvey analyze export.csv --team Department --min-group 8",
        "  leadsurvey analyze pulse.csv --items Q1,Q2,Q3,Q4 --scale 1..5 --reverse Q3",
        "  leadsurvey analyze responses.csv --output-dir results/",
        "  cat responses.csv | leadsurvey analyze - -f csv",
        "",
        "A person's score is the mean of their keyed answers, given when at least",
        "half the items are answered. Exit codes: 0 done, 2 bad input or usage."})
public final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand Main root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Responses as CSV, one row per respondent, or - for standard input.")
  String file;

  @Mixin InstrumentOptions instrumentOptions;

  @Option(names = {"-t", "--team"}, paramLabel = "COLUMN", defaultValue = "team",
      description = "Team column (default: ${DEFAULT-VALUE}); without one, organisation-level results only.")
  String team;

  @Option(names = "--min-group", paramLabel = "N", defaultValue = "5",
      description = "Smallest team size shown (default: ${DEFAULT-VALUE}).")
  int minGroup;

  @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "pairwise",
      description = "pairwise: every answer counts (default); listwise: only respondents who answered every item.")
  MissingPolicy missing;

  @Mixin OutputOptions output;

  @Option(names = "--na", paramLabel = "CODE", split = ",", defaultValue = "NA",
      description = "Cell values meaning no answer, besides an empty cell (default: ${DEFAULT-VALUE}).")
  List<String> naCodes;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of the file (default: UTF-8, or as its byte order mark says).")
  Charset encoding;

  @Override
  public Integer call() throws IOException {
    Context ctx = root.context();
    if (minGroup < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-group must be at least 1");
    }
    Instrument instrument;
    try {
      instrument = instrumentOptions.resolve();
    } catch (InstrumentException e) {
      ctx.error(e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    InputSource source = InputSource.of(file, ctx.in(), encoding);
    if (writesOver(source.path())) {
      ctx.error(file + ": refusing to write the output over the input file");
      return ExitCode.BAD_INPUT;
    }
    boolean teamRequired = spec.commandLine().getParseResult().hasMatchedOption("--team");
    Set<String> na = new HashSet<>(naCodes);
    na.add("");
    Analysis.Outcome outcome = Analysis.run(source, instrument,
        new Analysis.Settings(team, teamRequired, missing, minGroup, na),
        new Progress(ctx.err(), Progress.enabled(ctx)));
    if (outcome.summary().hasErrors()) {
      long more = outcome.summary().errorCount() - 1;
      ctx.error(outcome.summary().firstError()
          + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : ""));
      return ExitCode.BAD_INPUT;
    }
    for (Finding f : outcome.summary().findings()) {
      ctx.warn(f.toString());
    }
    if (!outcome.summary().hasTeam()) {
      ctx.warn(source.name() + ": no '" + team + "' column, so organisation-level results only"
          + " (name the team column with --team)");
    }
    AnalysisReport report = new AnalysisReport(VersionProvider.version(), List.of(source.name()),
        outcome.summary().rows(), instrument, minGroup, outcome.scales());
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
    return ExitCode.OK;
  }

  private boolean writesOver(Path input) throws IOException {
    if (input == null || !Files.exists(input)) {
      return false;
    }
    return output.output != null && Files.exists(output.output)
        && Files.isSameFile(input, output.output);
  }
}
