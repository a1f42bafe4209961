package org.leadsurvey.report;

import static org.leadsurvey.report.JsonRenderer.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.result.AdviceTeam;

/**
 * The JSON contract of {@code network --scope organisation --format json}: {@code teams[]}
 * (a hidden team is only {@code {"team": .., "suppressed": true}}), {@code organisation} and
 * {@code matrix} ({@code null} when no team is shown), and with {@code --show-people},
 * {@code people[]}. In {@code matrix}, {@code counts[i][j]} are the ties from team i to team j
 * in the order of {@code matrix.teams}; when {@code hiddenTeams} is true, one more last row and
 * column hold the hidden teams together.
 */
final class AdviceJson {
  private AdviceJson() {}

  static void write(AdviceReport report, Writer out) {
    JsonRenderer.document(out, g -> write(g, report));
  }

  private static void write(JsonGenerator g, AdviceReport r) throws IOException {
    g.writeStartObject();
    JsonRenderer.tool(g, r.toolVersion());
    g.writeStringField("scope", "organisation");
    g.writeObjectFieldStart("input");
    JsonRenderer.strings(g, "files", r.files());
    g.writeNumberField("rows", r.rows());
    g.writeEndObject();
    g.writeObjectFieldStart("privacy");
    g.writeNumberField("minGroup", r.minGroup());
    g.writeEndObject();
    g.writeArrayFieldStart("teams");
    for (AdviceTeam t : r.teams()) {
      g.writeStartObject();
      g.writeStringField("team", t.team());
      if (t instanceof AdviceTeam.Shown s) {
        g.writeBooleanField("suppressed", false);
        g.writeNumberField("n", s.n());
        g.writeNumberField("respondents", s.respondents());
        g.writeNumberField("internal", s.internal());
        g.writeNumberField("external", s.external());
        number(g, "eiIndex", s.eiIndex());
      } else {
        g.writeBooleanField("suppressed", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("organisation");
    AdviceReport.Organisation o = r.organisation();
    if (o == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("basis", o.allTeams() ? "all teams" : "shown teams");
      g.writeNumberField("internal", o.internal());
      g.writeNumberField("external", o.external());
      number(g, "eiIndex", o.eiIndex());
      g.writeEndObject();
    }
    g.writeFieldName("matrix");
    AdviceReport.Matrix m = r.matrix();
    if (m == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("rows", "team of the person asking");
      g.writeStringField("columns", "team of the advisor");
      JsonRenderer.strings(g, "teams", m.teams());
      g.writeBooleanField("hiddenTeams", m.pooled());
      g.writeArrayFieldStart("counts");
      for (long[] row : m.counts()) {
        g.writeArray(row, 0, row.length);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (r.showPeople()) {
      g.writeObjectFieldStart("betweenness");
      g.writeBooleanField("directed", true);
      g.writeBooleanField("normalized", true);
      g.writeStringField("among", "people of the shown teams");
      g.writeEndObject();
      g.writeArrayFieldStart("people");
      for (AdviceReport.Broker b : r.people()) {
        g.writeStartObject();
        g.writeStringField("team", b.team());
        g.writeStringField("person", b.person());
        number(g, "betweenness", b.betweenness());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
