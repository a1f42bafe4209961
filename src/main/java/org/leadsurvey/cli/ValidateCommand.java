package org.leadsurvey.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.result.ValidationReport;
import org.leadsurvey.stats.CarelessScreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.SurveyAnalysis;

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
        "  leadsurvey validate forms.csv --screen      # also line numbers of flagged rows",
        "",
        "Exit codes: 0 clean, 1 warnings only, 2 errors (or bad usage)."})
public final class ValidateCommand extends BaseCommand {
  enum Format { TABLE, JSON }

  @Parameters(paramLabel = "FILE", description = "Survey export (CSV or tab-delimited), or - for standard input.")
  String file;

  @Mixin InstrumentOptions instrumentOptions;

  @Mixin SurveyOptions survey;





  @Mixin PlatformOptions platform;

  @Option(names = "--screen",
      description = "Also screen for careless responding (as analyze --screen) and list the"
          + " line numbers flagged by each rule (never the answers). Reads the file twice.")
  boolean screen;

  @Mixin CutOffOptions cutOffs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Instrument instrument = instrumentOptions.instrument();
    SurveyAnalysis analysis = new SurveyAnalysis(instrument, survey.settings(), platform.read(),
        io(survey.encoding()), VersionProvider.version());
    ValidationReport result = analysis.validate(file,
        screen ? cutOffs.thresholds(instrument) : null);
    List<String> warnings = new java.util.ArrayList<>();
    for (Finding f : result.summary().findings()) {
      if (!f.isError()) {
        warnings.add(f.toString());
      }
    }
    warnings.addAll(result.warnings(survey.team(), survey.minGroup()));
    int code = result.hasErrors() ? ExitCode.BAD_INPUT
        : warnings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    emit(output, (w, color) -> write(w, result.file(), result, warnings, code));
    return code;
  }

  private void write(Writer w, String name, ValidationReport r, List<String> warnings, int code)
      throws IOException {
    if (format == Format.JSON) {
      ObjectMapper mapper = new ObjectMapper()
          .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      mapper.writerWithDefaultPrettyPrinter().writeValue(w, json(mapper, name, r, warnings, code));
      w.write(System.lineSeparator());
      w.flush();
      return;
    }
    PrintWriter out = w instanceof PrintWriter p ? p : new PrintWriter(w);
    ReadSummary s = r.summary();
    out.println("leadsurvey validate · " + name);
    ReadSummary.Layout l = s.layout();
    if (l != null) {
      out.println("Dialect " + l.dialect() + " (" + l.headerRows() + " header row"
          + (l.headerRows() == 1 ? "" : "s") + "), encoding " + l.encoding() + ", delimiter "
          + (l.delimiter().equals("tab") ? "tab" : "'" + l.delimiter() + "'")
          + (l.hasTimes() ? ", completion times" : "")
          + (l.hasRespondentId() ? ", respondent ids" : ""));
      out.println();
      out.println("Columns");
      int width = l.columns().stream().mapToInt(c -> c.name().length()).max().orElse(6);
      width = Math.max(6, Math.min(width, 60));
      for (ReadSummary.ColumnUse c : l.columns()) {
        String use = c.item() != null ? "item " + c.item()
            : c.role().equals("identifying") ? "identifying: never read"
            : c.role().equals("unused") ? "not used" : c.role();
        out.printf(Locale.ROOT, "  %3d  %-" + width + "s  %s%n", c.column(), c.name(), use);
      }
    }
    out.println();
    out.println("Rows: " + s.rows() + " read, " + r.accepted() + " accepted, "
        + s.droppedRows() + " dropped" + dropped(s) + ", " + s.rowsWithErrors()
        + " with errors");
    if (s.hasErrors()) {
      out.println();
      out.println("Errors (" + s.errorCount() + ")");
      s.findings().stream().filter(Finding::isError).forEach(f -> out.println("  " + f));
      if (s.errorCount() > s.findings().stream().filter(Finding::isError).count()) {
        out.println("  ... (only the first ones are listed)");
      }
    }
    if (!warnings.isEmpty()) {
      out.println();
      out.println("Warnings (" + warnings.size() + ")");
      warnings.forEach(x -> out.println("  " + x));
    }
    if (r.screening() != null) {
      ScreeningReport sr = r.screening();
      out.println();
      out.println("Careless responding: " + sr.counts().flagged() + " of "
          + sr.counts().screened() + " respondents flagged");
      for (List<String> row : sr.rows()) {
        List<Long> lines = r.flaggedLines().getOrDefault(CarelessScreen.Rule.valueOf(
            row.get(0).toUpperCase(Locale.ROOT)), List.of());
        out.println("  " + row.get(0) + ": " + row.get(1) + " (" + row.get(2) + ")"
            + (lines.isEmpty() ? "" : (lines.size() == 1 ? "; line " : "; lines ") + String.join(", ",
            lines.stream().map(String::valueOf).toList())));
      }
    }
    out.println();
    out.println(code == ExitCode.OK ? "Clean." : code == ExitCode.FINDINGS ? "Warnings only."
        : "Errors: analyze would stop on this file.");
    out.flush();
  }

  private static String dropped(ReadSummary s) {
    if (s.dropped().isEmpty()) {
      return "";
    }
    return " (" + String.join(", ", s.dropped().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).toList()) + ")";
  }

  private static ObjectNode json(ObjectMapper m, String name, ValidationReport r,
      List<String> warnings, int code) {
    ReadSummary s = r.summary();
    ObjectNode root = m.createObjectNode();
    root.put("file", name);
    root.put("status", code == ExitCode.OK ? "clean" : code == ExitCode.FINDINGS ? "warnings" : "errors");
    ReadSummary.Layout l = s.layout();
    if (l != null) {
      root.put("dialect", l.dialect()).put("encoding", l.encoding())
          .put("delimiter", l.delimiter().equals("tab") ? "\t" : l.delimiter())
          .put("headerRows", l.headerRows()).put("completionTimes", l.hasTimes())
          .put("respondentIds", l.hasRespondentId());
      ArrayNode cols = root.putArray("columns");
      for (ReadSummary.ColumnUse c : l.columns()) {
        ObjectNode o = cols.addObject().put("column", c.column()).put("name", c.name())
            .put("role", c.role());
        if (c.item() != null) {
          o.put("item", c.item());
        }
      }
    }
    ObjectNode rows = root.putObject("rows");
    rows.put("read", s.rows()).put("accepted", r.accepted()).put("withErrors", s.rowsWithErrors());
    ObjectNode dropped = rows.putObject("dropped");
    s.dropped().forEach(dropped::put);
    root.put("errorCount", s.errorCount());
    ArrayNode errors = root.putArray("errors");
    for (Finding f : s.findings()) {
      if (f.isError()) {
        ObjectNode o = errors.addObject().put("line", f.line()).put("message", f.message());
        if (f.column() != null) {
          o.put("column", f.column());
        }
      }
    }
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    ArrayNode never = root.putArray("neverAnswered");
    r.neverAnswered().forEach(never::add);
    root.put("hiddenTeams", r.hiddenTeams());
    root.put("rowsWithoutTeam", r.someWithoutTeam());
    if (r.screening() != null) {
      ObjectNode sc = root.putObject("screening");
      sc.put("screened", r.screening().counts().screened());
      sc.put("flagged", r.screening().counts().flagged());
      ObjectNode rules = sc.putObject("rules");
      for (CarelessScreen.Rule rule : CarelessScreen.Rule.values()) {
        Long n = r.screening().counts().byRule().get(rule);
        ObjectNode o = rules.putObject(rule.key()).put("applied", n != null);
        if (n != null) {
          o.put("flagged", n);
          ArrayNode lines = o.putArray("lines");
          r.flaggedLines().getOrDefault(rule, List.of()).forEach(lines::add);
        }
      }
    }
    return root;
  }
}
