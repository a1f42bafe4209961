package org.leadsurvey.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.SurveyAnalysis;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.report.ValidationRenderer;
import org.leadsurvey.result.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leadsurvey validate}: how a file is understood and what is wrong with it. */
@Command(
    name = "validate",
    header = "Check a survey export without computing statistics.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Reads FILE as 'analyze' would and reports the detected dialect, encoding and"
        + " delimiter, which column became which item (identifying columns are named, never"
        + " read), rows read and dropped and why, bad values with their line and column,"
        + " repeated respondent ids, items nobody answered and how many teams are under the"
        + " reporting size (never which, nor their sizes). Holds a fingerprint of every"
        + " respondent id in memory to find repeated ones.",
    footer = {"", "Examples:",
        "  leadsurvey validate responses.csv",
        "  leadsurvey validate qualtrics-export.csv --team Department -f json",
        "  leadsurvey validate forms.csv --screen     # also flagged rows' line numbers",
        "  leadsurvey validate export.csv --strict     # warnings fail too (exit 1)",
        "",
        "Exit codes: 0 clean or warnings only (a small team is normal data), 1 warnings",
        "with --strict, 2 errors (or bad usage)."})
final class ValidateCommand extends BaseCommand {
  enum Format { TABLE, JSON }

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "Survey export (CSV or"
      + " tab-delimited), or - for standard input (the default when data is piped in).")
  String file;

  @Mixin InstrumentOptions instrumentOptions;

  @Mixin SurveyOptions survey;





  @Mixin PlatformOptions platform;

  @Option(names = "--screen",
      description = "Also screen for careless responding (as analyze --screen) and list the"
          + " line numbers flagged by each rule (never the answers). Reads the file twice.")
  boolean screen;

  @Mixin CutOffOptions cutOffs;

  @Option(names = "--strict",
      description = "Warnings fail too: exit code 1 when there are warnings but no errors.")
  boolean strict;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputFileOption output;

  @Override
  public Integer call() throws IOException {
    file = ctx().fileOrStdin(file);
    Instrument instrument = instrumentOptions.instrument();
    SurveyAnalysis analysis = new SurveyAnalysis(instrument, survey.settings(), platform.read(),
        io(survey.encoding()), VersionProvider.version());
    ValidationReport result = analysis.validate(file,
        screen ? cutOffs.thresholds(instrument) : null);
    List<String> warnings = new ArrayList<>();
    for (Finding f : result.summary().findings()) {
      if (!f.isError()) {
        warnings.add(f.toString());
      }
    }
    warnings.addAll(result.warnings(survey.team(), survey.minGroup()));
    ValidationRenderer.Status status = result.hasErrors() ? ValidationRenderer.Status.ERRORS
        : warnings.isEmpty() ? ValidationRenderer.Status.CLEAN
        : ValidationRenderer.Status.WARNINGS;
    // Warnings describe normal data (a small team, an item nobody answered): a script's
    // `validate && analyze` should go on unless it asked for --strict.
    int code = switch (status) {
      case ERRORS -> ExitCode.BAD_INPUT;
      case WARNINGS -> strict ? ExitCode.FINDINGS : ExitCode.OK;
      case CLEAN -> ExitCode.OK;
    };
    emit(output.file(), (w, color) -> {
      if (format == Format.JSON) {
        ValidationRenderer.json(result, warnings, status, w);
      } else {
        ValidationRenderer.text(result, warnings, status, w);
      }
    });
    return code;
  }
}
