package org.leadsurvey.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.report.form.Form;
import org.leadsurvey.report.form.FormFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code leadsurvey generate}: an instrument as a questionnaire, a template or an import file. */
@Command(
    name = "generate",
    header = "Write an instrument as a questionnaire, a response template or a platform import.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Formats:",
        "  md, txt     printable questionnaire with instructions and the answer scale",
        "  html        self-contained, accessible, printable page (no network needed)",
        "  csv         empty response file with the header analyze reads:",
        "              respondent,team,<item ids>; team,rater,ratee,rating for a",
        "              peer-rating instrument",
        "  json        the instrument as data (also a valid instrument file)",
        "  qsf         Qualtrics survey file: Import Survey; export tags = item ids,",
        "              recode values = scale values",
        "  limesurvey  LimeSurvey tab-separated import (.txt); question codes = item ids,",
        "              answer codes = scale values",
        "  gforms      Google Apps Script: run createForm at script.google.com"},
    footer = {"", "Examples:",
        "  leadsurvey generate psych-safety --format html -o psych-safety.html",
        "  leadsurvey generate team-climate --format csv -o responses.csv",
        "  leadsurvey generate team-climate --format qsf -o team-climate.qsf",
        "  leadsurvey generate my-survey.yaml --format limesurvey -o my-survey.txt",
        "  leadsurvey generate psych-safety --format gforms --shuffle --seed 7 -o form.gs",
        "  leadsurvey generate shared-leadership --format html --members Ana,Ben,Chen,Dee",
        "",
        "Exit codes: 0 done, 2 bad input or usage."})
final class GenerateCommand extends BaseCommand {
  @Parameters(paramLabel = "ID|FILE", description = "Built-in instrument id or instrument file.")
  String instrument;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
      description = "md, txt, html, csv, json, qsf, limesurvey or gforms (default: ${DEFAULT-VALUE}).")
  FormFormat format;

  @Mixin OutputFileOption output;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Title of the questionnaire (default: the instrument's name).")
  String title;

  @Option(names = "--intro", paramLabel = "TEXT",
      description = "Introduction shown before the items (default: the instrument's instructions).")
  String intro;

  @Option(names = "--shuffle",
      description = "Randomise the order of the items (reproducibly with --seed).")
  boolean shuffle;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of --shuffle (default: random; the seed used is printed on stderr).")
  Long seed;

  @Option(names = "--members", paramLabel = "NAME", split = ",",
      description = "Peer-rating instruments: the team members to rate (default: 6 placeholders).")
  List<String> members;

  @Override
  public Integer call() throws IOException {
    Context ctx = ctx();
    if (seed != null && !shuffle) {
      throw UserError.input("--seed only applies with --shuffle");
    }
    Instrument i;
    try {
      i = InstrumentCatalogue.resolve(instrument);
    } catch (InstrumentException e) {
      throw UserError.input(e.getMessage());
    }
    if (members != null && !i.isPeerRating()) {
      throw UserError.input("--members applies to peer-rating instruments only; " + i.id()
          + " is " + i.kind().id());
    }
    Long order = null;
    if (shuffle) {
      order = seed != null ? seed : new Random().nextLong() & Long.MAX_VALUE;
      if (seed == null) {
        ctx.warn("items shuffled with --seed " + order + " (give it to get the same order again)");
      }
    }
    Form form = Form.of(i, title, intro, order,
        members == null ? null : members.stream().map(String::strip).toList());
    try {
      emit(output.file(), (w, color) -> format.writer().write(form, w));
    } catch (IllegalArgumentException e) {
      throw UserError.input(i.id() + ": cannot write "
          + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return ExitCode.OK;
  }
}
