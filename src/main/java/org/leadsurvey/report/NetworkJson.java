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
 * with {@code --show-people}. A single-criterion file keeps the flat shape (each team's figures
 * at its top level, its people inside it); several criteria give each team a {@code criteria}
 * and an {@code overlap} array, and {@code people} is a top-level array of
 * {@code {team, person, criteria: [{criterion, raters, mean}]}}. Withheld person figures are
 * absent. Streamed like {@link JsonRenderer}.
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
    if (r.multiCriteria()) {
      JsonRenderer.strings(g, "criteria", r.criteria());
    }
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
    if (r.showPeople()) {
      g.writeNumberField("minRaters", r.minRaters());
    }
    g.writeEndObject();
    if (r.multiCriteria()) {
      criteria(g, r);
    } else {
      single(g, r);
    }
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
      for (NetworkReport.Correlations k : c.correlations()) {
        String criterion = r.multiCriteria() ? k.criterion() : null;
        correlation(g, criterion, "density", k.density());
        correlation(g, criterion, "centralization", k.centralization());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void criteria(JsonGenerator g, NetworkReport r) throws IOException {
    g.writeArrayFieldStart("teams");
    for (NetworkResult t : r.teams()) {
      g.writeStartObject();
      g.writeStringField("team", t.team());
      if (t instanceof NetworkResult.Reported rep) {
        g.writeBooleanField("suppressed", false);
        g.writeNumberField("n", rep.metrics().n());
        climateMean(g, r, t.team());
        g.writeArrayFieldStart("criteria");
        for (NetworkResult.Criterion c : rep.criteria()) {
          NetworkMetrics m = c.metrics();
          g.writeStartObject();
          g.writeStringField("criterion", c.name());
          metrics(g, m);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("overlap");
        for (NetworkResult.Overlap o : rep.overlap()) {
          g.writeStartObject();
          g.writeStringField("a", o.a());
          g.writeStringField("b", o.b());
          g.writeNumberField("dyads", o.dyads());
          if (!Double.isNaN(o.r())) {
            g.writeNumberField("r", o.r());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      } else {
        g.writeBooleanField("suppressed", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!r.showPeople()) {
      return;
    }
    g.writeArrayFieldStart("people");
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        for (String person : NetworkTables.peopleOf(rep)) {
          g.writeStartObject();
          g.writeStringField("team", rep.team());
          g.writeStringField("person", person);
          g.writeArrayFieldStart("criteria");
          for (NetworkResult.Criterion c : rep.criteria()) {
            NetworkResult.Standing s = c.standing(person);
            g.writeStartObject();
            g.writeStringField("criterion", c.name());
            g.writeNumberField("raters", s.raters());
            if (s.shown() != null) {
              number(g, "mean", s.shown().mean());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
  }

  private static void single(JsonGenerator g, NetworkReport r) throws IOException {
    g.writeArrayFieldStart("teams");
    for (NetworkResult t : r.teams()) {
      g.writeStartObject();
      g.writeStringField("team", t.team());
      if (t instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        g.writeBooleanField("suppressed", false);
        g.writeNumberField("n", m.n());
        metrics(g, m);
        climateMean(g, r, m.team());
        if (r.showPeople()) {
          g.writeArrayFieldStart("people");
          for (NetworkResult.Standing p : rep.criteria().get(0).people()) {
            g.writeStartObject();
            g.writeStringField("person", p.person());
            g.writeNumberField("ratingsReceived", p.raters());
            if (p.shown() != null) {
              number(g, "meanReceived", p.shown().mean());
              g.writeNumberField("rank", p.shown().rank());
            }
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
  }

  /** @param criterion null for a single-criterion file (no criterion field) */
  private static void correlation(JsonGenerator g, String criterion, String with,
      PearsonCorrelation.Result r) throws IOException {
    g.writeStartObject();
    if (criterion != null) {
      g.writeStringField("criterion", criterion);
    }
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

  /** The team's climate mean with --climate (NaN when the survey does not show the team). */
  private static void climateMean(JsonGenerator g, NetworkReport r, String team)
      throws IOException {
    if (r.climate() != null) {
      Double mean = r.climate().means().get(team);
      number(g, "climateMean", mean == null ? Double.NaN : mean);
    }
  }

  /** A network's figures, as fields of the object being written. */
  private static void metrics(JsonGenerator g, NetworkMetrics m) throws IOException {
    g.writeNumberField("raters", m.raters());
    g.writeNumberField("observedDyads", m.observedDyads());
    number(g, "responseRate", m.responseRate());
    number(g, "density", m.density());
    number(g, "densityBinary", m.densityBinary());
    number(g, "centralization", m.centralization());
    number(g, "valuedCentralization", m.valuedCentralization());
    number(g, "reciprocity", m.reciprocity());
  }
}
