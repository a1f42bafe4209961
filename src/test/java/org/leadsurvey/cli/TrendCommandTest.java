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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leadsurvey trend} on the shipped three-wave example (examples/waves). Expected numbers
 * were computed once with R 4.2.2 (psych 2.2.9) from the example files: person score = mean of
 * keyed items (PS1, PS3, PS5 reversed as 8 - x) when at least 4 of 7 are answered; then
 * {@code t.test(y, x, var.equal = FALSE)} for the change and its CI, Cohen's d with the pooled
 * sd by hand, the RCI as {@code (mean(y)-mean(x)) / sqrt(var(x)(1-ax)/nx + var(y)(1-ay)/ny)}
 * with {@code ax, ay = psych::alpha(items)$total$raw_alpha} of each wave.
 */
class TrendCommandTest {
  static final String Q1 = "examples/waves/2026-q1.csv";
  static final String Q2 = "examples/waves/2026-q2.csv";
  static final String Q3 = "examples/waves/2026-q3.csv";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static JsonNode team(JsonNode scale, String name) {
    for (JsonNode t : scale.get("teams")) {
      if (t.get("team").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no team " + name);
  }

  static JsonNode change(JsonNode group, String from, String to) {
    for (JsonNode c : group.get("changes")) {
      if (c.get("from").asText().equals(from) && c.get("to").asText().equals(to)) {
        return c;
      }
    }
    throw new AssertionError("no change " + from + " -> " + to + " in " + group);
  }

  static void assertChange(JsonNode c, double change, double lo, double hi, double df, double d,
      double rci) {
    assertFalse(c.get("suppressed").asBoolean(), c::toString);
    assertEquals(change, c.get("change").asDouble(), 1e-9);
    assertEquals(lo, c.get("ci95").get(0).asDouble(), 1e-9);
    assertEquals(hi, c.get("ci95").get(1).asDouble(), 1e-9);
    assertEquals(df, c.get("df").asDouble(), 1e-7);
    assertEquals(d, c.get("d").asDouble(), 1e-9);
    assertEquals(rci, c.get("rci").asDouble(), 1e-7);
    assertEquals(Math.abs(rci) > 1.96, c.get("rciBeyondError").asBoolean());
  }

  /**
   * Every published change's p and Holm-adjusted p against {@code trend/holm.R} (t.test and
   * p.adjust(method = "holm") over the teams reported in both waves; the organisation alone),
   * and the mark exactly where the adjusted p is below .05.
   */
  @Test
  void marksComeFromWelchPAfterHolmAsR() throws IOException {
    JsonNode s = JSON.readTree(Cli.run("trend", Q1, Q2, Q3, "-f", "json").out()).at("/trend/0");
    List<String> lines = Files.readAllLines(
        Path.of("src/test/resources/trend/expected-holm.csv"), StandardCharsets.UTF_8);
    int published = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      JsonNode group = f[0].equals("Organisation") ? s.get("organisation") : team(s, f[0]);
      JsonNode c = change(group, f[1], f[2]);
      assertFalse(c.get("suppressed").asBoolean(), line);
      assertEquals(Double.parseDouble(f[3]), c.get("p").asDouble(), 1e-9, line);
      assertEquals(Double.parseDouble(f[4]), c.get("pHolm").asDouble(), 1e-9, line);
      assertEquals(Double.parseDouble(f[4]) < 0.05, c.get("marked").asBoolean(), line);
      published++;
    }
    int shown = 0;
    for (JsonNode group : s.get("teams")) {
      for (JsonNode c : group.get("changes")) {
        shown += c.get("suppressed").asBoolean() ? 0 : 1;
      }
    }
    assertEquals(published, shown + s.get("organisation").get("changes").size(),
        "every published change is in the R file");
    // the issue's case: the organisation's q1 -> q2 change crosses zero and is not marked
    JsonNode org = change(s.get("organisation"), "2026-q1", "2026-q2");
    assertTrue(org.at("/ci95/0").asDouble() < 0 && org.at("/ci95/1").asDouble() > 0);
    assertFalse(org.get("marked").asBoolean());
  }

  @Test
  void trendMatchesROnTheExampleWaves() throws IOException {
    Cli.Result r = Cli.run("trend", Q1, Q2, Q3, "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode root = JSON.readTree(r.out());
    assertEquals(3, root.get("waves").size());
    assertEquals("2026-q1", root.at("/waves/0/wave").asText());
    assertTrue(root.at("/waves/0/scales").isMissingNode(), "trend JSON has no per-wave scales");
    JsonNode s = root.at("/trend/0");
    assertEquals("psych-safety", s.get("id").asText());
    // psych::alpha raw_alpha per wave
    assertEquals(0.882617717404421, s.at("/reliability/0/alpha").asDouble(), 1e-9);
    assertEquals(0.871999622100429, s.at("/reliability/1/alpha").asDouble(), 1e-9);
    assertEquals(0.888122336870835, s.at("/reliability/2/alpha").asDouble(), 1e-9);
    assertChange(change(team(s, "Customer Support"), "2026-q2", "2026-q3"),
        0.642979242979243, 0.0659356544439945, 1.22002283151449, 25.9166621643156,
        0.855080175993408, 6.64440975044779);
    assertChange(change(s.get("organisation"), "2026-q2", "2026-q3"),
        0.24570640913683, -0.0159598258427361, 0.507372644116397, 208.918834428521,
        0.254539561623566, 5.35300252007471);
    JsonNode firstToLast = change(team(s, "Sales EMEA"), "2026-q1", "2026-q3");
    assertEquals("first-to-last", firstToLast.get("comparison").asText());
    assertChange(firstToLast, -0.940476190476191, -1.58390752524492, -0.29704485570746,
        15.6039899569712, -1.38858871387477, -9.12800849132853);
  }

  @Test
  void aTeamHiddenInAWaveStaysHiddenAndNoChangeGivesItAway() throws IOException {
    JsonNode s = JSON.readTree(Cli.run("trend", Q1, Q2, Q3, "-f", "json").out()).at("/trend/0");
    JsonNode design = team(s, "Design"); // 4 people in 2026-q2: below --min-group 5
    JsonNode q2 = design.at("/scores/1");
    assertEquals("2026-q2", q2.get("wave").asText());
    assertEquals(Set.of("wave", "suppressed"), names(q2));
    assertTrue(q2.get("suppressed").asBoolean());
    for (String[] pair : new String[][] {{"2026-q1", "2026-q2"}, {"2026-q2", "2026-q3"}}) {
      JsonNode c = change(design, pair[0], pair[1]);
      assertEquals(Set.of("from", "to", "comparison", "suppressed", "reason"), names(c), c::toString);
      assertEquals("hidden in 2026-q2", c.get("reason").asText());
    }
    // first-to-last needs only q1 and q3, both reportable
    assertFalse(change(design, "2026-q1", "2026-q3").get("suppressed").asBoolean());
    // People & Culture is reportable only in q2: every change is withheld
    for (JsonNode c : team(s, "People & Culture").get("changes")) {
      assertTrue(c.get("suppressed").asBoolean(), c::toString);
    }
  }

  @Test
  void withheldChangesHaveNoNumbersInCsvOrText() {
    Cli.Result csv = Cli.run("trend", Q1, Q2, Q3, "-f", "csv");
    assertEquals(0, csv.code(), csv::toString);
    String[] lines = csv.out().split("\\R");
    assertEquals("scale,level,team,from_wave,to_wave,comparison,suppressed,reason,from_n,"
        + "from_mean,to_n,to_mean,change,ci_low,ci_high,df,p,p_holm,marked,d,rci,"
        + "rci_beyond_error", lines[0]);
    int withheld = 0;
    for (String line : lines) {
      if (line.startsWith("psych-safety,team,Design,2026-q1,2026-q2")
          || line.startsWith("psych-safety,team,People & Culture,")) {
        assertTrue(line.endsWith(",,,,,,,,,,,,,,"), line);
        withheld++;
      }
    }
    assertEquals(4, withheld);
    for (String format : new String[] {"table", "md"}) {
      Cli.Result r = Cli.run("trend", Q1, Q2, Q3, "-f", format);
      assertEquals(0, r.code(), r::toString);
      for (String line : r.out().split("\\R")) {
        if (line.contains("People & Culture") && line.contains("→")) {
          assertTrue(line.contains("not shown: hidden in"), line);
          assertFalse(line.matches(".*\\d\\.\\d\\d.*"), line);
        }
      }
    }
  }

  @Test
  void aWaveColumnGivesTheSameTrendAsOneFilePerWave() throws IOException {
    Path all = tmp.resolve("all.csv");
    List<String> out = new ArrayList<>();
    out.add("quarter," + Files.readAllLines(Path.of(Q1)).get(0));
    for (String[] f : new String[][] {{"Q3", Q3}, {"Q1", Q1}, {"Q2", Q2}}) {
      Files.readAllLines(Path.of(f[1])).stream().skip(1).forEach(l -> out.add(f[0] + "," + l));
    }
    Files.write(all, out, StandardCharsets.UTF_8);
    JsonNode byColumn = JSON.readTree(Cli.run("trend", all.toString(), "--wave", "quarter",
        "-f", "json").out());
    JsonNode byFile = JSON.readTree(Cli.run("trend", Q1, Q2, Q3, "--wave-names", "Q1,Q2,Q3",
        "-f", "json").out());
    assertEquals("Q1", byColumn.at("/waves/0/wave").asText()); // natural order, not file order
    assertEquals(byFile.get("trend"), byColumn.get("trend"));
    // --wave-names gives the order with --wave
    JsonNode reordered = JSON.readTree(Cli.run("trend", all.toString(), "--wave", "quarter",
        "--wave-names", "Q3,Q2,Q1", "-f", "json").out());
    assertEquals("Q3", reordered.at("/waves/0/wave").asText());
    Cli.Result unlisted = Cli.run("trend", all.toString(), "--wave", "quarter",
        "--wave-names", "Q1,Q2");
    assertEquals(2, unlisted.code(), unlisted::toString);
    assertTrue(unlisted.err().contains("'Q3', which --wave-names does not list"), unlisted::toString);
  }

  @Test
  void usageAndInputErrorsExitWithTwo() {
    Cli.Result one = Cli.run("trend", Q1);
    assertEquals(2, one.code(), one::toString);
    assertTrue(one.err().contains("a trend needs at least 2"), one::toString);
    Cli.Result names = Cli.run("trend", Q1, Q2, "--wave-names", "a,b,c");
    assertEquals(2, names.code());
    assertTrue(names.err().contains("--wave-names gives 3 names for 2 files"), names::toString);
    Cli.Result same = Cli.run("trend", Q1, Q1);
    assertEquals(2, same.code());
    assertTrue(same.err().contains("two waves would be named '2026-q1'"), same::toString);
    Cli.Result missing = Cli.run("trend", Q1, "examples/waves/nope.csv");
    assertEquals(2, missing.code());
    assertEquals(1, missing.err().strip().lines().count(), missing::toString);
    assertTrue(missing.err().contains("nope.csv: no such file"), missing::toString);
    Cli.Result col = Cli.run("trend", Q1, "--wave", "quarter");
    assertEquals(2, col.code());
    assertTrue(col.err().contains("no column 'quarter'"), col::toString);
  }

  @Test
  void anEmptyWaveCellIsAnErrorNamingLineAndColumn() throws IOException {
    Path f = tmp.resolve("mixed.csv");
    Files.writeString(f, "quarter,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "Q1,A,1,2,3,4,5,6,7\n,A,1,2,3,4,5,6,7\n");
    Cli.Result r = Cli.run("trend", f.toString(), "--wave", "quarter");
    assertEquals(2, r.code(), r::toString);
    assertEquals("leadsurvey: " + f + ":3: column 1 (quarter): empty quarter (every row needs one"
        + " to be counted in a wave)", r.err().strip());
  }

  @Test
  void outputFileIsWrittenAtomicallyInTheChosenFormat() throws IOException {
    Path md = tmp.resolve("trend.md");
    Cli.Result r = Cli.run("trend", Q1, Q2, Q3, "-f", "md", "-o", md.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    String text = Files.readString(md);
    assertTrue(text.startsWith("# Survey trend"), text);
    assertTrue(text.contains("| Design | 2026-q1 → 2026-q2 |  |  |  |  | not shown: hidden in 2026-q2 |"),
        text);
  }

  @Test
  void outputDirHoldsOneFolderPerWavePlusTrendFiles() throws IOException {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("trend", "examples/waves", "--output-dir", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    for (String w : new String[] {"2026-q1", "2026-q2", "2026-q3"}) {
      for (String f : new String[] {"teams.csv", "reliability.csv", "items.csv",
          "aggregation.csv", "analysis.json"}) {
        assertTrue(Files.exists(out.resolve(w).resolve(f)), w + "/" + f);
      }
    }
    assertTrue(Files.readString(out.resolve("trend.csv")).startsWith("scale,level,team,"));
    JsonNode trend = JSON.readTree(out.resolve("trend.json").toFile());
    assertEquals(3, trend.get("waves").size());
    // the wave folder's teams.csv hides Design in q2 as the single-file analysis does
    assertTrue(Files.readString(out.resolve("2026-q2/teams.csv"))
        .contains("psych-safety,team,Design,,true,,,,,,"));
  }

  private static Set<String> names(JsonNode n) {
    Set<String> s = new TreeSet<>();
    n.fieldNames().forEachRemaining(s::add);
    return s;
  }
}
