package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --screen} and {@code --exclude-flagged} end to end, on
 * src/test/resources/screening (60 simulated attentive respondents, a straight-liner, a random
 * responder and a speeder). The expected flags follow from the indices R computed
 * (expected.csv, see make_expected.R) and the default cut-offs.
 */
class ScreeningCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** respondents.csv with its seconds column named as Qualtrics names it. */
  static String timedFile(Path dir) throws IOException {
    Path f = dir.resolve("timed.csv");
    Files.writeString(f, Files.readString(Path.of(Cli.resource("screening/respondents.csv")))
        .replaceFirst(",seconds", ",Duration (in seconds)"));
    return f.toString();
  }

  /** Per respondent (file order): flagged by [longstring, irv, mahalanobis, inconsistency, speeder]. */
  static List<boolean[]> expectedFlags() throws IOException {
    List<String> resp = Files.readAllLines(Path.of(Cli.resource("screening/respondents.csv")));
    List<String> exp = Files.readAllLines(Path.of(Cli.resource("screening/expected.csv")));
    List<boolean[]> out = new ArrayList<>();
    for (int i = 1; i < exp.size(); i++) {
      String[] e = exp.get(i).split(",");
      String[] r = resp.get(i).split(",");
      double secs = Double.parseDouble(r[8]);
      out.add(new boolean[] {Integer.parseInt(e[1]) >= 7, Double.parseDouble(e[2]) < 0.5,
          Double.parseDouble(e[4]) < 0.001, Double.parseDouble(e[5]) >= 3,
          secs < 0.5 * Double.parseDouble(e[6])});
    }
    return out;
  }

  private static boolean any(boolean[] f) {
    for (boolean b : f) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  @Test
  void screenCountsFlagsPerRuleAndKeepsEveryone() throws IOException {
    Cli.Result r = Cli.run("analyze", timedFile(tmp), "--screen", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode j = JSON.readTree(r.out());
    List<boolean[]> flags = expectedFlags();
    String[] rules = {"longstring", "irv", "mahalanobis", "inconsistency", "speeder"};
    for (int k = 0; k < rules.length; k++) {
      int kk = k;
      long n = flags.stream().filter(f -> f[kk]).count();
      assertEquals(n, j.at("/screening/rules/" + rules[k] + "/flagged").asLong(), rules[k]);
    }
    assertEquals(flags.stream().filter(ScreeningCliTest::any).count(), j.at("/screening/flagged").asLong());
    assertEquals(63, j.at("/screening/screened").asInt());
    assertEquals(0, j.at("/screening/excluded").asInt());
    assertEquals(63, j.at("/scales/0/respondents").asInt());
    assertEquals(305, j.at("/screening/thresholds/medianSeconds").asInt());
  }

  @Test
  void excludeFlaggedEqualsAnalyzingTheFileWithoutThemWhenAtLeastTheMinimumAreLeftOut()
      throws IOException {
    // Three more straight-liners: six flagged in all, at least the minimum group of five.
    Path file = tmp.resolve("more.csv");
    Files.writeString(file, Files.readString(Path.of(timedFile(tmp)))
        + "x1,4,4,4,4,4,4,4,300\nx2,5,5,5,5,5,5,5,300\nx3,2,2,2,2,2,2,2,300\n");
    List<String> lines = Files.readAllLines(file);
    List<boolean[]> flags = expectedFlags();
    StringBuilder kept = new StringBuilder(lines.get(0)).append('\n');
    for (int i = 1; i < lines.size(); i++) {
      if (i > flags.size() ? false : !any(flags.get(i - 1))) {
        kept.append(lines.get(i)).append('\n');
      }
    }
    Path without = tmp.resolve("without.csv");
    Files.writeString(without, kept);
    Cli.Result ex = Cli.run("analyze", file.toString(), "--exclude-flagged", "-f", "json");
    Cli.Result ref = Cli.run("analyze", without.toString(), "-f", "json");
    assertEquals(0, ex.code(), ex::toString);
    JsonNode a = JSON.readTree(ex.out());
    assertEquals(6, a.at("/screening/excluded").asLong());
    assertEquals(JSON.readTree(ref.out()).get("scales"), a.get("scales"));
    assertEquals(60, a.at("/scales/0/respondents").asLong());
  }

  @Test
  void excludeFlaggedWithholdsWhatWouldShowFewerThanTheMinimum() throws IOException {
    // Three flagged: the organisation with and without them would give away their answers.
    Cli.Result ex = Cli.run("analyze", timedFile(tmp), "--exclude-flagged", "-f", "json");
    assertEquals(0, ex.code(), ex::toString);
    JsonNode s = JSON.readTree(ex.out()).at("/scales/0");
    assertEquals(3, JSON.readTree(ex.out()).at("/screening/excluded").asLong());
    assertTrue(s.get("respondents").isNull(), s::toString);
    assertTrue(s.get("reliability").isNull(), s::toString);
    assertTrue(s.get("organisation").isNull(), s::toString);
    assertTrue(s.get("withheld").asText().contains("--exclude-flagged"), s::toString);
  }

  @Test
  void standardInputIsSpooledAndGivesTheSameResult() throws IOException {
    String file = timedFile(tmp);
    Cli.Result fromFile = Cli.run("analyze", file, "--screen", "-f", "json");
    Cli.Result fromStdin = Cli.withStdin(Files.readString(Path.of(file)), "analyze", "-", "--screen", "-f", "json");
    assertEquals(0, fromStdin.code(), fromStdin::toString);
    assertEquals(JSON.readTree(fromFile.out()).get("screening"), JSON.readTree(fromStdin.out()).get("screening"));
    try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("leadsurvey-stdin")
          && p.toFile().lastModified() > System.currentTimeMillis() - 5_000), "spool deleted");
    }
  }

  @Test
  void everyFormatSaysHowManyWereFlagged() throws IOException {
    String file = timedFile(tmp);
    Cli.Result table = Cli.run("analyze", file, "--exclude-flagged");
    assertTrue(table.out().contains("Careless responding · "), table.out());
    assertTrue(table.out().contains("left out of the statistics below"), table.out());
    assertTrue(table.out().contains("faster than 0.5 x median time (305 s), i.e. under 152.5 s"), table.out());
    Cli.Result md = Cli.run("analyze", file, "--screen", "-f", "md");
    assertTrue(md.out().contains("## Careless responding"), md.out());
    Cli.Result csv = Cli.run("analyze", file, "--screen", "-f", "csv");
    assertTrue(csv.err().contains("respondents flagged as possibly careless"), csv.err());
    Path dir = tmp.resolve("out");
    assertEquals(0, Cli.run("analyze", file, "--screen", "--output-dir", dir.toString()).code());
    String sc = Files.readString(dir.resolve("screening.csv"));
    assertTrue(sc.startsWith("rule,applied,flagged,screened,excluded,criterion"), sc);
    assertTrue(sc.contains("speeder,true,1,63,0,"), sc);
  }

  @Test
  void rulesThatCannotApplySayWhy() {
    // plain.csv has no completion times
    Cli.Result r = Cli.run("analyze", Cli.resource("dialects/plain.csv"), "--screen");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("not applied: the export has no completion times"), r.out());
    assertTrue(r.out().contains("not applied: too few complete respondents (needs 30 and twice the items)"), r.out());
  }

  @Test
  void badThresholdsAreUsageErrors() {
    Cli.Result r = Cli.run("analyze", Cli.resource("dialects/plain.csv"), "--screen", "--speeder-share", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--speeder-share must be between 0 and 1"), r.err());
  }
}
