package org.leadsurvey.report;

import static org.leadsurvey.report.JsonRenderer.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.leadsurvey.stats.PearsonCorrelation;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.result.NetworkReport;

/**
 * The JSON contract of {@code network --format json}. Undefined numbers are {@code null}; a
 * hidden team is only {@code {"team": .., "suppressed": true}}; {@code people} appears only
 * with {@code --show-people}. Streamed like {@link JsonRenderer}.
 */
final class NetworkJson {
  private NetworkJson() {}

  static void write(NetworkReport report, Writer out) {
    JsonRenderer.document(out, g -> write(g, report));
  }

  private static void write(JsonGenerator g, NetworkReport r) throws IOException {
    g.writeStartObject();
    JsonRenderer.tool(g, r.toolVersion());
    g.writeObjectFieldStart("input");
    JsonRenderer.strings(g, "files", r.files());
    g.writeNumberField("rows", r.rows());
    g.writeStringField("layout", r.layout());
    g.writeNumberField("selfRatingsIgnored", r.selfRatings());
    g.writeEndObject();
    g.writeObjectFieldStart("settings");
    g.writeArrayFieldStart("scale");
    g.writeNumber(r.scaleMin());
    g.writeNumber(r.scaleMax());
    g.writeEndArray();
    g.writeNumberField("tieThreshold", r.tieThreshold());
    g.writeEndObject();
    g.writeObjectFieldStart("privacy");
    g.writeNumberField("minGroup", r.minGroup());
    g.writeEndObject();
    g.writeArrayFieldStart("teams");
    for (NetworkResult t : r.teams()) {
      g.writeStartObject();
      g.writeStringField("team", t.team());
      if (t instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        g.writeBooleanField("suppressed", false);
        g.writeNumberField("n", m.n());
        g.writeNumberField("raters", m.raters());
        g.writeNumberField("observedDyads", m.observedDyads());
        number(g, "responseRate", m.responseRate());
        number(g, "density", m.density());
        number(g, "densityBinary", m.densityBinary());
        number(g, "centralization", m.centralization());
        number(g, "valuedCentralization", m.valuedCentralization());
        number(g, "reciprocity", m.reciprocity());
        if (r.climate() != null) {
          Double mean = r.climate().means().get(m.team());
          number(g, "climateMean", mean == null ? Double.NaN : mean);
        }
        if (r.showPeople()) {
          g.writeArrayFieldStart("people");
          for (NetworkMetrics.PersonStanding p : m.people()) {
            g.writeStartObject();
            g.writeStringField("person", p.person());
            g.writeNumberField("inDegree", p.inDegree());
            g.writeNumberField("ratingsReceived", p.ratingsReceived());
            number(g, "meanReceived", p.meanReceived());
            g.writeNumberField("rank", p.rank());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
      } else {
        g.writeBooleanField("suppressed", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("climate");
    if (r.climate() == null) {
      g.writeNull();
    } else {
      NetworkReport.Climate c = r.climate();
      g.writeStartObject();
      g.writeStringField("file", c.file());
      g.writeStringField("scale", c.scaleId());
      g.writeNumberField("teams", c.means().size());
      g.writeArrayFieldStart("correlations");
      correlation(g, "density", c.density());
      correlation(g, "centralization", c.centralization());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void correlation(JsonGenerator g, String with, PearsonCorrelation.Result r)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("x", "climateMean");
    g.writeStringField("y", with);
    g.writeStringField("method", "pearson");
    g.writeNumberField("n", r.n());
    number(g, "r", r.r());
    g.writeFieldName("ci95");
    JsonRenderer.interval(g, r.ci95());
    number(g, "p", r.p());
    g.writeEndObject();
  }
}
