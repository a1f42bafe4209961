package org.leadsurvey.report;

import static org.leadsurvey.report.JsonReport.MAPPER;
import static org.leadsurvey.report.JsonReport.PRETTY;
import static org.leadsurvey.report.JsonReport.num;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.leadsurvey.stats.ReliableChange;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.stats.ScaleTrend;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.stats.WaveChange;
import org.leadsurvey.stats.WelchInterval;

/**
 * The JSON of several waves ({@code analyze} with waves, {@code trend}, {@code trend.json}).
 * Same top-level keys as a single-file analysis, but {@code waves} instead of {@code scales}:
 * each wave carries its own {@code input} and (for {@code analyze}) its {@code scales} exactly
 * as a single-file run; {@code trend} holds per scale the scores per wave and the changes.
 * A hidden group in a wave is {@code {"wave": .., "suppressed": true}}; a withheld change is
 * {@code {"from": .., "to": .., "suppressed": true, "reason": ..}}, with no numbers.
 */
public final class TrendJson {
  private TrendJson() {}

  public static void write(TrendReport report, boolean withWaveScales, Writer out) {
    try {
      MAPPER.writer(PRETTY).writeValue(out, tree(report, withWaveScales));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode tree(TrendReport report, boolean withWaveScales) {
    ObjectNode root = JsonReport.header(report.toolVersion(), report.files(), report.rows(),
        report.instrument(), report.minGroup());
    ArrayNode waves = root.putArray("waves");
    for (WaveReport w : report.waves()) {
      ObjectNode o = waves.addObject();
      o.put("wave", w.name());
      ObjectNode in = o.putObject("input");
      ArrayNode f = in.putArray("files");
      w.report().files().forEach(f::add);
      in.put("rows", w.report().rows());
      if (withWaveScales) {
        ArrayNode scales = o.putArray("scales");
        w.report().scales().forEach(s -> scales.add(JsonReport.scale(s.scale(), s.result())));
      }
    }
    ArrayNode trend = root.putArray("trend");
    for (TrendReport.ScaleTrendReport t : report.trends()) {
      trend.add(scale(t));
    }
    return root;
  }

  private static ObjectNode scale(TrendReport.ScaleTrendReport t) {
    ScaleTrend trend = t.trend();
    ObjectNode s = MAPPER.createObjectNode();
    s.put("id", t.scale().id()).put("name", t.scale().name());
    ArrayNode rel = s.putArray("reliability");
    for (int w = 0; w < trend.waves().size(); w++) {
      Reliability r = trend.alphas().get(w);
      ObjectNode o = rel.addObject().put("wave", trend.waves().get(w));
      num(o, "alpha", r.alpha());
      o.putArray("alphaCi").add(json(r.alphaCi().lower())).add(json(r.alphaCi().upper()));
      num(o, "omegaTotal", r.omegaTotal());
    }
    s.set("organisation", group(trend.organisation()));
    ArrayNode teams = s.putArray("teams");
    trend.teams().forEach(g -> teams.add(group(g)));
    return s;
  }

  private static ObjectNode group(ScaleTrend.GroupTrend g) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("team", g.group());
    ArrayNode scores = o.putArray("scores");
    for (ScaleTrend.WaveScore w : g.scores()) {
      ObjectNode x = scores.addObject().put("wave", w.wave());
      switch (w.status()) {
        case REPORTED -> {
          TeamScore t = w.score();
          x.put("suppressed", false).put("n", t.n());
          num(x, "mean", t.mean());
          num(x, "sd", t.sd());
        }
        case HIDDEN -> x.put("suppressed", true);
        case ABSENT -> x.put("suppressed", false).put("n", 0);
      }
    }
    ArrayNode changes = o.putArray("changes");
    for (WaveChange c : g.changes()) {
      ObjectNode x = changes.addObject().put("from", c.from()).put("to", c.to())
          .put("comparison", c.firstToLast() ? "first-to-last" : "consecutive");
      if (c instanceof WaveChange.Shown s) {
        WelchInterval w = s.welch();
        ReliableChange rc = s.reliableChange();
        x.put("suppressed", false);
        num(x, "change", s.change());
        ArrayNode ci = x.putArray("ci95");
        ci.add(json(w.ci().lower())).add(json(w.ci().upper()));
        num(x, "df", w.df());
        num(x, "p", w.p());
        num(x, "d", s.d());
        num(x, "rci", rc.index());
        x.put("reliable", rc.reliable());
      } else if (c instanceof WaveChange.Withheld h) {
        x.put("suppressed", true).put("reason", h.reason());
      }
    }
    return o;
  }

  private static com.fasterxml.jackson.databind.JsonNode json(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? MAPPER.nullNode()
        : MAPPER.getNodeFactory().numberNode(v);
  }

  static String comparison(WaveChange c) {
    return (c.firstToLast() ? "first-to-last" : "consecutive").toLowerCase(Locale.ROOT);
  }
}
