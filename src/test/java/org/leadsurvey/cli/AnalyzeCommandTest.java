package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsurvey analyze} end to end, in-process. */
class AnalyzeCommandTest {
  static final String ACME = Cli.resource("oracle/acme-psafety/responses.csv");
  static final Set<String> HIDDEN = Set.of("team-01", "team-02", "team-41", "team-42");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void jsonFollowsTheContractAndMatchesTheOracle() throws IOException {
    Cli.Result r = Cli.run("analyze", ACME, "--format", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode root = JSON.readTree(r.out());
    assertEquals("leadsurvey", root.at("/tool/name").asText());
    assertEquals(331, root.at("/input/rows").asInt());
    JsonNode s = root.at("/scales/0");
    assertEquals("psych-safety", s.get("id").asText());
    assertEquals("[\"PS1\",\"PS3\",\"PS5\"]", s.get("reverse").toString());
    assertEquals("[1,7]", s.get("range").toString());
    assertEquals(328, s.get("respondents").asInt());
    assertEquals(0.880787607743, s.at("/reliability/alpha").asDouble(), 1e-9);
    assertEquals(0.879377133668, s.at("/reliability/alphaStd").asDouble(), 1e-9);
    assertEquals(0.870200103915, s.at("/reliability/lambda6").asDouble(), 1e-9);
    assertEquals(0.510157310924, s.at("/reliability/averageR").asDouble(), 1e-9);
    assertEquals(0.882562786397, s.at("/reliability/omegaTotal").asDouble(), 1e-4);
    assertEquals("feldt", s.at("/reliability/alphaCi/method").asText());
    assertEquals(0.86008748207, s.at("/reliability/alphaCi/lower").asDouble(), 1e-9);
    assertEquals(0.89942082707, s.at("/reliability/alphaCi/upper").asDouble(), 1e-9);
    assertEquals("PS1", s.at("/itemStats/0/item").asText());
    assertEquals(0.560848314597, s.at("/itemStats/0/rDrop").asDouble(), 1e-9);
    // psych::alpha's full item analysis (oracle/psych-alpha, acme-psafety)
    assertEquals("duhachek", s.at("/reliability/alphaCiDuhachek/method").asText());
    assertEquals(0.861467905350929, s.at("/reliability/alphaCiDuhachek/lower").asDouble(), 1e-9);
    assertEquals(0.900107310134921, s.at("/reliability/alphaCiDuhachek/upper").asDouble(), 1e-9);
    assertEquals(7.29030208289562, s.at("/reliability/signalToNoise").asDouble(), 1e-9);
    assertEquals(0.00985699101632471, s.at("/reliability/ase").asDouble(), 1e-9);
    assertEquals(0.503745203694707, s.at("/reliability/medianR").asDouble(), 1e-9);
    assertEquals(0.687399822042118, s.at("/itemStats/0/rawR").asDouble(), 1e-9);
    assertEquals(0.681903592769026, s.at("/itemStats/0/stdR").asDouble(), 1e-9);
    assertEquals(0.597473175063312, s.at("/itemStats/0/rCor").asDouble(), 1e-9);
    assertEquals(0.00617283950617284, s.at("/itemStats/0/frequencies/1").asDouble(), 1e-9);
    assertEquals(0.179012345679012, s.at("/itemStats/0/frequencies/7").asDouble(), 1e-9);
    assertEquals(0.0211480362537765, s.at("/itemStats/0/missingShare").asDouble(), 1e-9);
    // Over the 38 reported teams (oracle/reportable-teams, case acme-k5).
    assertEquals("reported teams", s.at("/aggregation/basis").asText());
    assertEquals(0.255309113291167, s.at("/aggregation/icc1").asDouble(), 1e-9);
    assertEquals(0.739715864805951, s.at("/aggregation/icc2").asDouble(), 1e-9);
    assertEquals(38, s.at("/aggregation/teams").asInt());
    assertEquals(315, s.at("/aggregation/people").asInt());
    assertTrue(s.at("/aggregation/p").asDouble() < 0.001);
    JsonNode team03 = s.at("/teams/2");
    assertEquals("team-03", team03.get("team").asText());
    assertEquals(5, team03.get("n").asInt());
    assertEquals(3.69428571429, team03.get("mean").asDouble(), 1e-9);
    assertEquals(0.743523316062, team03.get("rwgJ").asDouble(), 1e-9);
    assertEquals(0.15625, team03.get("favourable").asDouble(), 1e-9);
    assertEquals(2, team03.get("ci95").size());
    assertTrue(team03.get("ci95").get(0).asDouble() < 3.69428571429);
  }

  @Test
  void hiddenTeamsCarryNothingButTheirNameInJson() throws IOException {
    JsonNode teams = JSON.readTree(Cli.run("analyze", ACME, "-f", "json").out()).at("/scales/0/teams");
    Set<String> hidden = new TreeSet<>();
    for (JsonNode t : teams) {
      if (t.get("suppressed").asBoolean()) {
        hidden.add(t.get("team").asText());
        assertEquals(Set.of("team", "suppressed"), fieldNames(t), t::toString);
      }
    }
    assertEquals(new TreeSet<>(HIDDEN), hidden);
  }

  @Test
  void hiddenTeamsShowNoNumbersInAnyFormat() throws IOException {
    // team-41: 2 people, mean 4, sd 0.606091526731, rwg 0.9625 (oracle); none may appear.
    for (String format : new String[] {"table", "csv", "md"}) {
      Cli.Result r = Cli.run("analyze", ACME, "-f", format);
      assertEquals(0, r.code(), r::toString);
      for (String line : r.out().split("\n")) {
        for (String team : HIDDEN) {
          if (line.contains(team)) {
            assertFalse(line.matches(".*\\d+\\.\\d+.*"), format + " shows numbers of " + line);
          }
        }
      }
      assertFalse(r.out().contains("0.9625"), format);
      assertFalse(r.out().contains("0.606"), format);
    }
  }

  /**
   * One --favourable setting behind every favourable share: JSON (organisation against
   * oracle/favourable/oracle.R), the range in the scale object, the terminal table and gates.
   */
  @Test
  void favourableRangeIsUsedEverywhere() throws IOException {
    JsonNode def = JSON.readTree(Cli.run("analyze", ACME, "-f", "json").out()).at("/scales/0");
    assertEquals("[6,7]", def.get("favourableRange").toString());
    Cli.Result r = Cli.run("analyze", ACME, "--favourable", "5..7", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    assertEquals("[5,7]", s.get("favourableRange").toString());
    assertEquals(0.655759748991484, s.at("/organisation/favourable").asDouble(), 1e-9);
    assertTrue(def.at("/organisation/favourable").asDouble() < 0.6);
    String table = Cli.run("analyze", ACME, "--favourable", "5..7").out();
    assertTrue(table.contains("favourable 5..7"), table);
    assertTrue(table.contains("66%"), table);
    assertEquals(0, Cli.run("analyze", ACME, "--favourable", "5..7",
        "--check", "org.favourable >= 0.6").code());
    assertEquals(1, Cli.run("analyze", ACME, "--check", "org.favourable >= 0.6").code());
    for (String bad : new String[] {"4..7", "6..6", "5-7", "6..8"}) {
      Cli.Result e = Cli.run("analyze", ACME, "--favourable", bad);
      assertEquals(2, e.code(), bad);
      assertTrue(e.err().startsWith("leadsurvey: --favourable " + bad + ": "), e.err());
      assertTrue(!e.err().contains("Exception"), e.err());
    }
  }

  /**
   * The multilevel reliability is shown only when no team is hidden: its within-team
   * correlations pool every row, so with a hidden team they would move when people move inside
   * the hidden part. (Its agreement with lavaan is OracleAgreementTest's.)
   */
  @Test
  void multilevelReliabilityIsShownOnlyWhenNoTeamIsHidden(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws IOException {
    JsonNode acme = JSON.readTree(Cli.run("analyze", ACME, "-f", "json").out()).at("/scales/0");
    assertTrue(acme.toString().contains("\"suppressed\":true"), "acme hides teams");
    assertTrue(acme.at("/reliability/multilevel").isMissingNode()
        || acme.at("/reliability/multilevel").isNull(), acme.at("/reliability")::toString);
    String sim = tmp.resolve("sim.csv").toString();
    assertEquals(0, Cli.run("simulate", "-n", "400", "--teams", "20", "--seed", "3", "-o", sim)
        .code());
    JsonNode s = JSON.readTree(Cli.run("analyze", sim, "-f", "json").out()).at("/scales/0");
    JsonNode m = s.at("/reliability/multilevel");
    assertEquals(20, m.get("teams").asInt(), s::toString);
    assertTrue(m.get("omegaWithin").asDouble() > 0 && m.get("omegaWithin").asDouble() < 1);
    assertTrue(m.get("omegaBetween").asDouble() > 0 && m.get("omegaBetween").asDouble() <= 1);
    assertEquals("reported teams", m.get("basis").asText());
    assertTrue(m.get("note").asText().startsWith("fewer than 30 teams"), m::toString);
    assertTrue(s.get("warnings").toString().contains("20 reported teams"), s::toString);
    String table = Cli.run("analyze", sim).out();
    assertTrue(table.contains("Omega between teams"), table);
    assertTrue(table.contains("20 reported teams (fewer than 30: unstable)"), table);
  }

  /** Moving a person between two hidden teams changes no byte (the multilevel figures too). */
  @Test
  void movingAPersonBetweenHiddenTeamsChangesNoOutput(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("examples/demographics.csv"));
    java.nio.file.Path before = tmp.resolve("before.csv");
    java.nio.file.Path after = tmp.resolve("after.csv");
    java.nio.file.Files.write(before, lines);
    List<String> moved = new ArrayList<>(lines);
    for (int i = 1; i < moved.size(); i++) {
      if (moved.get(i).contains(",Identity,")) { // Identity (18) and Payments (18): hidden at 20
        moved.set(i, moved.get(i).replace(",Identity,", ",Payments,"));
        break;
      }
    }
    java.nio.file.Files.write(after, moved);
    for (String f : List.of("json", "table", "md", "html", "csv")) {
      String a = Cli.run("analyze", before.toString(), "--min-group", "20", "-f", f).out();
      String b = Cli.run("analyze", after.toString(), "--min-group", "20", "-f", f).out();
      assertEquals(a.replace(before.toString(), "F"), b.replace(after.toString(), "F"), f);
    }
  }

  @Test
  void csvFormatIsTheTeamsTable() {
    Cli.Result r = Cli.run("analyze", ACME, "-f", "csv");
    String[] lines = r.out().split("\\R");
    assertEquals("scale,level,team,n,suppressed,mean,sd,ci_low,ci_high,rwg_j,favourable", lines[0]);
    assertTrue(lines[1].startsWith("psych-safety,organisation,,328,false,"));
    assertEquals("psych-safety,team,team-01,,true,,,,,,", lines[2]);
    assertEquals(2 + 42, lines.length);
  }

  @Test
  void outputDirHoldsEveryTableAndTheJson() throws IOException {
    Path dir = tmp.resolve("out");
    Cli.Result r = Cli.run("analyze", ACME, "--output-dir", dir.toString());
    assertEquals(0, r.code(), r::toString);
    for (String f : new String[] {"teams.csv", "reliability.csv", "items.csv", "frequencies.csv",
        "aggregation.csv", "analysis.json"}) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    try (var files = Files.list(dir)) {
      assertEquals(6, files.count(), "no temporary files left behind");
    }
    String items = Files.readString(dir.resolve("items.csv"));
    assertTrue(items.contains("psych-safety,PS1,true,324,"), items);
  }

  @Test
  void outputFileIsWrittenAndInputIsNotModified() throws IOException {
    Path out = tmp.resolve("r.json");
    byte[] before = Files.readAllBytes(Path.of(ACME));
    Cli.Result r = Cli.run("analyze", ACME, "-f", "json", "-o", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(JSON.readTree(out.toFile()).has("scales"));
    assertEquals(new String(before, StandardCharsets.UTF_8),
        Files.readString(Path.of(ACME)), "input unchanged");
  }

  @Test
  void refusesToWriteOverItsInput() throws IOException {
    Path in = tmp.resolve("in.csv");
    Files.copy(Path.of(ACME), in);
    Cli.Result r = Cli.run("analyze", in.toString(), "-o", in.toString());
    assertEquals(2, r.code());
    assertEquals(Files.readString(Path.of(ACME)), Files.readString(in));
  }

  @Test
  void readsStandardInputForDash() throws IOException {
    Cli.Result r = Cli.withStdin(Files.readString(Path.of(ACME)), "analyze", "-", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    assertEquals(0.880787607743, JSON.readTree(r.out()).at("/scales/0/reliability/alpha").asDouble(), 1e-9);
    assertEquals("<stdin>", JSON.readTree(r.out()).at("/input/files/0").asText());
  }

  @Test
  void adHocScaleMatchesTheCohesionOracle() throws IOException {
    Cli.Result r = Cli.run("analyze", Cli.resource("oracle/cohesion/responses.csv"),
        "--items", "COH01,COH02,COH03,COH04,COH05", "--scale", "1..5", "--team", "UNIT", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    assertEquals(0.883887492292, s.at("/reliability/alpha").asDouble(), 1e-9);
    assertEquals(0.361431592396, s.at("/aggregation/icc1").asDouble(), 1e-9);
    assertEquals(0.898876404494, s.at("/teams/1/rwgJ").asDouble(), 1e-9);
  }

  @Test
  void listwiseUsesCompleteRows() throws IOException {
    Cli.Result r = Cli.run("analyze", ACME, "--missing", "listwise", "-f", "json");
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    assertEquals(0.879015533206, s.at("/reliability/alpha").asDouble(), 1e-9);
    assertEquals(271, s.at("/reliability/observations").asInt());
    assertEquals("listwise", s.get("missing").asText());
  }

  @Test
  void withoutATeamColumnResultsAreOrganisationLevel() throws IOException {
    Path f = tmp.resolve("noteam.csv");
    Files.writeString(f, "PS1,PS2,PS3,PS4,PS5,PS6,PS7\n" + "1,7,1,7,1,7,7\n".repeat(3)
        + "2,6,2,6,2,5,6\n".repeat(3));
    Cli.Result r = Cli.run("analyze", f.toString(), "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    assertTrue(s.get("aggregation").isNull());
    assertEquals(0, s.get("teams").size());
    assertEquals(6, s.at("/organisation/n").asInt());
    assertTrue(r.err().contains("organisation-level results only"), r.err());
  }

  @Test
  void tableIsPlainWithoutATerminalAndHonoursNoColor() {
    assertFalse(Cli.run("analyze", ACME).out().contains("\u001b["));
    assertTrue(Cli.run("", Map.of(), true, "analyze", ACME).out().contains("\u001b["));
    assertFalse(Cli.run("", Map.of("NO_COLOR", "1"), true, "analyze", ACME).out().contains("\u001b["));
  }

  @Test
  void helpHasExamplesAndEveryOption() {
    Cli.Result r = Cli.run("analyze", "--help");
    assertEquals(0, r.code());
    for (String option : new String[] {"--instrument", "--items", "--scale", "--reverse", "--team",
        "--min-group", "--missing", "--format", "--output", "--output-dir", "Examples:"}) {
      assertTrue(r.out().contains(option), option);
    }
  }

  private static Set<String> fieldNames(JsonNode n) {
    Set<String> names = new TreeSet<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
