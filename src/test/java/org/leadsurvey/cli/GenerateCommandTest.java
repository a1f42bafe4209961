package org.leadsurvey.cli;

import static org.leadsurvey.TestText.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;

/** {@code leadsurvey generate}: every format's documented structure, and the csv round trip. */
class GenerateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static List<String> selfReport() throws InstrumentException {
    List<String> ids = new ArrayList<>();
    for (String id : InstrumentCatalogue.ids()) {
      if (!InstrumentCatalogue.builtIn(id).isPeerRating()) {
        ids.add(id);
      }
    }
    return ids;
  }

  static List<String> all() {
    return InstrumentCatalogue.ids();
  }

  private static Instrument instrument(String id) throws InstrumentException {
    return InstrumentCatalogue.builtIn(id);
  }

  private static String generate(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "generate";
    System.arraycopy(args, 0, full, 1, args.length);
    Cli.Result r = Cli.run(full);
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), r::toString);
    return r.out();
  }

  // ---- round trip ---------------------------------------------------------------------------

  /**
   * Generates the csv template, fills it with simulated answers (a team effect plus a person
   * effect plus noise per item, reverse-keyed items answered in reverse, a few skipped), and
   * analyzes it: every scale of the instrument comes back, with everyone scored.
   */
  @ParameterizedTest
  @MethodSource("selfReport")
  void csvTemplateRoundTripsThroughAnalyze(String id) throws Exception {
    Path csv = tmp.resolve(id + ".csv");
    Cli.Result g = Cli.run("generate", id, "--format", "csv", "-o", csv.toString());
    assertEquals(0, g.code(), g::toString);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(1, lines.size(), "a template is a header only");
    Instrument instrument = instrument(id);
    assertEquals("respondent,team," + String.join(",", instrument.itemIds()), lines.get(0));

    Files.write(csv, simulate(instrument, lines.get(0), 8, 6, 20240601L));
    Cli.Result r = Cli.run("analyze", csv.toString(), "-i", id, "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode root = JSON.readTree(r.out());
    assertEquals(48, root.at("/input/rows").asInt());
    List<String> scales = new ArrayList<>();
    root.get("scales").forEach(s -> scales.add(s.get("id").asText()));
    assertEquals(instrument.scales().stream().map(Scale::id).toList(), scales);
    for (JsonNode s : root.get("scales")) {
      assertEquals(48, s.get("respondents").asInt(), s.get("id").asText());
      assertEquals(8, s.at("/aggregation/teams").asInt());
      // Simulated from one latent trait per person: the keyed items agree.
      assertTrue(s.at("/reliability/alpha").asDouble() > 0.5, s.toString());
    }
    int k = instrument.scales().size();
    assertEquals(k * (k - 1) / 2, root.get("scaleCorrelations").size(), r.out());
  }

  /** Rows of simulated answers under {@code header}; deterministic for a seed. */
  static List<String> simulate(Instrument instrument, String header, int teams, int people,
      long seed) {
    Random random = new Random(seed);
    int min = instrument.scale().min();
    int max = instrument.scale().max();
    double mid = (min + max) / 2.0;
    double spread = (max - min) / 4.0;
    Map<String, Item> items = new HashMap<>();
    instrument.items().forEach(i -> items.put(i.id(), i));
    String[] columns = header.split(",");
    List<String> out = new ArrayList<>();
    out.add(header);
    int respondent = 0;
    for (int t = 1; t <= teams; t++) {
      double team = random.nextGaussian() * 0.6;
      for (int p = 0; p < people; p++) {
        double person = team + random.nextGaussian();
        StringBuilder row = new StringBuilder("r" + ++respondent + ",team-" + t);
        for (int c = 2; c < columns.length; c++) {
          double keyed = mid + spread * (person + 0.5 * random.nextGaussian());
          long v = Math.max(min, Math.min(max, Math.round(keyed)));
          if (items.get(columns[c]).reverse()) {
            v = min + max - v;
          }
          row.append(',').append(random.nextInt(40) == 0 && c > 2 ? "" : Long.toString(v));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  @Test
  void peerRatingTemplateIsTheLongFormat() {
    assertEquals("team,rater,ratee,rating",
        generate("shared-leadership", "-f", "csv").strip());
    // several criteria: the criterion column network detects, its values the item ids
    assertEquals("team,rater,ratee,criterion,rating",
        generate("peer-behaviours", "-f", "csv").strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "txt", "html", "gforms", "limesurvey", "qsf"})
  void peerBehavioursAsksEachThemeForEveryTeammate(String format) {
    String out = generate("peer-behaviours", "-f", format, "--members", "Ana Lima,Ben Ode");
    for (String theme : List.of("Thinking", "Developing", "Inspiring", "Delivering")) {
      assertTrue(out.contains(theme), theme + " in " + out);
    }
    // each teammate once per theme (qsf and limesurvey also name them in other fields)
    assertTrue(count(out, "Ana Lima") >= 4, out);
    assertTrue(count(out, "Ben Ode") >= 4, out);
  }

  // ---- json ---------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("all")
  void jsonHasTheContractKeysAndLoadsBackAsTheSameInstrument(String id) throws Exception {
    JsonNode j = JSON.readTree(generate(id, "-f", "json"));
    for (String key : new String[] {"id", "name", "citation", "validated", "scale", "items",
        "subscales"}) {
      assertTrue(j.has(key), key);
    }
    Instrument i = instrument(id);
    assertEquals(id, j.get("id").asText());
    assertEquals(i.validated(), j.get("validated").asBoolean());
    assertEquals(i.scale().min(), j.at("/scale/min").asInt());
    assertEquals(i.scale().max(), j.at("/scale/max").asInt());
    List<String> labels = new ArrayList<>();
    j.at("/scale/labels").forEach(l -> labels.add(l.asText()));
    assertEquals(i.scale().labels(), labels, "labels in order from min to max");
    JsonNode first = j.at("/items/0");
    assertEquals(Set.of("id", "text", "reverse", "subscale"), fieldNames(first));
    for (JsonNode s : j.get("subscales")) {
      assertEquals(Set.of("id", "name", "items"), fieldNames(s));
    }

    Path f = tmp.resolve(id + ".json");
    Files.writeString(f, JSON.writeValueAsString(j));
    Cli.Result check = Cli.run("instruments", "check", f.toString());
    assertEquals(0, check.code(), check::toString);
    Instrument back = org.leadsurvey.instrument.InstrumentLoader.load(f);
    assertEquals(i.items(), back.items());
    assertEquals(i.subscales(), back.subscales());
    assertEquals(i.scale(), back.scale());
    assertEquals(i.kind(), back.kind());
  }

  // ---- qsf ----------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("selfReport")
  void qsfIsAQualtricsSurveyWithExportTagsAndRecodes(String id) throws Exception {
    Instrument i = instrument(id);
    JsonNode q = JSON.readTree(generate(id, "-f", "qsf", "--title", "Pulse 2026"));
    assertEquals("Pulse 2026", q.at("/SurveyEntry/SurveyName").asText());
    String survey = q.at("/SurveyEntry/SurveyID").asText();
    assertTrue(survey.startsWith("SV_"), survey);
    Map<String, JsonNode> byTag = new HashMap<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> blockRefs = new HashSet<>();
    int count = -1;
    Set<String> kinds = new HashSet<>();
    for (JsonNode e : q.get("SurveyElements")) {
      assertEquals(survey, e.get("SurveyID").asText());
      kinds.add(e.get("Element").asText());
      switch (e.get("Element").asText()) {
        case "SQ" -> {
          JsonNode p = e.get("Payload");
          assertEquals(e.get("PrimaryAttribute").asText(), p.get("QuestionID").asText());
          questionIds.add(p.get("QuestionID").asText());
          byTag.put(p.get("DataExportTag").asText(), p);
        }
        case "BL" -> {
          assertEquals(1, e.get("Payload").size(), "one block");
          e.at("/Payload/0/BlockElements").forEach(b -> blockRefs.add(b.get("QuestionID").asText()));
        }
        case "QC" -> count = Integer.parseInt(e.get("SecondaryAttribute").asText());
        default -> { }
      }
    }
    assertTrue(kinds.containsAll(Set.of("BL", "FL", "SO", "QC", "SQ")), kinds::toString);
    assertEquals(questionIds, blockRefs, "the block holds every question");
    assertEquals(questionIds.size(), count);
    assertEquals("TE", byTag.get("team").get("QuestionType").asText());
    for (Item item : i.items()) {
      JsonNode p = byTag.get(item.id());
      assertEquals("MC", p.get("QuestionType").asText(), item.id());
      assertEquals(item.text(), p.get("QuestionText").asText());
      JsonNode choices = p.get("Choices");
      JsonNode recode = p.get("RecodeValues");
      assertEquals(i.scale().options(), choices.size());
      for (int c = 1; c <= i.scale().options(); c++) {
        String key = Integer.toString(c);
        int value = i.scale().min() + c - 1;
        assertEquals(Integer.toString(value), recode.get(key).asText(), "recode = scale value");
        assertEquals(i.scale().labels().get(c - 1), choices.at("/" + key + "/Display").asText());
      }
    }
  }

  @Test
  void qsfOfAPeerRatingIsOneMatrixWithARowPerMember() throws Exception {
    JsonNode q = JSON.readTree(generate("shared-leadership", "-f", "qsf", "--members", "Ana,Ben,Chen"));
    JsonNode matrix = null;
    for (JsonNode e : q.get("SurveyElements")) {
      if (e.get("Element").asText().equals("SQ")
          && e.at("/Payload/QuestionType").asText().equals("Matrix")) {
        matrix = e.get("Payload");
      }
    }
    assertEquals("LEAD", matrix.get("DataExportTag").asText());
    assertEquals("Ben", matrix.at("/Choices/2/Display").asText());
    assertEquals("5", matrix.at("/RecodeValues/5").asText());
    assertEquals("To a very great extent", matrix.at("/Answers/5/Display").asText());
  }

  // ---- limesurvey ---------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("all")
  void limeSurveyRowsHaveTheColumnsItsImporterNeeds(String id) throws Exception {
    Instrument i = instrument(id);
    List<String> lines = generate(id, "-f", "limesurvey").lines().toList();
    List<String> header = List.of(lines.get(0).split("\t", -1));
    assertTrue(header.containsAll(List.of("class", "type/scale", "name", "text", "language")),
        header::toString);
    int cls = header.indexOf("class");
    int type = header.indexOf("type/scale");
    int name = header.indexOf("name");
    int text = header.indexOf("text");
    Map<String, List<String>> answersOf = new HashMap<>();
    Map<String, String> typeOf = new HashMap<>();
    String question = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(header.size(), cells.length, line);
      assertTrue(Set.of("S", "SL", "G", "Q", "SQ", "A").contains(cells[cls]), line);
      if (cells[cls].equals("Q")) {
        question = cells[name];
        typeOf.put(question, cells[type]);
        answersOf.put(question, new ArrayList<>());
        assertFalse(cells[text].isBlank(), line);
      } else if (cells[cls].equals("A")) {
        answersOf.get(question).add(cells[name]);
      }
    }
    List<String> values = new ArrayList<>();
    for (int v = i.scale().min(); v <= i.scale().max(); v++) {
      values.add(Integer.toString(v));
    }
    assertEquals("S", typeOf.get("team"), "short text question for the team");
    if (i.isPeerRating()) {
      for (Item item : i.items()) { // one array question per criterion
        assertEquals("F", typeOf.get(item.id()), item.id());
        assertEquals(values, answersOf.get(item.id()));
      }
    } else {
      for (Item item : i.items()) {
        assertEquals("L", typeOf.get(item.id()), item.id());
        assertEquals(values, answersOf.get(item.id()), "answer codes = scale values");
      }
    }
  }

  @Test
  void limeSurveyRefusesItemIdsItCannotUseAsCodes() throws IOException {
    Path f = tmp.resolve("x.yaml");
    Files.writeString(f, "id: x\nscale: {min: 1, max: 5}\nitems: [{id: Q_1}, {id: Q2}]\n");
    Cli.Result r = Cli.run("generate", f.toString(), "-f", "limesurvey");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("item id 'Q_1' cannot be a LimeSurvey question code"), r.err());
  }

  // ---- gforms -------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("selfReport")
  void googleAppsScriptAddsOneQuestionPerItem(String id) throws Exception {
    Instrument i = instrument(id);
    String js = generate(id, "-f", "gforms");
    assertTrue(js.contains("function createForm() {"), js);
    assertEquals(1, count(js, "FormApp.create("));
    assertEquals(i.items().size(), count(js, "form.addMultipleChoiceItem()"));
    for (Item item : i.items()) {
      assertTrue(js.contains(".setTitle(" + JSON.writeValueAsString(item.text()) + ")"), item.id());
    }
    assertTrue(js.contains("var choices = " + JSON.writeValueAsString(i.scale().labels())), js);
    assertEquals(count(js, "{"), count(js, "}"));
    assertEquals(count(js, "("), count(js, ")"));
  }

  @Test
  void googleAppsScriptOfAPeerRatingIsAGrid() {
    String js = generate("shared-leadership", "-f", "gforms", "--members", "Ana,Ben");
    assertTrue(js.contains("form.addGridItem()"), js);
    assertTrue(js.contains(".setRows([\"Ana\",\"Ben\"])"), js);
  }

  // ---- html, md, txt ------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("all")
  void htmlIsSelfContainedAndEveryAnswerIsLabelled(String id) throws Exception {
    Instrument i = instrument(id);
    String html = generate(id, "-f", "html");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.strip().endsWith("</html>"));
    for (String external : new String[] {"<script", "<link", "src=", "url(", "@import"}) {
      assertFalse(html.contains(external), external);
    }
    int groups = i.isPeerRating() ? 6 * i.items().size() : i.items().size();
    assertEquals(groups, count(html, "<fieldset"));
    assertEquals(groups, count(html, "</fieldset>"));
    assertEquals(groups, count(html, "<legend>"));
    Matcher inputs = Pattern.compile("<input type=\"radio\" id=\"([^\"]+)\" name=\"([^\"]+)\""
        + " value=\"(-?\\d+)\">").matcher(html);
    int radios = 0;
    Set<String> names = new HashSet<>();
    while (inputs.find()) {
      radios++;
      names.add(inputs.group(2));
      assertTrue(html.contains("<label for=\"" + inputs.group(1) + "\">"), inputs.group(1));
    }
    assertEquals(groups * i.scale().options(), radios);
    if (!i.isPeerRating()) {
      assertEquals(new HashSet<>(i.itemIds()), names, "radio groups are named by item id");
    }
    assertTrue(html.contains("<label for=\"team\">"), "the team field is labelled");
    assertEquals(Pattern.compile("<p[ >]").matcher(html).results().count(), count(html, "</p>"));
    assertTrue(html.contains("@media print"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "txt"})
  void printableFormatsShowInstructionsScaleAndEveryItem(String format) throws Exception {
    Instrument i = instrument("team-climate");
    String out = generate("team-climate", "-f", format, "--intro", "Answer for your own team.");
    assertTrue(out.contains("Answer for your own team."), out);
    for (String label : i.scale().labels()) {
      assertTrue(out.contains(label), label);
    }
    String flat = out.replaceAll("\\s+", " ");
    for (Item item : i.items()) {
      assertTrue(flat.contains(item.text()), item.id());
    }
    assertTrue(flat.contains("Not a validated instrument"), "team-climate has unvalidated items");
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "txt", "html"})
  void printablePeerRatingHasARowPerMember(String format) {
    String out = generate("shared-leadership", "-f", format, "--members", "Ana Lima,Ben Ode");
    assertTrue(out.contains("To what degree does your team rely on this individual for leadership?"),
        out);
    assertTrue(out.contains("Ana Lima") && out.contains("Ben Ode"), out);
    assertTrue(out.contains("not yourself"), out);
    assertTrue(out.contains("To a very great extent"), out);
  }

  @Test
  void htmlEscapesTextFromTheInstrumentFile() throws IOException {
    Path f = tmp.resolve("x.yaml");
    Files.writeString(f, "id: x\nname: \"R&D <pulse>\"\nscale: {min: 1, max: 3}\n"
        + "items: [{id: Q1, text: \"Is <b>this</b> safe & sound?\"}]\n");
    String html = generate(f.toString(), "-f", "html");
    assertTrue(html.contains("<title>R&amp;D &lt;pulse&gt;</title>"), html);
    assertTrue(html.contains("Is &lt;b&gt;this&lt;/b&gt; safe &amp; sound?"), html);
    assertFalse(html.contains("<b>"), html);
  }

  // ---- options ------------------------------------------------------------------------------

  @Test
  void shuffleWithASeedIsReproducibleAndKeepsEveryItem() throws Exception {
    String a = generate("team-climate", "-f", "csv", "--shuffle", "--seed", "7");
    String b = generate("team-climate", "-f", "csv", "--shuffle", "--seed", "7");
    String c = generate("team-climate", "-f", "csv", "--shuffle", "--seed", "8");
    String plain = generate("team-climate", "-f", "csv");
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertNotEquals(a, plain);
    assertEquals(Set.of(plain.strip().split(",")), Set.of(a.strip().split(",")));
  }

  @Test
  void shuffleWithoutASeedSaysWhichSeedItUsed() {
    Cli.Result r = Cli.run("generate", "psych-safety", "-f", "csv", "--shuffle");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().matches("(?s)leadsurvey: warning: items shuffled with --seed \\d+ .*"),
        r.err());
  }

  @Test
  void titleAndIntroReplaceTheDefaults() throws Exception {
    JsonNode j = JSON.readTree(generate("psych-safety", "-f", "json", "--title", "Q3 pulse",
        "--intro", "Thanks!"));
    assertEquals("Q3 pulse", j.get("name").asText());
    assertEquals("Thanks!", j.get("instructions").asText());
  }

  @Test
  void writesAtomicallyToAFile() throws IOException {
    Path out = tmp.resolve("form.html");
    Cli.Result r = Cli.run("generate", "psych-safety", "-f", "html", "-o", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(Files.readString(out).contains("<fieldset"));
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void usageMistakesExit2() {
    for (String[] args : new String[][] {
        {"generate", "nope", "-f", "csv"},
        {"generate", "psych-safety", "-f", "pdf"},
        {"generate", "psych-safety", "--seed", "3"},
        {"generate", "psych-safety", "--members", "Ana,Ben"}}) {
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.err().startsWith("leadsurvey: "), r::toString);
    }
  }


  private static Set<String> fieldNames(JsonNode n) {
    Set<String> names = new HashSet<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
