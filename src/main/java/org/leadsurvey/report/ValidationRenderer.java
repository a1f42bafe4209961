package org.leadsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.result.ValidationReport;
import org.leadsurvey.stats.CarelessScreen;

/** {@code validate}'s report: how a file is read, and what is wrong with it; text or JSON. */
public final class ValidationRenderer {
  /** The verdict, as the exit code says it. */
  public enum Status { CLEAN, WARNINGS, ERRORS }

  private ValidationRenderer() {}

  /** @param warnings the reader's warnings and the report's own, in order */
  public static void text(ValidationReport r, List<String> warnings, Status status,
      PrintWriter out) {
    ReadSummary s = r.summary();
    out.println("leadsurvey validate · " + r.file());
    ReadSummary.Layout l = s.layout();
    if (l != null) {
      out.println("Dialect " + l.dialect() + " (" + l.headerRows() + " header row"
          + (l.headerRows() == 1 ? "" : "s") + "), encoding " + l.encoding() + ", delimiter "
          + (l.delimiter().equals("tab") ? "tab" : "'" + l.delimiter() + "'")
          + (l.hasTimes() ? ", completion times" : "")
          + (l.hasRespondentId() ? ", respondent ids" : ""));
      out.println();
      out.println("Columns");
      int width = l.columns().stream().mapToInt(c -> DisplayWidth.of(c.name())).max()
          .orElse(6);
      width = Math.max(6, Math.min(width, 60));
      for (ReadSummary.ColumnUse c : l.columns()) {
        String use = c.item() != null ? "item " + c.item()
            : c.role().equals("identifying") ? "identifying: never read"
            : c.role().equals("unused") ? "not used" : c.role();
        // Padded to display width, so CJK column names line up too.
        int pad = Math.max(0, width - DisplayWidth.of(c.name()));
        out.printf(Locale.ROOT, "  %3d  %s%s  %s%n", c.column(), c.name(), " ".repeat(pad), use);
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
            + (lines.isEmpty() ? "" : (lines.size() == 1 ? "; line " : "; lines ")
            + String.join(", ", lines.stream().map(String::valueOf).toList())));
      }
    }
    out.println();
    out.println(status == Status.CLEAN ? "Clean." : status == Status.WARNINGS ? "Warnings only."
        : "Errors: analyze would stop on this file.");
    out.flush();
  }

  /** The same in the JSON style of every report. */
  public static void json(ValidationReport r, List<String> warnings, Status status,
      PrintWriter out) {
    JsonRenderer.document(out, g -> json(g, r, warnings, status));
  }

  private static void json(JsonGenerator g, ValidationReport r, List<String> warnings,
      Status status) throws IOException {
    ReadSummary s = r.summary();
    g.writeStartObject();
    g.writeStringField("file", r.file());
    g.writeStringField("status", status.name().toLowerCase(Locale.ROOT));
    ReadSummary.Layout l = s.layout();
    if (l != null) {
      g.writeStringField("dialect", l.dialect());
      g.writeStringField("encoding", l.encoding());
      g.writeStringField("delimiter", l.delimiter().equals("tab") ? "\t" : l.delimiter());
      g.writeNumberField("headerRows", l.headerRows());
      g.writeBooleanField("completionTimes", l.hasTimes());
      g.writeBooleanField("respondentIds", l.hasRespondentId());
      g.writeArrayFieldStart("columns");
      for (ReadSummary.ColumnUse c : l.columns()) {
        g.writeStartObject();
        g.writeNumberField("column", c.column());
        g.writeStringField("name", c.name());
        g.writeStringField("role", c.role());
        if (c.item() != null) {
          g.writeStringField("item", c.item());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("rows");
    g.writeNumberField("read", s.rows());
    g.writeNumberField("accepted", r.accepted());
    g.writeNumberField("withErrors", s.rowsWithErrors());
    g.writeObjectFieldStart("dropped");
    for (var e : s.dropped().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeNumberField("errorCount", s.errorCount());
    g.writeArrayFieldStart("errors");
    for (Finding f : s.findings()) {
      if (f.isError()) {
        g.writeStartObject();
        g.writeNumberField("line", f.line());
        g.writeStringField("message", f.message());
        if (f.column() != null) {
          g.writeStringField("column", f.column());
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    JsonRenderer.strings(g, "warnings", warnings);
    JsonRenderer.strings(g, "neverAnswered", r.neverAnswered());
    g.writeNumberField("hiddenTeams", r.hiddenTeams());
    g.writeBooleanField("rowsWithoutTeam", r.someWithoutTeam());
    if (r.screening() != null) {
      g.writeObjectFieldStart("screening");
      g.writeNumberField("screened", r.screening().counts().screened());
      g.writeNumberField("flagged", r.screening().counts().flagged());
      g.writeObjectFieldStart("rules");
      for (CarelessScreen.Rule rule : CarelessScreen.Rule.values()) {
        Long n = r.screening().counts().byRule().get(rule);
        g.writeObjectFieldStart(rule.key());
        g.writeBooleanField("applied", n != null);
        if (n != null) {
          g.writeNumberField("flagged", n);
          g.writeArrayFieldStart("lines");
          for (long line : r.flaggedLines().getOrDefault(rule, List.of())) {
            g.writeNumber(line);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static String dropped(ReadSummary s) {
    if (s.dropped().isEmpty()) {
      return "";
    }
    return " (" + String.join(", ", s.dropped().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).toList()) + ")";
  }
}
