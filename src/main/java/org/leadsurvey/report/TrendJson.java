package org.leadsurvey.report;

import static org.leadsurvey.report.JsonRenderer.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.leadsurvey.stats.ReliableChange;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.result.CutTrend;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.WaveChange;
import org.leadsurvey.stats.WelchInterval;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/**
 * The JSON of several waves ({@code analyze} with waves, {@code trend}, {@code trend.json}).
 * Same top-level keys as a single-file analysis, but {@code waves} instead of {@code scales}:
 * each wave carries its own {@code input} and (for {@code analyze}) its {@code scales} exactly
 * as a single-file run; {@code trend} holds per scale the scores per wave and the changes.
 * A hidden group in a wave is {@code {"wave": .., "suppressed": true}}; a withheld change is
 * {@code {"from": .., "to": .., "suppressed": true, "reason": ..}}, with no numbers.
 * Streamed like {@link JsonRenderer}.
 */
final class TrendJson {
  private TrendJson() {}

  public static void write(TrendReport report, boolean withWaveScales, Writer out) {
    JsonRenderer.document(out, g -> write(g, report, withWaveScales));
  }

  private static void write(JsonGenerator g, TrendReport report, boolean withWaveScales)
      throws IOException {
    g.writeStartObject();
    JsonRenderer.header(g, report.toolVersion(), report.files(), report.rows(),
        report.instrument(), report.minGroup());
    g.writeArrayFieldStart("waves");
    for (WaveReport w : report.waves()) {
      g.writeStartObject();
      g.writeStringField("wave", w.name());
      g.writeObjectFieldStart("input");
      JsonRenderer.strings(g, "files", w.report().files());
      g.writeNumberField("rows", w.report().rows());
      g.writeEndObject();
      if (withWaveScales) {
        g.writeArrayFieldStart("scales");
        for (ScaleReport s : w.report().scales()) {
          JsonRenderer.scale(g, s);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trend");
    for (TrendReport.ScaleTrendReport t : report.trends()) {
      scale(g, t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void scale(JsonGenerator g, TrendReport.ScaleTrendReport t) throws IOException {
    ScaleTrend trend = t.trend();
    g.writeStartObject();
    g.writeStringField("id", t.scale().id());
    g.writeStringField("name", t.scale().name());
    g.writeArrayFieldStart("reliability");
    for (int w = 0; w < trend.waves().size(); w++) {
      Reliability r = trend.alphas().get(w);
      g.writeStartObject();
      g.writeStringField("wave", trend.waves().get(w));
      number(g, "alpha", r.alpha());
      g.writeFieldName("alphaCi");
      JsonRenderer.interval(g, r.alphaCi());
      number(g, "omegaTotal", r.omegaTotal());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("organisation");
    group(g, trend.organisation());
    g.writeArrayFieldStart("teams");
    for (ScaleTrend.GroupTrend group : trend.teams()) {
      group(g, group);
    }
    g.writeEndArray();
    if (!t.cuts().isEmpty()) {
      g.writeArrayFieldStart("cuts");
      for (CutTrend cut : t.cuts()) {
        g.writeStartObject();
        g.writeStringField("by", cut.by());
        g.writeArrayFieldStart("groups");
        for (ScaleTrend.GroupTrend group : cut.groups()) {
          group(g, group, "group");
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void group(JsonGenerator g, ScaleTrend.GroupTrend group) throws IOException {
    group(g, group, "team");
  }

  /** @param key what the group is: "team", or "group" for a --by group */
  private static void group(JsonGenerator g, ScaleTrend.GroupTrend group, String key)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(key, group.group());
    g.writeArrayFieldStart("scores");
    for (ScaleTrend.WaveScore w : group.scores()) {
      g.writeStartObject();
      g.writeStringField("wave", w.wave());
      switch (w.status()) {
        case REPORTED -> {
          TeamScore t = w.score();
          g.writeBooleanField("suppressed", false);
          g.writeNumberField("n", t.n());
          number(g, "mean", t.mean());
          number(g, "sd", t.sd());
        }
        case HIDDEN -> g.writeBooleanField("suppressed", true);
        case ABSENT -> {
          g.writeBooleanField("suppressed", false);
          g.writeNumberField("n", 0);
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("changes");
    for (WaveChange c : group.changes()) {
      g.writeStartObject();
      g.writeStringField("from", c.from());
      g.writeStringField("to", c.to());
      g.writeStringField("comparison", c.firstToLast() ? "first-to-last" : "consecutive");
      if (c instanceof WaveChange.Shown s) {
        WelchInterval w = s.welch();
        ReliableChange rc = s.reliableChange();
        g.writeBooleanField("suppressed", false);
        number(g, "change", s.change());
        g.writeFieldName("ci95");
        JsonRenderer.interval(g, w.ci());
        number(g, "df", w.df());
        number(g, "p", w.p());
        number(g, "pHolm", s.pHolm());
        g.writeBooleanField("marked", s.marked());
        number(g, "d", s.d());
        number(g, "rci", rc.index());
        g.writeBooleanField("rciBeyondError", rc.beyondError());
      } else if (c instanceof WaveChange.Withheld h) {
        g.writeBooleanField("suppressed", true);
        g.writeStringField("reason", h.reason());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static String comparison(WaveChange c) {
    return (c.firstToLast() ? "first-to-last" : "consecutive").toLowerCase(Locale.ROOT);
  }
}
