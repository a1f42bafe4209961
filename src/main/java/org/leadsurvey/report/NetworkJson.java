package org.leadsurvey.report;

import static org.leadsurvey.report.JsonReport.num;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.leadsurvey.stats.PearsonCorrelation;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.stats.network.NetworkResult;

/**
 * The JSON contract of {@code network --format json}. Undefined numbers are {@code null}; a
 * hidden team is only {@code {"team": .., "suppressed": true}}; {@code people} appears only
 * with {@code --show-people}.
 */
final class NetworkJson {
  private NetworkJson() {}

  static void write(NetworkReport report, Writer out) {
    try {
      JsonReport.MAPPER.writer(JsonReport.PRETTY).writeValue(out, tree(report));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(NetworkReport r) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.putObject("tool").put("name", "leadsurvey").put("version", r.toolVersion());
    ObjectNode input = root.putObject("input");
    ArrayNode files = input.putArray("files");
    r.files().forEach(files::add);
    input.put("rows", r.rows()).put("layout", r.layout()).put("selfRatingsIgnored", r.selfRatings());
    ObjectNode settings = root.putObject("settings");
    settings.putArray("scale").add(r.scaleMin()).add(r.scaleMax());
    settings.put("tieThreshold", r.tieThreshold());
    root.putObject("privacy").put("minGroup", r.minGroup());
    ArrayNode teams = root.putArray("teams");
    for (NetworkResult t : r.teams()) {
      ObjectNode o = teams.addObject();
      o.put("team", t.team());
      if (t instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        o.put("suppressed", false);
        o.put("n", m.n()).put("raters", m.raters()).put("observedDyads", m.observedDyads());
        num(o, "responseRate", m.responseRate());
        num(o, "density", m.density());
        num(o, "densityBinary", m.densityBinary());
        num(o, "centralization", m.centralization());
        num(o, "valuedCentralization", m.valuedCentralization());
        num(o, "reciprocity", m.reciprocity());
        if (r.climate() != null) {
          Double mean = r.climate().means().get(m.team());
          num(o, "climateMean", mean == null ? Double.NaN : mean);
        }
        if (r.showPeople()) {
          ArrayNode people = o.putArray("people");
          for (NetworkMetrics.PersonStanding p : m.people()) {
            ObjectNode po = people.addObject();
            po.put("person", p.person()).put("inDegree", p.inDegree())
                .put("ratingsReceived", p.ratingsReceived());
            num(po, "meanReceived", p.meanReceived());
            po.put("rank", p.rank());
          }
        }
      } else {
        o.put("suppressed", true);
      }
    }
    if (r.climate() == null) {
      root.putNull("climate");
    } else {
      NetworkReport.Climate c = r.climate();
      ObjectNode co = root.putObject("climate");
      co.put("file", c.file()).put("scale", c.scaleId()).put("teams", c.means().size());
      ArrayNode cors = co.putArray("correlations");
      correlation(cors.addObject(), "density", c.density());
      correlation(cors.addObject(), "centralization", c.centralization());
    }
    return root;
  }

  private static void correlation(ObjectNode o, String with, PearsonCorrelation.Result r) {
    o.put("x", "climateMean").put("y", with).put("method", "pearson").put("n", r.n());
    num(o, "r", r.r());
    ArrayNode ci = o.putArray("ci95");
    for (double v : new double[] {r.ci95().lower(), r.ci95().upper()}) {
      if (Double.isNaN(v)) {
        ci.addNull();
      } else {
        ci.add(v);
      }
    }
    num(o, "p", r.p());
  }
}
