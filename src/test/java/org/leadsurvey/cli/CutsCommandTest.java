package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --by}: the cut groups in every format, their gates, and what stays hidden. */
class CutsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * Six teams of ten women and men; in T1, T2 and T3 also one non-binary person and one who left
   * gender blank: those two groups (3 people each) and their cells are hidden.
   */
  private static List<String[]> people(long seed) {
    Random r = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    for (int t = 1; t <= 6; t++) {
      for (int i = 0; i < 12; i++) {
        String gender = i < 5 ? "woman" : i < 10 ? "man" : t > 3 ? "man" : i == 10 ? "nb" : "";
        String[] row = new String[10];
        row[0] = "R" + t + "-" + i;
        row[1] = "T" + t;
        row[2] = gender;
        for (int q = 0; q < 7; q++) {
          row[3 + q] = String.valueOf(1 + r.nextInt(7));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private Path write(String name, List<String[]> rows) throws Exception {
    StringBuilder csv = new StringBuilder("respondent,team,gender,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    for (String[] row : rows) {
      csv.append(String.join(",", row)).append('\n');
    }
    Path file = tmp.resolve(name);
    Files.writeString(file, csv);
    return file;
  }

  private static List<String> outputs(Path file, Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      Cli.Result r = Cli.run("analyze", file.toString(), "--by", "gender", "--cross-teams",
          "-f", f);
      assertEquals(0, r.code(), r.toString());
      out.add(r.out().replace(file.toString(), "FILE"));
    }
    Cli.Result r = Cli.run("analyze", file.toString(), "--by", "gender", "--cross-teams",
        "--output-dir", dir.toString());
    assertEquals(0, r.code(), r.toString());
    for (String name : List.of("groups.csv", "cells.csv", "teams.csv")) {
      out.add(Files.readString(dir.resolve(name)));
    }
    return out;
  }

  @Test
  void swappingHiddenGroupsInsideATeamChangesNoOutput() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      List<String[]> rows = people(seed);
      List<String> before = outputs(write("before.csv", rows), tmp.resolve("b" + seed));
      JsonNode groups = JSON.readTree(before.get(1)).get("scales").get(0).get("cuts").get(0)
          .get("groups");
      List<String> hidden = new ArrayList<>();
      groups.forEach(g -> {
        if (g.get("suppressed").asBoolean()) {
          hidden.add(g.get("group").asText());
          assertFalse(g.has("n"), "a hidden group has no numbers: " + g);
        }
      });
      assertEquals(List.of("nb", "(no answer)"), hidden);
      // The non-binary person and the one who left gender blank in T1 swap genders.
      String[] a = rows.get(10);
      String[] b = rows.get(11);
      String gender = a[2];
      a[2] = b[2];
      b[2] = gender;
      List<String> after = outputs(write("after.csv", rows), tmp.resolve("a" + seed));
      for (int i = 0; i < before.size(); i++) {
        String[] x = before.get(i).split("\n", -1);
        String[] y = after.get(i).split("\n", -1);
        for (int line = 0; line < Math.min(x.length, y.length); line++) {
          assertEquals(x[line], y[line], "output " + i + ", line " + (line + 1));
        }
        assertEquals(x.length, y.length, "output " + i);
      }
    }
  }

  @Test
  void jsonGroupsCarryScoreAndGapAndCellsOnlyShownGroups() throws Exception {
    Path file = write("survey.csv", people(7));
    Cli.Result r = Cli.run("analyze", file.toString(), "--by", "gender", "--cross-teams",
        "-f", "json");
    JsonNode scale = JSON.readTree(r.out()).get("scales").get(0);
    JsonNode cut = scale.get("cuts").get(0);
    assertEquals("gender", cut.get("by").asText());
    JsonNode woman = null;
    for (JsonNode g : cut.get("groups")) {
      woman = g.get("group").asText().equals("woman") ? g : woman;
    }
    assertFalse(woman.get("suppressed").asBoolean(), woman.toString());
    assertEquals(30, woman.get("n").asInt());
    for (String key : List.of("mean", "sd", "ci95", "favourable", "items", "gap")) {
      assertTrue(woman.has(key), key);
    }
    for (String key : List.of("difference", "ci95", "p", "pHolm", "cohensD")) {
      assertTrue(woman.get("gap").has(key), key);
    }
    JsonNode t1 = cut.get("cells").get(0);
    assertEquals("T1", t1.get("team").asText());
    // Shown cells plus hidden ones make the column's four values; nb and blank are hidden.
    assertEquals(4, t1.get("groups").size() + t1.get("hiddenGroups").asInt());
    t1.get("groups").forEach(g -> assertTrue(g.get("n").asInt() >= 5, g.toString()));
    assertTrue(scale.has("cutsHiddenToProtect"));
  }

  @Test
  void gatesTestEveryShownGroup() throws Exception {
    Path file = write("survey.csv", people(3));
    Cli.Result pass = Cli.run("analyze", file.toString(), "--by", "gender", "--check",
        "group.mean >= 1", "-f", "json");
    assertEquals(0, pass.code(), pass.toString());
    Cli.Result fail = Cli.run("analyze", file.toString(), "--by", "gender", "--check",
        "group.mean > 7", "-f", "json");
    assertEquals(1, fail.code(), fail.toString());
    assertTrue(fail.err().contains("check failed: group.mean > 7: scale psych-safety, gender"),
        fail.err());
    assertFalse(fail.err().contains("nb"), "hidden groups are never checked: " + fail.err());
  }

  @Test
  void trendByGivesEachGroupsChangeWhereItIsShownInBothWaves() throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (long wave = 1; wave <= 2; wave++) {
      for (String[] row : people(wave)) {
        String[] r = java.util.Arrays.copyOf(row, row.length + 1);
        r[0] = r[0] + "-w" + wave;
        r[row.length] = "w" + wave;
        rows.add(r);
      }
    }
    StringBuilder csv = new StringBuilder(
        "respondent,team,gender,PS1,PS2,PS3,PS4,PS5,PS6,PS7,wave\n");
    rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
    Path file = tmp.resolve("waves.csv");
    Files.writeString(file, csv);
    Cli.Result r = Cli.run("trend", file.toString(), "--wave", "wave", "--by", "gender",
        "-f", "json");
    assertEquals(0, r.code(), r.toString());
    JsonNode cut = JSON.readTree(r.out()).get("trend").get(0).get("cuts").get(0);
    assertEquals("gender", cut.get("by").asText());
    int shownChanges = 0;
    for (JsonNode g : cut.get("groups")) {
      JsonNode change = g.get("changes").get(0);
      boolean bothShown = !g.get("scores").get(0).get("suppressed").asBoolean()
          && !g.get("scores").get(1).get("suppressed").asBoolean();
      assertEquals(bothShown, !change.get("suppressed").asBoolean(), g.toString());
      assertEquals(bothShown, change.has("change"), g.toString());
      shownChanges += bothShown ? 1 : 0;
      if (bothShown) {
        assertTrue(change.get("pHolm").asDouble() >= change.get("p").asDouble(), g.toString());
      }
    }
    assertEquals(2, shownChanges, "women and men; the small groups are hidden");
    String table = Cli.run("trend", file.toString(), "--wave", "wave", "--by", "gender").out();
    assertTrue(table.contains("Changes by gender"), table);
  }

  @Test
  void usageErrors() throws Exception {
    Path file = write("survey.csv", people(1));
    Cli.Result cross = Cli.run("analyze", file.toString(), "--cross-teams");
    assertEquals(2, cross.code());
    assertTrue(cross.err().contains("--cross-teams crosses the --by columns"), cross.err());
    Cli.Result moved = Cli.run("analyze", file.toString(), "--by", "gender",
        "--missing", "listwise");
    assertEquals(2, moved.code());
    assertTrue(moved.err().contains("--by cannot be combined"), moved.err());
    Cli.Result batch = Cli.run("analyze", tmp.toString(), "--batch", "--output-dir",
        tmp.resolve("out").toString(), "--by", "gender");
    assertEquals(2, batch.code());
    assertTrue(batch.err().contains("--by cuts one survey or its waves"), batch.err());
    Cli.Result missing = Cli.run("analyze", file.toString(), "--by", "site");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no column 'site' (named by --by)"), missing.err());
  }
}
