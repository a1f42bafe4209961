package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.report.SafeText;
import org.leadsurvey.report.form.InstrumentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code leadsurvey instruments}: the built-in catalogue, one instrument, or a file's check. */
@Command(
    name = "instruments",
    header = "List the built-in instruments, show one, or check an instrument file.",
    mixinStandardHelpOptions = true,
    description = "Without a subcommand, lists the built-in instruments: id, kind, whether it is "
        + "a validated published instrument or a practice template, items and scales.",
    subcommands = {InstrumentsCommand.Show.class, InstrumentsCommand.Check.class},
    footer = {"", "Examples:",
        "  leadsurvey instruments",
        "  leadsurvey instruments --format json",
        "  leadsurvey instruments show team-climate",
        "  leadsurvey instruments check my-survey.yaml",
        "  leadsurvey generate team-climate --format csv -o responses.csv"})
final class InstrumentsCommand extends BaseCommand {
  enum Format { TABLE, JSON, CSV }

  @picocli.CommandLine.Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv, for scripts (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws InstrumentException, IOException {
    List<Instrument> all = new ArrayList<>();
    for (String id : InstrumentCatalogue.ids()) {
      all.add(InstrumentCatalogue.builtIn(id));
    }
    emit(null, (w, color) -> {
      switch (format) {
        case JSON -> org.leadsurvey.report.CatalogueRenderer.json(all, w);
        case CSV -> org.leadsurvey.report.CatalogueRenderer.csv(all, w);
        case TABLE -> InstrumentText.catalogue(all).forEach(w::println);
      }
    });
    return ExitCode.OK;
  }

  /** {@code leadsurvey instruments show ID|FILE}. */
  @Command(name = "show", header = "Show an instrument: citation, licence, scale, items, subscales.",
      mixinStandardHelpOptions = true,
      footer = {"", "Examples:", "  leadsurvey instruments show psych-safety",
          "  leadsurvey instruments show surveys/my-survey.yaml"})
  static final class Show implements Callable<Integer> {
    @ParentCommand InstrumentsCommand parent;

    @Parameters(paramLabel = "ID|FILE", description = "Built-in instrument id or instrument file.")
    String instrument;

    @Override
    public Integer call() {
      Context ctx = parent.ctx();
      try {
        // An instrument file's texts are data: no terminal escapes out of them.
        InstrumentText.describe(InstrumentCatalogue.resolve(instrument))
            .forEach(l -> ctx.out().println(SafeText.controls(l)));
        return ExitCode.OK;
      } catch (InstrumentException e) {
        throw UserError.input(e.getMessage());
      }
    }
  }

  /** {@code leadsurvey instruments check FILE}. */
  @Command(name = "check", header = "Check an instrument file; errors name the file and line.",
      mixinStandardHelpOptions = true,
      description = "Exit code 0 when the file is a valid instrument (a one-line summary is "
          + "printed), 2 with one error line naming FILE:LINE when it is not.",
      footer = {"", "Examples:", "  leadsurvey instruments check my-survey.yaml",
          "  leadsurvey generate team-climate -f json | leadsurvey instruments check -"})
  static final class Check implements Callable<Integer> {
    @ParentCommand InstrumentsCommand parent;

    @Parameters(paramLabel = "FILE", description = "Instrument file (YAML or JSON), or - for standard input.")
    String file;

    @Override
    public Integer call() {
      Context ctx = parent.ctx();
      try {
        Instrument i = file.equals("-")
            ? org.leadsurvey.instrument.InstrumentLoader.read(ctx.in(), "<stdin>")
            : org.leadsurvey.instrument.InstrumentLoader.load(Path.of(file));
        ctx.out().println(SafeText.controls(file + ": ok: " + i.id() + ", " + i.kind().id() + ", "
            + i.items().size() + (i.items().size() == 1 ? " item, " : " items, ")
            + i.scales().size() + (i.scales().size() == 1 ? " scale" : " scales")
            + " (" + String.join(", ", i.scales().stream().map(s -> s.id()).toList()) + "), "
            + "answers " + i.scale() + (i.validated() ? ", validated" : ", not validated")));
        return ExitCode.OK;
      } catch (InstrumentException e) {
        throw UserError.input(e.getMessage());
      }
    }
  }
}
