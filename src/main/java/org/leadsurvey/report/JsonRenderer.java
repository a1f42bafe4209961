package org.leadsurvey.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.ConfidenceInterval;
import org.leadsurvey.stats.ItemFrequency;
import org.leadsurvey.stats.ItemStatistics;
import org.leadsurvey.stats.MultilevelReliability;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;

/**
 * The JSON contract of {@code analyze --format json} (scripts depend on its keys). Undefined
 * numbers are {@code null}; a hidden team is only {@code {"team": .., "suppressed": true}}.
 *
 * <p>Written straight to jackson-core's streaming generator, in the order of the contract: no
 * tree, no data binding (loading and initialising jackson-databind cost more than the rest of a
 * small run), and nothing held per team, so a million teams stream through a small heap.
 */
final class JsonRenderer {
  /**
   * Built once. Schubfach ({@code USE_FAST_DOUBLE_WRITER}): the shortest decimal that reads back
   * to the same double, much faster than Java 17's Double.toString on 100,000-team reports.
   * Never closes the caller's stream (it may be stdout), and does not close an unfinished
   * document when writing fails.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .build();
  /** {@code "key": value}, two-space indent; copied per document (it counts the nesting). */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  // The keys written once per team, encoded once.
  private static final SerializableString TEAM = new SerializedString("team");
  private static final SerializableString N = new SerializedString("n");
  private static final SerializableString SUPPRESSED = new SerializedString("suppressed");
  private static final SerializableString MEAN = new SerializedString("mean");
  private static final SerializableString SD = new SerializedString("sd");
  private static final SerializableString CI95 = new SerializedString("ci95");
  private static final SerializableString RWG_J = new SerializedString("rwgJ");
  private static final SerializableString FAVOURABLE = new SerializedString("favourable");

  private JsonRenderer() {}

  /** A fresh pretty printer of the house style (each counts its own nesting). */
  static DefaultPrettyPrinter pretty() {
    return PRETTY.createInstance();
  }

  public static void write(AnalysisReport report, Writer out) {
    document(out, g -> write(g, report));
  }

  /** A body that writes one JSON value to the generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes one pretty-printed JSON document and a line separator to {@code out}, flushes it and
   * leaves it open.
   */
  static void document(Writer out, Body body) {
    try {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.setPrettyPrinter(pretty());
        body.write(g);
      }
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeStartObject();
    header(g, report.toolVersion(), report.files(), report.rows(), report.instrument(),
        report.minGroup());
    if (report.screening() != null) {
      g.writeFieldName("screening");
      screening(g, report.screening());
    }
    g.writeArrayFieldStart("scales");
    for (ScaleReport s : report.scales()) {
      scale(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scaleCorrelations");
    ScaleCorrelations c = report.correlations();
    for (int a = 0; c != null && a < c.scales().size(); a++) {
      for (int b = a + 1; b < c.scales().size(); b++) {
        g.writeStartObject();
        g.writeStringField("x", c.scales().get(a));
        g.writeStringField("y", c.scales().get(b));
        number(g, "r", c.r(a, b));
        g.writeFieldName("n");
        if (c.n(a, b) < 0) {
          g.writeNull();
        } else {
          g.writeNumber(c.n(a, b));
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The keys every JSON report starts with: tool, input, instrument, privacy (inside the root
   * object, which the caller opens).
   */
  static void header(JsonGenerator g, String toolVersion, List<String> files, long rows,
      Instrument instrument, int minGroup) throws IOException {
    tool(g, toolVersion);
    g.writeObjectFieldStart("input");
    strings(g, "files", files);
    g.writeNumberField("rows", rows);
    g.writeEndObject();
    g.writeObjectFieldStart("instrument");
    g.writeStringField("id", instrument.id());
    g.writeStringField("name", instrument.name());
    g.writeStringField("citation", instrument.citation());
    g.writeEndObject();
    g.writeObjectFieldStart("privacy");
    g.writeNumberField("minGroup", minGroup);
    g.writeEndObject();
  }

  /** {@code "tool": {"name": "leadsurvey", "version": ..}}, the first key of every report. */
  static void tool(JsonGenerator g, String toolVersion) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "leadsurvey");
    g.writeStringField("version", toolVersion);
    g.writeEndObject();
  }

  /** One scale of one analysis: an object, as an element of {@code scales}. */
  static void scale(JsonGenerator g, ScaleReport report) throws IOException {
    Scale scale = report.scale();
    ScaleResult r = report.result();
    g.writeStartObject();
    g.writeStringField("id", scale.id());
    g.writeStringField("name", scale.name());
    strings(g, "items", scale.itemIds());
    strings(g, "reverse", scale.reverseKeyed());
    g.writeArrayFieldStart("range");
    g.writeNumber(scale.responses().min());
    g.writeNumber(scale.responses().max());
    g.writeEndArray();
    g.writeArrayFieldStart("favourableRange");
    g.writeNumber(r.favourable().lo());
    g.writeNumber(r.favourable().hi());
    g.writeEndArray();
    g.writeStringField("missing", r.missing().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("rows", r.rows());
    g.writeFieldName("respondents");
    if (r.shown()) {
      g.writeNumber(r.scored());
    } else {
      g.writeNull();
    }
    if (!r.shown()) {
      g.writeStringField("withheld", r.withheld());
    }
    g.writeFieldName("reliability");
    if (r.reliability() == null) {
      g.writeNull();
    } else {
      reliability(g, r.reliability().scale(), r.multilevel());
    }

    g.writeArrayFieldStart("itemStats");
    List<ItemStatistics> shown = r.reliability() == null ? List.of() : r.reliability().items();
    for (String id : r.items()) {
      ItemStatistics i = shown.stream().filter(x -> x.item().equals(id)).findFirst()
          .orElse(null);
      g.writeStartObject();
      g.writeStringField("item", id);
      if (i == null) {
        g.writeBooleanField("suppressed", true);
        g.writeEndObject();
        continue;
      }
      g.writeNumberField("n", i.n());
      number(g, "mean", i.mean());
      number(g, "sd", i.sd());
      number(g, "rDrop", i.rDrop());
      number(g, "alphaIfDeleted", i.alphaIfDeleted());
      number(g, "loading", i.loading());
      number(g, "rawR", i.rawR());
      number(g, "stdR", i.stdR());
      number(g, "rCor", i.rCor());
      ItemFrequency f = CsvTables.frequency(r, id);
      if (f != null) {
        g.writeObjectFieldStart("frequencies");
        for (int o = scale.responses().min(); o <= scale.responses().max(); o++) {
          number(g, Integer.toString(o), f.share(o));
        }
        g.writeEndObject();
        number(g, "missingShare", CsvTables.missingShare(f, r.rows()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    Aggregation a = r.aggregation();
    g.writeFieldName("aggregation");
    if (a != null) {
      g.writeStartObject();
      g.writeStringField("basis", "reported teams");
      number(g, "icc1", a.icc1());
      number(g, "icc2", a.icc2());
      number(g, "f", a.f());
      number(g, "dfBetween", a.dfBetween());
      number(g, "dfWithin", a.dfWithin());
      number(g, "p", a.p());
      g.writeNumberField("teams", a.teams());
      g.writeNumberField("people", a.people());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeFieldName("organisation");
    if (r.organisation() != null) {
      g.writeStartObject();
      g.writeFieldName(N);
      g.writeNumber(r.organisation().n());
      scoreFields(g, r.organisation(), false);
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    teams(g, r.teams());
    if (report.cuts() != null) {
      CutsJson.write(g, report.cuts(), scale.itemIds());
    }
    strings(g, "warnings", r.warnings());
    g.writeEndObject();
  }

  private static void reliability(JsonGenerator g, Reliability rel, MultilevelReliability ml)
      throws IOException {
    g.writeStartObject();
    number(g, "alpha", rel.alpha());
    number(g, "alphaStd", rel.alphaStd());
    number(g, "lambda6", rel.lambda6());
    number(g, "averageR", rel.averageR());
    number(g, "omegaTotal", rel.omegaTotal());
    g.writeObjectFieldStart("alphaCi");
    g.writeNumberField("level", rel.alphaCi().level());
    g.writeStringField("method", "feldt");
    number(g, "lower", rel.alphaCi().lower());
    number(g, "upper", rel.alphaCi().upper());
    g.writeEndObject();
    g.writeObjectFieldStart("alphaCiDuhachek");
    g.writeNumberField("level", rel.alphaCiDuhachek().level());
    g.writeStringField("method", "duhachek");
    number(g, "lower", rel.alphaCiDuhachek().lower());
    number(g, "upper", rel.alphaCiDuhachek().upper());
    g.writeEndObject();
    number(g, "signalToNoise", rel.signalToNoise());
    number(g, "ase", rel.ase());
    number(g, "medianR", rel.medianR());
    g.writeNumberField("observations", rel.observations());
    if (ml != null) {
      g.writeObjectFieldStart("multilevel");
      number(g, "omegaWithin", ml.omegaWithin());
      number(g, "omegaBetween", ml.omegaBetween());
      g.writeStringField("method", "two-level one-factor CFA, maximum likelihood");
      g.writeStringField("basis", "reported teams");
      g.writeNumberField("teams", ml.teams());
      g.writeNumberField("people", ml.people());
      if (!ml.converged()) {
        g.writeStringField("note", "the fit did not converge");
      } else if (ml.fewTeams()) {
        g.writeStringField("note", "fewer than " + MultilevelReliability.FEW_TEAMS
            + " teams: the between-team figure is too unstable to trust");
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The hot loop of a large report: constant keys, nothing allocated here per team; many teams
   * are written on two threads (see {@link TwoThreadArray}).
   */
  private static void teams(JsonGenerator g, List<TeamResult> teams) throws IOException {
    g.writeArrayFieldStart("teams");
    TwoThreadArray.write(g, teams, JsonRenderer::team);
    g.writeEndArray();
  }

  private static void team(JsonGenerator g, TeamResult t) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TEAM);
    g.writeString(t.team());
    if (t instanceof TeamResult.Reported rep) {
      TeamScore score = rep.score();
      g.writeFieldName(N);
      g.writeNumber(score.n());
      g.writeFieldName(SUPPRESSED);
      g.writeBoolean(false);
      scoreFields(g, score, true);
    } else {
      g.writeFieldName(SUPPRESSED);
      g.writeBoolean(true);
    }
    g.writeEndObject();
  }

  /** Counts per rule only: never which respondent was flagged. */
  private static void screening(JsonGenerator g, ScreeningReport sr) throws IOException {
    g.writeStartObject();
    g.writeNumberField("screened", sr.counts().screened());
    g.writeNumberField("flagged", sr.counts().flagged());
    g.writeNumberField("excluded", sr.excluded() ? sr.counts().flagged() : 0);
    g.writeObjectFieldStart("rules");
    for (CarelessScreen.Rule r : CarelessScreen.Rule.values()) {
      g.writeObjectFieldStart(r.key());
      Long n = sr.counts().byRule().get(r);
      g.writeBooleanField("applied", n != null);
      if (n != null) {
        g.writeNumberField("flagged", n.longValue());
        g.writeStringField("criterion", sr.describe(r));
      } else {
        g.writeStringField("reason", ScreeningReport.notApplied(r));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    CarelessScreen.Thresholds t = sr.thresholds();
    g.writeObjectFieldStart("thresholds");
    g.writeNumberField("longstring", t.longstring());
    number(g, "irvMin", t.irvMin());
    number(g, "mahalanobisP", t.mahalanobisP());
    number(g, "inconsistency", t.inconsistency());
    number(g, "speederShare", t.speederShare());
    number(g, "medianSeconds", sr.counts().medianSeconds());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The fields after "n" (and a team's "suppressed"), in the order of the JSON contract. */
  private static void scoreFields(JsonGenerator g, TeamScore t, boolean withAgreement)
      throws IOException {
    g.writeFieldName(MEAN);
    value(g, t.mean());
    g.writeFieldName(SD);
    value(g, t.sd());
    g.writeFieldName(CI95);
    interval(g, t.ci95());
    if (withAgreement) {
      g.writeFieldName(RWG_J);
      value(g, t.rwgJ());
    }
    g.writeFieldName(FAVOURABLE);
    value(g, t.favourable());
  }

  /** {@code "key": [strings]}. */
  static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** An interval's bounds, {@code [lower, upper]}, each {@code null} when undefined. */
  static void interval(JsonGenerator g, ConfidenceInterval ci) throws IOException {
    g.writeStartArray();
    value(g, ci.lower());
    value(g, ci.upper());
    g.writeEndArray();
  }

  /** {@code "key": v}, or {@code null} when v is NaN or infinite. */
  static void number(JsonGenerator g, String key, double v) throws IOException {
    g.writeFieldName(key);
    value(g, v);
  }

  /** v, or {@code null} when it is NaN or infinite. */
  static void value(JsonGenerator g, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }
}
