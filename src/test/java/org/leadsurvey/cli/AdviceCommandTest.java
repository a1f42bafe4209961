package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leadsurvey network --scope organisation} end to end on examples/advice-*.csv. Reference
 * numbers: src/test/resources/advice/expected-*.csv, computed with R 4.2.2 (table()) and
 * igraph 1.3.5 (betweenness) by advice-fixtures.R in the same folder, with Facilities and
 * Legal hidden (under 5 respondents) and Finance hidden with them (the two hold 4).
 */
class AdviceCommandTest {
  static final String NOMINATIONS = "examples/advice-nominations.csv";
  static final String ROSTER = "examples/advice-roster.csv";
  static final List<String> HIDDEN = List.of("Facilities", "Finance", "Legal");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<NamedCsvRecord> fixture(String name) throws IOException {
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
        .ofNamedCsvRecord(Path.of(Cli.resource("advice/" + name)))) {
      return csv.stream().toList();
    }
  }

  private static Cli.Result org(String nominations, String roster, String... more) {
    List<String> args = new ArrayList<>(List.of("network", nominations, "--scope",
        "organisation", "--roster", roster));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(Cli.Result r) throws IOException {
    assertEquals(0, r.code(), r::toString);
    return JSON.readTree(r.out());
  }

  @Test
  void exampleAgreesWithBaseRAndIgraph() throws IOException {
    JsonNode root = json(org(NOMINATIONS, ROSTER, "-f", "json", "--show-people"));
    Map<String, JsonNode> teams = new HashMap<>();
    root.get("teams").forEach(t -> teams.put(t.get("team").asText(), t));
    int shown = 0;
    for (NamedCsvRecord e : fixture("expected-teams.csv")) {
      JsonNode t = teams.get(e.getField("team"));
      boolean hidden = e.getField("hidden").equals("TRUE");
      assertEquals(hidden, t.get("suppressed").asBoolean(), e.getField("team"));
      if (hidden) {
        assertEquals(2, t.size(), "a hidden team is its name only: " + t);
        continue;
      }
      shown++;
      assertEquals(Long.parseLong(e.getField("n")), t.get("n").asLong());
      assertEquals(Long.parseLong(e.getField("respondents")), t.get("respondents").asLong());
      assertEquals(Long.parseLong(e.getField("internal")), t.get("internal").asLong());
      assertEquals(Long.parseLong(e.getField("external")), t.get("external").asLong());
      assertEquals(Double.parseDouble(e.getField("eiIndex")), t.get("eiIndex").asDouble(),
          1e-12);
    }
    assertEquals(6, shown);
    assertEquals(HIDDEN, teams.values().stream().filter(t -> t.get("suppressed").asBoolean())
        .map(t -> t.get("team").asText()).sorted().toList());
    NamedCsvRecord o = fixture("expected-organisation.csv").get(1);
    JsonNode org = root.get("organisation");
    assertEquals("shown teams", org.get("basis").asText());
    assertEquals(Long.parseLong(o.getField("internal")), org.get("internal").asLong());
    assertEquals(Long.parseLong(o.getField("external")), org.get("external").asLong());
    assertEquals(Double.parseDouble(o.getField("eiIndex")), org.get("eiIndex").asDouble(), 1e-12);

    JsonNode m = root.get("matrix");
    assertTrue(m.get("hiddenTeams").asBoolean());
    List<String> labels = new ArrayList<>();
    m.get("teams").forEach(t -> labels.add(t.asText()));
    labels.add(""); // the pool, as the fixture names it
    int cells = 0;
    for (NamedCsvRecord e : fixture("expected-matrix.csv")) {
      int i = labels.indexOf(e.getField("team"));
      int j = labels.indexOf(e.getField("advisorTeam"));
      assertTrue(i >= 0 && j >= 0, e.toString());
      assertEquals(Long.parseLong(e.getField("ties")), m.get("counts").get(i).get(j).asLong(),
          e.getField("team") + " -> " + e.getField("advisorTeam"));
      cells++;
    }
    assertEquals(49, cells, "6 shown teams and the pool, squared");

    Map<String, JsonNode> people = new HashMap<>();
    root.get("people").forEach(p -> people.put(p.get("person").asText(), p));
    int brokers = 0;
    for (NamedCsvRecord e : fixture("expected-betweenness.csv")) {
      JsonNode p = people.get(e.getField("person"));
      if (e.getField("shownTeams").equals("NA")) {
        assertEquals(null, p, e.getField("person") + " is in a hidden team");
      } else {
        assertEquals(e.getField("team"), p.get("team").asText());
        assertEquals(Double.parseDouble(e.getField("shownTeams")),
            p.get("betweenness").asDouble(), 1e-12, e.getField("person"));
        brokers++;
      }
    }
    assertEquals(55, brokers);
    assertEquals(55, root.get("people").size());
    assertEquals("P043", root.at("/people/0/person").asText(), "the top broker first");
  }

  @Test
  void csvAndTableCarryTheSameFiguresAsJson() throws IOException {
    JsonNode root = json(org(NOMINATIONS, ROSTER, "-f", "json"));
    Cli.Result csv = org(NOMINATIONS, ROSTER, "-f", "csv");
    assertEquals(0, csv.code(), csv::toString);
    List<String> lines = csv.out().lines().toList();
    assertEquals("level,team,advisor_team,person,suppressed,n,respondents,internal,external,"
        + "ei_index,ties,betweenness", lines.get(0));
    assertTrue(lines.contains("team,Sales,,,false,12,12,24,15,-0.23076923076923078,,"));
    assertTrue(lines.contains("team,Legal,,,true,,,,,,,"));
    assertTrue(lines.contains("organisation,shown teams,,,false,,,86,77,"
        + "-0.05521472392638037,,"));
    assertTrue(lines.contains("tie,,,,false,,,,,,16,"), "the pool's own ties");
    assertEquals(1 + 9 + 1 + 49, lines.size(), "header, teams, organisation, matrix");
    assertEquals(16, root.at("/matrix/counts/6/6").asLong());
    Cli.Result table = org(NOMINATIONS, ROSTER);
    assertEquals(0, table.code(), table::toString);
    assertTrue(table.out().contains("  H  (hidden teams)     2   4   1   5   1   4  16    33"),
        table.out());
    assertFalse(table.out().contains("Brokers"), "no person without --show-people");
    assertFalse(table.out().contains("P0"), "no person without --show-people");
  }

  @Test
  void aPersonNotOnTheRosterIsAnErrorNamingFileLineAndColumn() throws IOException {
    Path n = tmp.resolve("n.csv");
    Files.writeString(n, "person,advisor\nP001,P002\nP001,Zed\n");
    Cli.assertOneLineError(org(n.toString(), ROSTER), "n.csv:3", "column 2 (advisor)",
        "\"Zed\" is not on the roster");
    Files.writeString(n, "person,advisor\nNobody,P002\n");
    Cli.assertOneLineError(org(n.toString(), ROSTER), "n.csv:2", "column 1 (person)",
        "\"Nobody\" is not on the roster");
    Files.writeString(n, "seeker,advisor\nP001,P002\n");
    Cli.assertOneLineError(org(n.toString(), ROSTER), "n.csv", "person and advisor",
        "--person");
    // the column options
    Cli.Result r = org(n.toString(), ROSTER, "--person", "seeker", "-f", "json");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void aRosterGivingSomeoneTwoTeamsIsAnError() throws IOException {
    Path roster = tmp.resolve("roster.csv");
    Files.writeString(roster, "team,person\nA,p1\nA,p2\nB,p1\n");
    Cli.assertOneLineError(org(NOMINATIONS, roster.toString()), "roster.csv:4",
        "\"p1\" is in two teams, \"A\" and \"B\"");
  }

  @Test
  void optionsThatBelongToTheOtherScopeAreUsageErrors() {
    Cli.Result r = Cli.run("network", NOMINATIONS, "--scope", "organisation");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--scope organisation needs --roster"), r.err());
    r = org(NOMINATIONS, ROSTER, "-f", "dot");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--format dot is for --scope within"), r.err());
    r = org(NOMINATIONS, ROSTER, "--rater", "who");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--rater is for --scope within"), r.err());
    r = org(NOMINATIONS, ROSTER, "--climate", "examples/team-survey.csv");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--climate is for --scope within"), r.err());
    r = Cli.run("network", "examples/peer-ratings.csv", "--advisor", "who");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--advisor is for --scope organisation"), r.err());
  }

  @Test
  void selfNominationsAreIgnoredAndRepeatsCountedOnceWithWarnings() throws IOException {
    Path n = tmp.resolve("n.csv");
    Path roster = tmp.resolve("r.csv");
    StringBuilder r = new StringBuilder("team,person\n");
    for (int i = 0; i < 5; i++) {
      r.append("A,a").append(i).append('\n').append("B,b").append(i).append('\n');
    }
    Files.writeString(roster, r.toString());
    String base = "person,advisor\na0,a1\na1,b0\na2,\na3,a1\na4,a1\nb0,b1\nb1,b2\nb2,b0\nb3,a0\n"
        + "b4,b0\n";
    Files.writeString(n, base);
    JsonNode clean = json(org(n.toString(), roster.toString(), "-f", "json"));
    Files.writeString(n, base + "a0,a0\na0,a1\nb3,a0\n");
    Cli.Result messy = org(n.toString(), roster.toString(), "-f", "json");
    JsonNode m = json(messy);
    assertEquals(clean.get("teams"), m.get("teams"), "the same ties");
    assertEquals(clean.get("matrix"), m.get("matrix"));
    assertTrue(messy.err().contains("n.csv:13: column 2 (advisor): \"a0\" named \"a1\" again:"
        + " counted once"), messy.err());
    assertTrue(messy.err().contains("n.csv:14"), messy.err());
    assertTrue(messy.err().contains("1 self-nomination ignored"), messy.err());
    // a2 answered naming nobody: a respondent without ties
    assertEquals(5, clean.at("/teams/0/respondents").asInt());
    assertEquals(3, clean.at("/teams/0/internal").asInt());
    assertEquals(1, clean.at("/teams/0/external").asInt());
  }

  @Test
  void aMatrixOfMoreThanFortyTeamsIsLeftToJsonAndCsv() throws IOException {
    StringBuilder roster = new StringBuilder("team,person\n");
    StringBuilder noms = new StringBuilder("person,advisor\n");
    for (int t = 0; t < 41; t++) {
      for (int i = 0; i < 5; i++) {
        roster.append("T").append(t).append(",p").append(t).append('_').append(i).append('\n');
        noms.append("p").append(t).append('_').append(i).append(",p").append((t + 1) % 41)
            .append("_0\n");
      }
    }
    Path r = Files.writeString(tmp.resolve("r.csv"), roster);
    Path n = Files.writeString(tmp.resolve("n.csv"), noms);
    JsonNode root = json(org(n.toString(), r.toString(), "-f", "json"));
    assertEquals(41, root.at("/matrix/counts").size());
    assertEquals(5, root.at("/matrix/counts/40/0").asInt());
    for (String f : List.of("table", "md", "html")) {
      Cli.Result res = org(n.toString(), r.toString(), "-f", f);
      assertEquals(0, res.code(), res::toString);
      assertTrue(res.out().contains("41 rows"), f);
      assertTrue(res.out().contains("too many to draw"), f);
      assertFalse(res.out().contains("received"), f + ": no matrix table");
      assertFalse(res.out().contains("advice-cell"), f + ": no heatmap");
    }
  }

  /**
   * Moving a respondent from one hidden team to another (Facilities to Legal: still both
   * hidden, and Finance with them) and moving a tie inside the hidden part to other hidden
   * ends changes no byte of any format, with and without --show-people.
   */
  @Test
  void movesInsideTheHiddenTeamsChangeNoByteOfAnyFormat() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("org"));
    Path n = dir.resolve("nominations.csv");
    Path r = dir.resolve("roster.csv");
    List<String> roster = Files.readAllLines(Path.of(ROSTER));
    List<String> noms = Files.readAllLines(Path.of(NOMINATIONS));
    Files.write(n, noms);
    Files.write(r, roster);
    List<List<String>> formats = List.of(List.of("-f", "table"), List.of("-f", "md"),
        List.of("-f", "json"), List.of("-f", "csv"), List.of("-f", "html"),
        List.of("-f", "json", "--show-people"), List.of("-f", "html", "--show-people"),
        List.of("-f", "csv", "--show-people"));
    List<String> before = outputs(n, r, formats);

    Map<String, String> teamOf = new HashMap<>();
    roster.stream().skip(1).forEach(l -> teamOf.put(l.split(",")[1], l.split(",")[0]));
    List<String> moved = new ArrayList<>(roster);
    moved.replaceAll(l -> l.equals("Facilities,P030") ? "Legal,P030" : l);
    assertNotEquals(roster, moved);
    // a tie from Legal to Legal goes to a Finance person instead
    List<String> rewired = new ArrayList<>(noms);
    int line = -1;
    for (int i = 1; i < noms.size() && line < 0; i++) {
      String[] f = noms.get(i).split(",", -1);
      if (teamOf.get(f[0]).equals("Legal") && "Legal".equals(teamOf.get(f[1]))) {
        line = i;
      }
    }
    assertTrue(line > 0, "the example has a tie inside Legal");
    String seeker = noms.get(line).split(",")[0];
    String target = List.of("P031", "P032", "P034", "P035").stream()
        .filter(p -> !noms.contains(seeker + "," + p)).findFirst().orElseThrow();
    rewired.set(line, seeker + "," + target);
    String allShownBefore = withAllShown(n, r);
    Files.write(n, rewired);
    Files.write(r, moved);
    List<String> after = outputs(n, r, formats);
    for (int i = 0; i < formats.size(); i++) {
      assertEquals(before.get(i), after.get(i), "format " + formats.get(i));
    }
    // the moves did change the hidden teams' own figures, as --min-group 1 shows them
    String allShownAfter = withAllShown(n, r);
    assertNotEquals(allShownBefore, allShownAfter);
    JsonNode a = JSON.readTree(allShownBefore);
    JsonNode b = JSON.readTree(allShownAfter);
    assertNotEquals(a.at("/teams/3"), b.at("/teams/3"), "Facilities");
    assertNotEquals(a.at("/teams/5"), b.at("/teams/5"), "Legal");
  }

  private static String withAllShown(Path n, Path r) {
    return org(n.toString(), r.toString(), "-f", "json", "--min-group", "1").out();
  }

  private static List<String> outputs(Path n, Path r, List<List<String>> formats) {
    List<String> out = new ArrayList<>();
    for (List<String> f : formats) {
      Cli.Result res = org(n.toString(), r.toString(), f.toArray(String[]::new));
      assertEquals(0, res.code(), res::toString);
      out.add(res.out());
    }
    return out;
  }
}
