package org.leadsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;
import org.leadsurvey.result.CutsReport;
import org.leadsurvey.stats.GroupScore;

/**
 * A scale's demographic cuts in JSON, inside its {@code scales[]} object: {@code cuts} (one
 * entry per {@code --by} column: its groups, and with {@code --cross-teams} its team x group
 * cells), {@code cutsHiddenToProtect} and, when no group may be shown, {@code cutsWithheld}.
 */
final class CutsJson {
  private CutsJson() {}

  static void write(JsonGenerator g, CutsReport report, List<String> items) throws IOException {
    g.writeArrayFieldStart("cuts");
    for (CutResult cut : report.cuts()) {
      g.writeStartObject();
      g.writeStringField("by", cut.by());
      g.writeArrayFieldStart("groups");
      for (CutGroup group : cut.groups()) {
        group(g, group, items);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("cells");
      for (CutResult.TeamCells team : cut.cells()) {
        g.writeStartObject();
        g.writeStringField("team", team.team());
        g.writeArrayFieldStart("groups");
        for (CutResult.Cell cell : team.groups()) {
          g.writeStartObject();
          g.writeStringField("group", cell.group());
          g.writeNumberField("n", cell.n());
          g.writeBooleanField("suppressed", false);
          JsonRenderer.number(g, "mean", cell.mean());
          JsonRenderer.number(g, "favourable", cell.favourable());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("hiddenGroups", team.hidden());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("cutsHiddenToProtect", report.hiddenToProtect());
    if (report.withheld() != null) {
      g.writeStringField("cutsWithheld", report.withheld());
    }
  }

  private static void group(JsonGenerator g, CutGroup group, List<String> items)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("group", group.group());
    if (!(group instanceof CutGroup.Shown shown)) {
      g.writeBooleanField("suppressed", true);
      g.writeEndObject();
      return;
    }
    GroupScore s = shown.score();
    g.writeNumberField("n", s.n());
    g.writeBooleanField("suppressed", false);
    JsonRenderer.number(g, "mean", s.mean());
    JsonRenderer.number(g, "sd", s.sd());
    g.writeFieldName("ci95");
    JsonRenderer.interval(g, s.ci95());
    JsonRenderer.number(g, "favourable", s.favourable());
    g.writeObjectFieldStart("items");
    for (int i = 0; i < items.size(); i++) {
      JsonRenderer.number(g, items.get(i), s.itemMeans().get(i));
    }
    g.writeEndObject();
    CutGroup.Gap gap = shown.gap();
    g.writeFieldName("gap");
    if (gap == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      JsonRenderer.number(g, "difference", gap.difference());
      g.writeFieldName("ci95");
      JsonRenderer.interval(g, gap.ci95());
      JsonRenderer.number(g, "p", gap.p());
      JsonRenderer.number(g, "pHolm", gap.pHolm());
      JsonRenderer.number(g, "cohensD", gap.cohensD());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
