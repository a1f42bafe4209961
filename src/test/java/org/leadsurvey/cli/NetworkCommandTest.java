package org.leadsurvey.cli;

import static org.leadsurvey.TestText.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code leadsurvey network} end to end. Reference numbers for the bundled example come from
 * src/test/resources/network/example-expected-*.csv, computed with R 4.2.2 and igraph 1.3.5 by
 * example-fixtures.R in the same folder (igraph centr_degree/reciprocity/edge_density, base
 * cor.test).
 */
class NetworkCommandTest {
  static final String RATINGS = "examples/peer-ratings.csv";
  static final String SURVEY = "examples/team-survey.csv";
  static final List<String> HIDDEN = List.of("Leadership Team", "Legal", "People & Culture");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<NamedCsvRecord> fixture(String name) throws IOException {
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
        .ofNamedCsvRecord(Path.of(Cli.resource("network/" + name)))) {
      return csv.stream().toList();
    }
  }

  private static JsonNode json(Cli.Result r) throws IOException {
    assertEquals(0, r.code(), r::toString);
    return JSON.readTree(r.out());
  }

  private static Map<String, JsonNode> teams(JsonNode root) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    root.get("teams").forEach(t -> m.put(t.get("team").asText(), t));
    return m;
  }

  @Test
  void exampleAgreesWithIgraphAndCorTest() throws IOException {
    JsonNode root = json(Cli.run("network", RATINGS, "--climate", SURVEY, "-f", "json"));
    Map<String, JsonNode> teams = teams(root);
    assertEquals(14, teams.size());
    List<NamedCsvRecord> expected = fixture("example-expected-teams.csv");
    assertEquals(11, expected.size());
    for (NamedCsvRecord e : expected) {
      JsonNode t = teams.get(e.getField("team"));
      assertFalse(t.get("suppressed").asBoolean(), e.getField("team"));
      assertEquals(Integer.parseInt(e.getField("n")), t.get("n").asInt());
      assertEquals(Long.parseLong(e.getField("observed")), t.get("observedDyads").asLong());
      for (String key : List.of("responseRate", "density", "densityBinary", "centralization",
          "valuedCentralization", "reciprocity", "climateMean")) {
        assertEquals(Double.parseDouble(e.getField(key)), t.get(key).asDouble(), 1e-12,
            e.getField("team") + " " + key);
      }
    }
    JsonNode cors = root.get("climate").get("correlations");
    List<NamedCsvRecord> expectedCors = fixture("example-expected-correlations.csv");
    for (int i = 0; i < 2; i++) {
      NamedCsvRecord e = expectedCors.get(i);
      JsonNode c = cors.get(i);
      assertEquals(e.getField("y"), c.get("y").asText());
      assertEquals(11, c.get("n").asInt());
      assertEquals(Double.parseDouble(e.getField("r")), c.get("r").asDouble(), 1e-12);
      assertEquals(Double.parseDouble(e.getField("lower")), c.get("ci95").get(0).asDouble(), 1e-12);
      assertEquals(Double.parseDouble(e.getField("upper")), c.get("ci95").get(1).asDouble(), 1e-12);
      assertEquals(Double.parseDouble(e.getField("p")), c.get("p").asDouble(), 1e-10);
    }
    assertEquals(11, root.get("climate").get("teams").asInt());
  }

  @Test
  void hiddenTeamsCarryNoNumbers() throws IOException {
    Map<String, JsonNode> teams = teams(json(Cli.run("network", RATINGS, "--climate", SURVEY,
        "-f", "json", "--show-people")));
    for (String h : HIDDEN) {
      JsonNode t = teams.get(h);
      assertTrue(t.get("suppressed").asBoolean());
      assertEquals(List.of("team", "suppressed"), iterable(t.fieldNames()), h);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "csv", "md", "html", "dot"})
  void noPersonIsNamedWithoutShowPeople(String format) {
    Cli.Result r = Cli.run("network", RATINGS, "--climate", SURVEY, "-f", format);
    assertEquals(0, r.code(), r::toString);
    assertFalse(Pattern.compile("E1\\d\\d").matcher(r.out()).find(), r.out());
    for (String h : HIDDEN) { // a hidden team is named (as hidden), never given a number
      for (String line : r.out().lines().filter(l -> l.contains(h)).toList()) {
        assertFalse(line.matches(".*\\d.*") && !format.equals("md"), line);
      }
    }
  }

  @Test
  void tableShowsTeamsNotesAndCorrelations() {
    Cli.Result r = Cli.run("network", RATINGS, "--climate", SURVEY);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Customer Support  14      14       94%     2.38   12%"
        + "            0.70       0.52         0.09          3.77"), r.out());
    assertTrue(r.out().contains("Legal                 hidden"), r.out());
    assertTrue(r.out().contains("3 teams are hidden"), r.out());
    assertTrue(r.out().contains("density          0.77    0.31 to 0.94  .006     11"), r.out());
    assertTrue(r.out().contains("centralization  -0.69  -0.91 to -0.15  .019     11"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour outside a terminal");
    assertEquals("", r.err());
  }

  @Test
  void showPeopleGivesStandings() throws IOException {
    JsonNode design = teams(json(Cli.run("network", RATINGS, "-f", "json", "--show-people")))
        .get("Design");
    JsonNode people = design.get("people");
    assertEquals(6, people.size());
    assertEquals(1, people.get(0).get("rank").asInt());
    double best = people.get(0).get("meanReceived").asDouble();
    people.forEach(p -> assertTrue(p.get("meanReceived").asDouble() <= best));
    // the sums received add up to the team's: density x rated dyads
    double sum = 0;
    for (JsonNode p : people) {
      sum += p.get("meanReceived").asDouble() * p.get("ratingsReceived").asInt();
      // a named in-degree would match people to the anonymous nodes of -f dot
      assertFalse(p.has("inDegree"), p.toString());
    }
    assertEquals(design.get("density").asDouble() * design.get("observedDyads").asInt(), sum,
        1e-9);
    Cli.Result table = Cli.run("network", RATINGS, "--show-people");
    assertTrue(table.out().contains("People · Design"), table.out());
    assertFalse(table.out().contains("People · Legal"), table.out());
  }

  @Test
  void wideLayoutGivesTheSameNetworks() throws IOException {
    // the example converted to one row per rater, one column per person
    Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();
    Set<String> people = new LinkedHashSet<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(Path.of(RATINGS))) {
      for (NamedCsvRecord r : csv) {
        rows.computeIfAbsent(r.getField("team") + "\u0000" + r.getField("rater"), k -> new LinkedHashMap<>())
            .computeIfAbsent("x", k -> new LinkedHashMap<>()).put(r.getField("ratee"), r.getField("rating"));
        people.add(r.getField("ratee"));
      }
    }
    StringBuilder wide = new StringBuilder("team,rater," + String.join(",", people) + "\n");
    rows.forEach((key, m) -> {
      String[] tr = key.split("\u0000");
      List<String> cells = new ArrayList<>(List.of("\"" + tr[0] + "\"", tr[1]));
      people.forEach(p -> cells.add(m.get("x").getOrDefault(p, "")));
      wide.append(String.join(",", cells)).append('\n');
    });
    Path f = tmp.resolve("wide.csv");
    Files.writeString(f, wide);
    JsonNode w = json(Cli.run("network", f.toString(), "-f", "json"));
    JsonNode l = json(Cli.run("network", RATINGS, "-f", "json"));
    assertEquals("wide", w.get("input").get("layout").asText());
    assertEquals(l.get("teams"), w.get("teams"));
  }

  @Test
  void wideLayoutIgnoresSelfRatingsAndKeepsSilentRaters() throws IOException {
    // a rates itself (ignored); e rated nobody but is a member; NA is a dyad not rated
    String csv = "team,rater,a,b,c,d,e\n"
        + "t,a,5,4,4,4,4\n" + "t,b,5,,2,2,NA\n" + "t,c,5,2,,2,2\n" + "t,d,5,2,2,,2\n"
        + "t,e,,,,,\n";
    JsonNode root = json(Cli.withStdin(csv, "network", "-", "-f", "json", "--min-group", "4"));
    assertEquals("wide", root.get("input").get("layout").asText());
    assertEquals(1, root.get("input").get("selfRatingsIgnored").asInt());
    JsonNode t = root.get("teams").get(0);
    assertEquals(5, t.get("n").asInt());
    assertEquals(4, t.get("raters").asInt());
    assertEquals(15, t.get("observedDyads").asInt()); // 4 + 3 + 4 + 4
    assertEquals(15.0 / 20, t.get("responseRate").asDouble(), 1e-12);
    // ties: a->b,c,d,e and b,c,d->a: in-degrees a 3, b 1, c 1, d 1, e 1: (0+2+2+2+2)/16
    assertEquals(0.5, t.get("centralization").asDouble(), 1e-12);
    // 7 ties (a->b,c,d,e; b,c,d->a); 6 returned (a<->b, a<->c, a<->d), a->e not
    assertEquals(6.0 / 7, t.get("reciprocity").asDouble(), 1e-12);
  }

  @Test
  void dotDrawsOnlyShownTeamsWithAnonymousPeople() {
    Cli.Result r = Cli.run("network", RATINGS, "-f", "dot");
    assertEquals(0, r.code(), r::toString);
    String dot = r.out();
    assertTrue(dot.contains("digraph leadership {"));
    assertEquals(11, count(dot, "subgraph cluster_"));
    HIDDEN.forEach(h -> assertFalse(dot.contains("label=\"" + h), h));
    assertTrue(dot.contains("label=\"P14\""), "Customer Support has 14 people");
    assertFalse(dot.contains("label=\"P15\""));
    // Anonymous: only ties, all alike, so no single rating can be read off an edge.
    assertTrue(dot.contains("penwidth=1.5"));
    assertFalse(dot.contains("penwidth=3.00"), "no rating values without --show-people");
    assertFalse(dot.contains("#b8c4d6"), "no sub-threshold ratings without --show-people");
    assertTrue(dot.strip().endsWith("}"));
    // Even with --show-people: a named edge would be one rater's rating.
    Cli.Result named = Cli.run("network", RATINGS, "-f", "dot", "--show-people");
    assertEquals(dot, named.out());
    assertFalse(Pattern.compile("label=\"E1\\d\\d\"").matcher(named.out()).find());
  }

  @Test
  void rosterMembersWhoNeverTookPartCountInN() throws IOException {
    Path ratings = tmp.resolve("r.csv");
    Path roster = tmp.resolve("roster.csv");
    StringBuilder s = new StringBuilder("team,rater,ratee,rating\n");
    String[] p = {"a", "b", "c", "d", "e"};
    for (String x : p) {
      for (String y : p) {
        s.append("t,").append(x).append(',').append(y).append(",4\n");
      }
    }
    Files.writeString(ratings, s);
    Files.writeString(roster, "team,person\nt,a\nt,b\nt,c\nt,d\nt,e\nt,f\n");
    JsonNode t = json(Cli.run("network", ratings.toString(), "--roster", roster.toString(),
        "-f", "json")).get("teams").get(0);
    assertEquals(6, t.get("n").asInt()); // f is in the roster, never rated nor rating
    assertEquals(5, t.get("raters").asInt());
    assertEquals(20.0 / 30, t.get("responseRate").asDouble(), 1e-12);
    assertEquals(20.0 / 30, t.get("densityBinary").asDouble(), 1e-12);
    // in-degrees 4,4,4,4,4,0: (0 + 0 + 0 + 0 + 0 + 4) / 25
    assertEquals(4.0 / 25, t.get("centralization").asDouble(), 1e-12);
  }

  @Test
  void selfRatingsAreIgnoredAndCounted() {
    String csv = "team,rater,ratee,rating\n" + "t,a,a,5\n" + ring(5, 3);
    Cli.Result r = Cli.withStdin(csv, "network", "-", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("\"selfRatingsIgnored\": 1"), r.out());
    assertTrue(r.out().contains("\"observedDyads\": 5"), r.out());
    Cli.Result table = Cli.withStdin(csv, "network", "-");
    assertTrue(table.out().contains("1 self-rating was ignored."), table.out());
  }

  @Test
  void outputFileIsWrittenAndStdoutStaysEmpty() throws IOException {
    Path out = tmp.resolve("sub/network.json");
    Cli.Result r = Cli.run("network", RATINGS, "-f", "json", "-o", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(14, JSON.readTree(out.toFile()).get("teams").size());
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void csvHasOneRowPerTeamAndPersonRowsOnRequest() {
    Cli.Result r = Cli.run("network", RATINGS, "-f", "csv");
    List<String> lines = r.out().lines().toList();
    assertEquals(15, lines.size());
    assertTrue(lines.get(0).startsWith("level,team,person,suppressed,n,raters,"));
    assertTrue(lines.contains("team,Legal,,true,,,,,,,,,,,,,"), r.out());
    Cli.Result people = Cli.run("network", RATINGS, "-f", "csv", "--show-people");
    assertEquals(15 + 14 + 7 + 6 + 5 + 8 + 8 + 9 + 11 + 9 + 10 + 6,
        people.out().lines().count());
  }

  @Test
  void helpDefinesEveryMetric() {
    Cli.Result r = Cli.run("network", "--help");
    assertEquals(0, r.code());
    for (String s : List.of("density", "centralization", "reciprocity", "response", "Freeman",
        "Carson", "--tie-threshold", "--climate", "Examples:")) {
      assertTrue(r.out().contains(s), s);
    }
  }

  /** Ratings of a ring of {@code n} people, each rating the next. */
  static String ring(int n, int rating) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("t,").append((char) ('a' + i)).append(',').append((char) ('a' + (i + 1) % n))
          .append(',').append(rating).append('\n');
    }
    return s.toString();
  }


  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
