package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} with several files: waves (the default) and {@code --batch}. Reference
 * values: alpha per wave from psych::alpha (see TrendCommandTest); examples/team-survey.csv
 * alpha 0.892 as in the README's worked example.
 */
class BatchAndWavesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String Q1 = TrendCommandTest.Q1;
  static final String Q2 = TrendCommandTest.Q2;
  static final String Q3 = TrendCommandTest.Q3;

  @TempDir Path tmp;

  @Test
  void oneFileKeepsTheSingleSurveyJsonContract() throws IOException {
    JsonNode root = JSON.readTree(Cli.run("analyze", "examples/team-survey.csv", "-f", "json").out());
    assertTrue(root.has("scales"));
    assertFalse(root.has("waves"));
    assertFalse(root.has("trend"));
  }

  @Test
  void severalFilesAreWavesEachWithItsOwnScales() throws IOException {
    Cli.Result r = Cli.run("analyze", Q1, Q2, Q3, "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode root = JSON.readTree(r.out());
    assertFalse(root.has("scales"));
    assertEquals(3, root.get("waves").size());
    assertEquals(313, root.at("/input/rows").asInt()); // 102 + 103 + 108 data rows
    JsonNode q2 = root.at("/waves/1");
    assertEquals("2026-q2", q2.get("wave").asText());
    assertEquals(103, q2.at("/input/rows").asInt());
    // reliability per wave (psych::alpha raw_alpha of 2026-q2)
    assertEquals(0.871999622100429, q2.at("/scales/0/reliability/alpha").asDouble(), 1e-9);
    assertEquals("psych-safety", root.at("/trend/0/id").asText());
    // the folder and a glob mean the same waves, in natural order
    JsonNode folder = JSON.readTree(Cli.run("analyze", "examples/waves", "-f", "json").out());
    assertEquals(root, folder);
    JsonNode glob = JSON.readTree(Cli.run("analyze", "examples/waves/2026-q*.csv", "-f", "json").out());
    assertEquals(root, glob);
  }

  @Test
  void wavesInEveryFormat() {
    Cli.Result table = Cli.run("analyze", Q1, Q2, Q3);
    assertEquals(0, table.code(), table::toString);
    assertTrue(table.out().contains("=== Wave 2026-q3 ==="));
    assertTrue(table.out().contains("Trend: Team Psychological Safety"));
    Cli.Result md = Cli.run("analyze", Q1, Q2, Q3, "-f", "md");
    assertTrue(md.out().contains("# Survey analysis: wave 2026-q1") && md.out().contains("## Trend:"), md::toString);
    Cli.Result csv = Cli.run("analyze", Q1, Q2, Q3, "-f", "csv");
    String[] lines = csv.out().split("\\R");
    assertEquals("wave,scale,level,team,n,suppressed,mean,sd,ci_low,ci_high,rwg_j,favourable", lines[0]);
    assertTrue(csv.out().contains("2026-q2,psych-safety,team,Design,,true,,,,,,"), csv.out());
  }

  @Test
  void outputDirWritesWaveFoldersAndTrend() throws IOException {
    Path out = tmp.resolve("res");
    Cli.Result r = Cli.run("analyze", Q1, Q2, Q3, "--wave-names", "Q1,Q2,Q3", "--output-dir",
        out.toString());
    assertEquals(0, r.code(), r::toString);
    for (String w : List.of("Q1", "Q2", "Q3")) {
      assertTrue(Files.exists(out.resolve(w + "/analysis.json")), w);
    }
    assertTrue(Files.exists(out.resolve("trend.csv")));
    assertTrue(Files.exists(out.resolve("trend.json")));
  }

  @Test
  void batchAnalysesEachFileAndSkipsABadOne() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("exports"));
    Files.copy(Path.of(Q1), in.resolve("north.csv"));
    Files.copy(Path.of("examples/team-survey.csv"), in.resolve("south.csv"));
    Files.writeString(in.resolve("broken.csv"), "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "R1,A,1,2,3,4,5,6,7\nR2,A,1,2,3\n");
    Files.writeString(in.resolve("notes.txt"), "not a survey");
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("analyze", in.toString(), "--batch", "--output-dir", out.toString());
    assertEquals(2, r.code(), r::toString);
    assertEquals("", r.out());
    List<String> errors = r.err().lines().toList();
    assertEquals(2, errors.size(), r::toString);
    assertTrue(errors.get(0).startsWith("leadsurvey: " + in.resolve("broken.csv") + ":3: the row has 5 fields"),
        errors.get(0));
    assertTrue(errors.get(0).endsWith("(skipped)"), errors.get(0));
    assertTrue(errors.get(1).contains("1 of 3 files failed"), errors.get(1));
    assertTrue(Files.exists(out.resolve("north/teams.csv")));
    assertTrue(Files.exists(out.resolve("south/analysis.json")));
    assertFalse(Files.exists(out.resolve("broken")));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals("file,status,error,folder,scale,rows,respondents,alpha,omega_total,icc1,icc2,"
        + "teams,hidden_teams,org_n,org_mean,org_sd", summary.get(0));
    assertEquals(4, summary.size(), summary::toString);
    assertTrue(summary.get(1).startsWith(in.resolve("broken.csv") + ",error,"), summary.get(1));
    assertTrue(summary.get(2).startsWith(in.resolve("north.csv") + ",ok,,north,psych-safety,102,102,0.8826177174044"),
        summary.get(2));
    assertTrue(summary.get(3).startsWith(in.resolve("south.csv") + ",ok,,south,psych-safety,102,102,0.89"),
        summary.get(3));
  }

  @Test
  void batchWithChecksAndWithoutErrors() throws IOException {
    Path out = tmp.resolve("out");
    Cli.Result ok = Cli.run("analyze", Q1, Q2, "--batch", "--output-dir", out.toString(),
        "--check", "alpha >= 0.8");
    assertEquals(0, ok.code(), ok::toString);
    Cli.Result fail = Cli.run("analyze", Q1, Q2, "--batch", "--output-dir", out.toString(),
        "--check", "org.mean >= 4.7");
    assertEquals(1, fail.code(), fail::toString);
    assertTrue(fail.err().contains(Q2 + ": check failed: org.mean >= 4.7: scale psych-safety,"
        + " organisation is 4.631"), fail.err());
  }

  @Test
  void batchNeedsAnOutputFolder() {
    Cli.Result r = Cli.run("analyze", "examples/waves", "--batch");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--batch writes one result set per file"), r::toString);
  }
}
