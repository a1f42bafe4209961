package org.leadsurvey.report;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  public static ObjectNode tree(AnalysisReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("tool").put("name", "leadsurvey").put("version", report.toolVersion());
    ObjectNode input = root.putObject("input");
    ArrayNode files = input.putArray("files");
    report.files().forEach(files::add);
    input.put("rows", report.rows());
    ObjectNode instrument = root.putObject("instrument");
    instrument.put("id", report.instrument().id()).put("name", report.instrument().name())
        .put("citation", report.instrument().citation());
    root.putObject("privacy").put("minGroup", report.minGroup());
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
      scoreFields(s.putObject("organisation"), r.organisation(), false);
    } else {
      s.putNull("organisation");
    }
    ArrayNode teams = s.putArray("teams");
    for (TeamResult t : r.teams()) {
      ObjectNode o = teams.addObject();
      o.put("team", t.team());
      if (t instanceof TeamResult.Reported rep) {
        o.put("n", rep.score().n());
        o.put("suppressed", false);
        scoreFields(o, rep.score(), true);
      } else {
        o.put("suppressed", true);
      }
    }
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

  private static void scoreFields(ObjectNode o, TeamScore t, boolean withAgreement) {
    o.put("n", t.n());
    num(o, "mean", t.mean());
    num(o, "sd", t.sd());
    ArrayNode ci = o.putArray("ci95");
    addNum(ci, t.ci95().lower());
    addNum(ci, t.ci95().upper());
    if (withAgreement) {
      num(o, "rwgJ", t.rwgJ());
    }
    num(o, "favourable", t.favourable());
  }

  static void num(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  private static void addNum(ArrayNode a, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      a.addNull();
    } else {
      a.add(v);
    }
  }
}
