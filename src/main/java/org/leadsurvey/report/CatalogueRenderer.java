package org.leadsurvey.report;

import java.io.PrintWriter;
import java.util.List;
import org.leadsurvey.instrument.Instrument;

/**
 * The instrument catalogue ({@code leadsurvey instruments}) for scripts: the columns of the
 * table, as JSON (an array of objects) or CSV (a header row, then one row per instrument).
 */
public final class CatalogueRenderer {
  private CatalogueRenderer() {}

  public static void json(List<Instrument> instruments, PrintWriter out) {
    JsonRenderer.document(out, g -> {
      g.writeStartArray();
      for (Instrument i : instruments) {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("name", i.name());
        g.writeStringField("kind", i.kind().id());
        g.writeBooleanField("validated", i.validated());
        g.writeNumberField("items", i.items().size());
        g.writeArrayFieldStart("scales");
        for (var s : i.scales()) {
          g.writeString(s.id());
        }
        g.writeEndArray();
        g.writeNumberField("answerMin", i.scale().min());
        g.writeNumberField("answerMax", i.scale().max());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  public static void csv(List<Instrument> instruments, PrintWriter out) {
    CsvOutput csv = CsvOutput.to(out);
    csv.row("id", "name", "kind", "validated", "items", "scales", "answer_min", "answer_max");
    for (Instrument i : instruments) {
      csv.row(i.id(), i.name(), i.kind().id(), i.validated(), i.items().size(),
          String.join(" ", i.scales().stream().map(s -> s.id()).toList()), i.scale().min(),
          i.scale().max());
    }
    csv.flush();
  }
}
