package org.leadsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.ItemStatistics;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.stats.ScaleResult;
import org.leadsurvey.stats.TeamResult;
import org.leadsurvey.stats.TeamScore;

/**
 * The JSON contract of {@code analyze --format json} (scripts depend on its keys). Undefined
 * numbers are {@code null}; a hidden team is only {@code {"team": .., "suppressed": true}}.
 */
public final class JsonReport {
  // Never close the caller's stream (it may be stdout).
  // Schubfach: the shortest decimal that reads back to the same double, much faster than
  // Java 17's Double.toString on 100,000-team reports.
  static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory
      .builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private JsonReport() {}

  public static void write(AnalysisReport report, Writer out) {
    try {
      MAPPER.writer(PRETTY).writeValue(out, tree(report));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys every JSON report starts with: tool, input, instrument, privacy. */
  static ObjectNode header(String toolVersion, java.util.List<String> files, long rows,
      org.leadsurvey.instrument.Instrument instrument, int minGroup) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("tool").put("name", "leadsurvey").put("version", toolVersion);
    ObjectNode input = root.putObject("input");
    ArrayNode list = input.putArray("files");
    files.forEach(list::add);
    input.put("rows", rows);
    root.putObject("instrument").put("id", instrument.id()).put("name", instrument.name())
        .put("citation", instrument.citation());
    root.putObject("privacy").put("minGroup", minGroup);
    return root;
  }

  public static ObjectNode tree(AnalysisReport report) {
    ObjectNode root = header(report.toolVersion(), report.files(), report.rows(),
        report.instrument(), report.minGroup());
    if (report.screening() != null) {
      root.set("screening", screening(report.screening()));
    }
    ArrayNode scales = root.putArray("scales");
    for (ScaleReport s : report.scales()) {
      scales.add(scale(s.scale(), s.result()));
    }
    ArrayNode correlations = root.putArray("scaleCorrelations");
    ScaleCorrelations c = report.correlations();
    for (int a = 0; c != null && a < c.scales().size(); a++) {
      for (int b = a + 1; b < c.scales().size(); b++) {
        ObjectNode o = correlations.addObject();
        o.put("x", c.scales().get(a)).put("y", c.scales().get(b));
        num(o, "r", c.r(a, b));
        o.put("n", c.n(a, b));
      }
    }
    return root;
  }

  static ObjectNode scale(Scale scale, ScaleResult r) {
    ObjectNode s = MAPPER.createObjectNode();
    s.put("id", scale.id()).put("name", scale.name());
    ArrayNode items = s.putArray("items");
    scale.itemIds().forEach(items::add);
    ArrayNode reverse = s.putArray("reverse");
    scale.reverseKeyed().forEach(reverse::add);
    s.putArray("range").add(scale.responses().min()).add(scale.responses().max());
    s.put("missing", r.missing().name().toLowerCase(java.util.Locale.ROOT));
    s.put("rows", r.rows());
    s.put("respondents", r.scored());

    Reliability rel = r.reliability().scale();
    ObjectNode reliability = s.putObject("reliability");
    num(reliability, "alpha", rel.alpha());
    num(reliability, "alphaStd", rel.alphaStd());
    num(reliability, "lambda6", rel.lambda6());
    num(reliability, "averageR", rel.averageR());
    num(reliability, "omegaTotal", rel.omegaTotal());
    ObjectNode ci = reliability.putObject("alphaCi");
    ci.put("level", rel.alphaCi().level()).put("method", "feldt");
    num(ci, "lower", rel.alphaCi().lower());
    num(ci, "upper", rel.alphaCi().upper());
    reliability.put("observations", rel.observations());

    ArrayNode itemStats = s.putArray("itemStats");
    for (ItemStatistics i : r.reliability().items()) {
      ObjectNode o = itemStats.addObject();
      o.put("item", i.item()).put("n", i.n());
      num(o, "mean", i.mean());
      num(o, "sd", i.sd());
      num(o, "rDrop", i.rDrop());
      num(o, "alphaIfDeleted", i.alphaIfDeleted());
      num(o, "loading", i.loading());
    }

    Aggregation a = r.aggregation();
    if (a != null) {
      ObjectNode agg = s.putObject("aggregation");
      num(agg, "icc1", a.icc1());
      num(agg, "icc2", a.icc2());
      num(agg, "f", a.f());
      num(agg, "dfBetween", a.dfBetween());
      num(agg, "dfWithin", a.dfWithin());
      num(agg, "p", a.p());
      agg.put("teams", a.teams());
    } else {
      s.putNull("aggregation");
    }
    if (r.organisation() != null) {
      s.putPOJO("organisation", new Streamed(g -> {
        g.writeStartObject();
        g.writeNumberField("n", r.organisation().n());
        scoreFields(g, r.organisation(), false);
        g.writeEndObject();
      }));
    } else {
      s.putNull("organisation");
    }
    // Written while serializing, not built as a tree: a million teams fit in a small heap.
    s.putPOJO("teams", new Streamed(g -> {
      g.writeStartArray();
      for (TeamResult t : r.teams()) {
        g.writeStartObject();
        g.writeStringField("team", t.team());
        if (t instanceof TeamResult.Reported rep) {
          g.writeNumberField("n", rep.score().n());
          g.writeBooleanField("suppressed", false);
          scoreFields(g, rep.score(), true);
        } else {
          g.writeBooleanField("suppressed", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
    ArrayNode warnings = s.putArray("warnings");
    r.warnings().forEach(warnings::add);
    return s;
  }

  /** Counts per rule only: never which respondent was flagged. */
  private static ObjectNode screening(ScreeningReport sr) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("screened", sr.counts().screened());
    o.put("flagged", sr.counts().flagged());
    o.put("excluded", sr.excluded() ? sr.counts().flagged() : 0);
    ObjectNode rules = o.putObject("rules");
    for (org.leadsurvey.stats.CarelessScreen.Rule r : org.leadsurvey.stats.CarelessScreen.Rule.values()) {
      ObjectNode rule = rules.putObject(r.key());
      Long n = sr.counts().byRule().get(r);
      rule.put("applied", n != null);
      if (n != null) {
        rule.put("flagged", n);
        rule.put("criterion", sr.describe(r));
      } else {
        rule.put("reason", ScreeningReport.notApplied(r));
      }
    }
    org.leadsurvey.stats.CarelessScreen.Thresholds t = sr.thresholds();
    ObjectNode th = o.putObject("thresholds");
    th.put("longstring", t.longstring());
    num(th, "irvMin", t.irvMin());
    num(th, "mahalanobisP", t.mahalanobisP());
    num(th, "inconsistency", t.inconsistency());
    num(th, "speederShare", t.speederShare());
    num(th, "medianSeconds", sr.counts().medianSeconds());
    return o;
  }

  /** The fields after "n" (and a team's "suppressed"), in the order of the JSON contract. */
  private static void scoreFields(JsonGenerator g, TeamScore t, boolean withAgreement)
      throws IOException {
    number(g, "mean", t.mean());
    number(g, "sd", t.sd());
    g.writeArrayFieldStart("ci95");
    value(g, t.ci95().lower());
    value(g, t.ci95().upper());
    g.writeEndArray();
    if (withAgreement) {
      number(g, "rwgJ", t.rwgJ());
    }
    number(g, "favourable", t.favourable());
  }

  private static void number(JsonGenerator g, String key, double v) throws IOException {
    g.writeFieldName(key);
    value(g, v);
  }

  private static void value(JsonGenerator g, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  /** A part of the tree that writes itself to the generator when the tree is serialized. */
  private record Streamed(Body body) implements JsonSerializable {
    interface Body {
      void write(JsonGenerator g) throws IOException;
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
      body.write(g);
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      body.write(g);
    }
  }

  static void num(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }
}
