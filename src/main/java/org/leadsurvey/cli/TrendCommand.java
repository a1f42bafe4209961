package org.leadsurvey.cli;


import java.io.IOException;
import java.util.List;
import org.leadsurvey.analysis.SurveyAnalysis;
import org.leadsurvey.check.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leadsurvey trend}: how scores changed between survey waves. */
@Command(
    name = "trend",
    header = "How team and organisation scores changed between survey waves.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Per scale, for the organisation and every team: the score in each wave, the "
        + "change between consecutive waves and from the first to the last, its 95%% CI "
        + "(Welch's t: waves are independent samples, as anonymous surveys cannot pair people), "
        + "Cohen's d (pooled sd) and Holm-adjusted p. A team hidden in a wave stays "
        + "hidden there, and a change is shown only where both waves are reportable.",
    footer = {"", "Examples:",
        "  leadsurvey trend q1.csv q2.csv q3.csv",
        "  leadsurvey trend exports/ --wave-names 2026-Q1,2026-Q2,2026-Q3 -f md",
        "  leadsurvey trend all.csv --wave quarter -f json -o trend.json",
        "  leadsurvey trend q1.csv q2.csv --by tenure",
        "  leadsurvey trend q*.csv --output-dir results/",
        "  leadsurvey trend examples/waves/ -f html -o trend.html",
        "  leadsurvey trend q1.csv q2.csv --check 'team.change >= -0.5'",
        "",
        "Marks: '*' marks a change whose Welch p, after Holm's adjustment over the",
        "teams compared between the same two waves, is below .05 (the organisation's",
        "own change: its 95%% CI excludes zero). The reliable change index (Jacobson &",
        "Truax, 1991, for a group mean: change / sqrt(SEM1^2 + SEM2^2), SEM = sd *",
        "sqrt(1 - alpha) / sqrt(n)) is in json and csv as a number only: a group mean's",
        "measurement error is so small that nearly every change exceeds it.",
        "",
        "--output-dir DIR writes DIR/<wave>/ per wave plus trend.csv and trend.json.",
        "Checks as in 'leadsurvey analyze --help'; org.change and team.change test every",
        "consecutive change that is shown. Memory grows with waves x teams x items,",
        "and by 17 bytes a respondent id (to find repeated ones).",
        "Exit codes: 0 done, 1 a check failed, 2 bad input or usage."})
final class TrendCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Waves: one CSV each (or a "
      + "folder of them, or a glob), in order; or one file split by --wave.")
  List<String> files;

  @Mixin WaveOptions waves;

  @Mixin InstrumentOptions instrumentOptions;

  @Mixin SurveyOptions survey;

  @Mixin FavourableOption favourable;

  @Mixin CutOptions cuts;

  @Mixin OutputOptions output;

  @Mixin PlatformOptions platform;

  @Option(names = "--check", paramLabel = "EXPR",
      description = "Gate, e.g. 'team.change >= -0.5' (repeatable): exit code 1 when any value fails.")
  List<String> checks;

  @Override
  public Integer call() throws IOException {
    SurveyAnalysis analysis = new SurveyAnalysis(instrumentOptions.instrument(),
        survey.settings().withFavourable(favourable.range())
            .withCuts(cuts.columns(), cuts.crossTeams()), platform.read(),
        io(survey.encoding()), VersionProvider.version());
    List<Check> gates = Gates.parse(checks, true);
    return WaveOutput.run(this, analysis, files, waves, output, gates, false, 2);
  }
}
