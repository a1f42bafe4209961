package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsurvey simulate} end to end, in-process. */
class SimulateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<String[]> rows(String csv) {
    List<String[]> out = new ArrayList<>();
    for (String line : csv.split("\n")) {
      out.add(line.split(",", -1));
    }
    return out;
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherData() {
    Cli.Result a = Cli.run("simulate", "-n", "300", "--teams", "30", "--seed", "9");
    Cli.Result b = Cli.run("simulate", "-n", "300", "--teams", "30", "--seed", "9");
    Cli.Result c = Cli.run("simulate", "-n", "300", "--teams", "30", "--seed", "10");
    assertEquals(0, a.code(), a::toString);
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
  }

  @Test
  void writesThePlainCsvAnalyzeReads() {
    Cli.Result r = Cli.run("simulate", "-n", "500", "--teams", "40");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
    List<String[]> rows = rows(r.out());
    assertEquals("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7", String.join(",", rows.get(0)));
    assertEquals(501, rows.size());
    Set<String> teams = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (String[] row : rows.subList(1, rows.size())) {
      assertEquals(9, row.length);
      ids.add(row[0]);
      teams.add(row[1]);
      for (int i = 2; i < 9; i++) {
        assertTrue(row[i].isEmpty() || row[i].matches("[1-7]"), row[i]);
      }
    }
    assertEquals(500, ids.size());
    assertTrue(teams.size() <= 40 && teams.size() >= 35, "teams: " + teams.size());
    Cli.Result analyzed = Cli.withStdin(r.out(), "analyze", "-", "-f", "json");
    assertEquals(0, analyzed.code(), analyzed::toString);
  }

  @Test
  void recoversTheModelItWasGiven() throws IOException {
    // Model (SurveySimulator): score ICC(1) ~ icc * L / (L + (1 - L) / k) with L the mean
    // squared loading, before cutting into options: loadings 0.75 x4, 0.6 x3 -> L = 0.4757,
    // k = 7: 0.3 * 0.4757 / (0.4757 + 0.0749) = 0.259. Cutting into 7 options loses a little.
    // Alpha from the same loadings (congeneric): (sum l)^2 / ((sum l)^2 + sum(1 - l^2)) = 0.865.
    Cli.Result sim = Cli.run("simulate", "-n", "6000", "--teams", "300", "--icc", "0.3",
        "--missing", "0", "--careless", "0", "--seed", "3");
    Cli.Result r = Cli.withStdin(sim.out(), "analyze", "-", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    double icc1 = s.at("/aggregation/icc1").asDouble();
    assertTrue(icc1 > 0.19 && icc1 < 0.29, "ICC(1) " + icc1);
    double alpha = s.at("/reliability/alpha").asDouble();
    assertTrue(alpha > 0.82 && alpha < 0.89, "alpha " + alpha);
    // Reverse-keyed items are written as ticked: once keyed they correlate positively.
    for (JsonNode item : s.get("itemStats")) {
      assertTrue(item.get("rDrop").asDouble() > 0.4, item::toString);
    }
    assertTrue(s.get("warnings").toString().indexOf("reverse keyed?") < 0, s.get("warnings")::toString);
    // ... and raw, a reverse-keyed item goes against a plain one.
    List<String[]> rows = rows(sim.out());
    double[] ps1 = new double[rows.size() - 1];
    double[] ps2 = new double[rows.size() - 1];
    for (int i = 1; i < rows.size(); i++) {
      ps1[i - 1] = Double.parseDouble(rows.get(i)[2]);
      ps2[i - 1] = Double.parseDouble(rows.get(i)[3]);
    }
    assertTrue(correlation(ps1, ps2) < -0.3);
  }

  private static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void missingAndCarelessSharesAreAsAsked() {
    List<String[]> rows = rows(Cli.run("simulate", "-n", "3000", "--missing", "0.1",
        "--careless", "0").out());
    int empty = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      for (int i = 2; i < row.length; i++) {
        empty += row[i].isEmpty() ? 1 : 0;
      }
    }
    double share = empty / (3000.0 * 7);
    assertTrue(Math.abs(share - 0.1) < 0.01, "missing share " + share);

    // Everyone careless: half straight-line (same raw option on all 7 items).
    rows = rows(Cli.run("simulate", "-n", "3000", "--missing", "0", "--careless", "1").out());
    int straight = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      Set<String> answers = new HashSet<>(List.of(row).subList(2, row.length));
      straight += answers.size() == 1 ? 1 : 0;
    }
    double straightShare = straight / 3000.0;
    assertTrue(Math.abs(straightShare - 0.5) < 0.05, "straight-liners " + straightShare);
  }

  @Test
  void wavesAddAWaveColumnAndRepeatTheRespondents() {
    List<String[]> rows = rows(Cli.run("simulate", "-n", "100", "--waves", "3").out());
    assertEquals("respondent,team,wave,PS1", String.join(",", rows.get(0)).substring(0, 24));
    assertEquals(301, rows.size());
    Map<String, String> teamOf = new HashMap<>();
    Map<String, Integer> perWave = new HashMap<>();
    for (String[] row : rows.subList(1, rows.size())) {
      perWave.merge(row[2], 1, Integer::sum);
      String before = teamOf.putIfAbsent(row[0], row[1]);
      assertTrue(before == null || before.equals(row[1]), "a respondent stays in their team");
    }
    assertEquals(Map.of("1", 100, "2", 100, "3", 100), perWave);
  }

  @Test
  void adHocScaleAndPerItemLoadings() {
    Cli.Result r = Cli.run("simulate", "-n", "50", "--items", "Q1,Q2,Q3", "--scale", "1..5",
        "--reverse", "Q3", "--loading", "0.5,Q3=0.9");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("respondent,team,Q1,Q2,Q3\n"));
    assertTrue(r.out().lines().skip(1).allMatch(l -> l.matches("R\\d+,T\\d+(,[1-5]?){3}")));
  }

  @Test
  void peerRatingsAreRoundRobinWithinTheSurveysTeams() {
    Cli.Result peers = Cli.run("simulate", "-n", "60", "--teams", "8", "--peer-ratings",
        "--missing", "0", "--seed", "4");
    assertEquals(0, peers.code(), peers::toString);
    List<String[]> rows = rows(peers.out());
    assertEquals("team,rater,ratee,rating", String.join(",", rows.get(0)));
    Map<String, String> surveyTeam = new HashMap<>();
    for (String[] row : rows(Cli.run("simulate", "-n", "60", "--teams", "8", "--seed", "4").out())
        .subList(1, 61)) {
      surveyTeam.put(row[0], row[1]);
    }
    Map<String, Integer> size = new HashMap<>();
    surveyTeam.values().forEach(t -> size.merge(t, 1, Integer::sum));
    int expected = size.values().stream().mapToInt(m -> m * (m - 1)).sum();
    assertEquals(expected, rows.size() - 1, "every member rates every other member");
    for (String[] row : rows.subList(1, rows.size())) {
      assertNotEquals(row[1], row[2]);
      assertEquals(row[0], surveyTeam.get(row[1]));
      assertEquals(row[0], surveyTeam.get(row[2]));
      assertTrue(row[3].matches("[1-5]"), row[3]);
    }
    // Some dyads missing by default.
    int withMissing = rows(Cli.run("simulate", "-n", "60", "--teams", "8", "--peer-ratings",
        "--seed", "4").out()).size() - 1;
    assertTrue(withMissing < expected && withMissing > expected * 0.9, "" + withMissing);
  }

  @Test
  void peerBehavioursAreRatedOnEachCriterionAndReadByNetwork() throws IOException {
    Cli.Result peers = Cli.run("simulate", "-n", "60", "--teams", "8", "--peer-ratings",
        "-i", "peer-behaviours", "--seed", "4");
    assertEquals(0, peers.code(), peers::toString);
    List<String[]> rows = rows(peers.out());
    assertEquals("team,rater,ratee,criterion,rating", String.join(",", rows.get(0)));
    Map<String, Set<String>> criteriaOfDyad = new HashMap<>();
    for (String[] row : rows.subList(1, rows.size())) {
      criteriaOfDyad.computeIfAbsent(row[0] + "," + row[1] + "," + row[2], k -> new HashSet<>())
          .add(row[3]);
      assertTrue(row[4].matches("[1-5]"), row[4]);
    }
    Set<String> themes = Set.of("Thinking", "Developing", "Inspiring", "Delivering");
    criteriaOfDyad.values().forEach(c -> assertEquals(themes, c, "a dyad is rated on all or none"));
    // the same members and dyads as the single criterion with the same seed
    assertEquals(rows(Cli.run("simulate", "-n", "60", "--teams", "8", "--peer-ratings",
        "--seed", "4").out()).size() - 1, criteriaOfDyad.size(), 0.1 * criteriaOfDyad.size());
    Path file = Files.writeString(tmp.resolve("behaviours.csv"), peers.out());
    JsonNode report = new ObjectMapper().readTree(Cli.run("network", file.toString(), "-f",
        "json").out());
    assertEquals(4, report.get("teams").get(0).get("criteria").size(), report::toString);
  }

  @Test
  void writesAFileAtomicallyAndNothingToStdout() throws IOException {
    Path out = tmp.resolve("demo.csv");
    Files.writeString(out, "old");
    Cli.Result r = Cli.run("simulate", "-n", "20", "-o", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(Cli.run("simulate", "-n", "20").out(), Files.readString(out));
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    String[][] cases = {
        {"--teams", "0"},
        {"--teams", "5", "--team-size", "4"},
        {"--icc", "1.5"},
        {"--missing", "-0.1"},
        {"--loading", "PSX=0.5"},
        {"--loading", "1.2"},
        {"-n", "10", "--teams", "20"},
        {"--waves", "0"},
        {"-i", "no-such-instrument"},
    };
    for (String[] c : cases) {
      String[] args = new String[c.length + 1];
      args[0] = "simulate";
      System.arraycopy(c, 0, args, 1, c.length);
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.code(), () -> String.join(" ", c) + "\n" + r);
      assertTrue(r.err().startsWith("leadsurvey: "), r::toString);
      assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r::toString);
      assertEquals("", r.out());
    }
  }

  @Test
  void progressOnlyWhenStderrIsATerminal() {
    Context ctx = new Context(System.in, null, null,
        Map.of("LEADSURVEY_STDERR_TTY", "0", "LEADSURVEY_STDOUT_TTY", "0"), true);
    assertTrue(!ctx.progress() && !ctx.progress(true));
    ctx = new Context(System.in, null, null,
        Map.of("LEADSURVEY_STDERR_TTY", "1", "LEADSURVEY_STDOUT_TTY", "1"), false);
    assertTrue(ctx.progress());
    assertTrue(ctx.progress(true), "writing a file: progress on the terminal");
    assertTrue(!ctx.progress(false), "CSV to the terminal: no progress mixed in");
  }
}
