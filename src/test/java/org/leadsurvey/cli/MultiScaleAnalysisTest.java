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
 * {@code analyze -i team-climate}: every subscale analyzed, and the correlations between scale
 * scores, against R (oracle/team-climate/oracle.R: R 4.2.2, psych 2.2.9,
 * {@code cor(scores, use = "pairwise.complete.obs")} and {@code psych::alpha}).
 */
class MultiScaleAnalysisTest {
  static final String DATA = Cli.resource("oracle/team-climate/responses.csv");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void everySubscaleIsAnalyzedWithRsAlpha() throws IOException {
    Cli.Result r = Cli.run("analyze", DATA, "-i", "team-climate", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode scales = JSON.readTree(r.out()).get("scales");
    List<String[]> expected = rows("oracle/team-climate/expected-alpha.csv");
    assertEquals(expected.size(), scales.size());
    for (int s = 0; s < expected.size(); s++) {
      assertEquals(expected.get(s)[0], scales.get(s).get("id").asText());
      assertEquals(Double.parseDouble(expected.get(s)[1]),
          scales.get(s).at("/reliability/alpha").asDouble(), 1e-9, expected.get(s)[0]);
    }
  }

  @Test
  void scaleCorrelationsMatchR() throws IOException {
    Cli.Result r = Cli.run("analyze", DATA, "-i", "team-climate", "-f", "json");
    JsonNode pairs = JSON.readTree(r.out()).get("scaleCorrelations");
    List<String[]> expected = rows("oracle/team-climate/expected-scale-correlations.csv");
    assertEquals(expected.size(), pairs.size());
    for (int p = 0; p < expected.size(); p++) {
      String[] e = expected.get(p);
      JsonNode got = pairs.get(p);
      assertEquals(e[0], got.get("x").asText());
      assertEquals(e[1], got.get("y").asText());
      assertEquals(Double.parseDouble(e[2]), got.get("r").asDouble(), 1e-9, e[0] + "~" + e[1]);
      assertEquals(Long.parseLong(e[3]), got.get("n").asLong(), e[0] + "~" + e[1]);
    }
  }

  @Test
  void outputDirHasTheCorrelationTable() throws IOException {
    Path dir = tmp.resolve("out");
    Cli.Result r = Cli.run("analyze", DATA, "-i", "team-climate", "--output-dir", dir.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> lines = Files.readAllLines(dir.resolve("scale-correlations.csv"));
    assertEquals("scale_x,scale_y,r,n", lines.get(0));
    assertEquals(11, lines.size());
    String[] first = lines.get(1).split(",");
    assertEquals("psych-safety", first[0]);
    assertEquals("team-learning", first[1]);
    assertEquals(0.467866598218, Double.parseDouble(first[2]), 1e-9);
    assertEquals("81", first[3]);
  }

  @Test
  void tableAndMarkdownShowTheCorrelationMatrix() {
    for (String format : new String[] {"table", "md"}) {
      Cli.Result r = Cli.run("analyze", DATA, "-i", "team-climate", "-f", format);
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.out().contains("Correlations between scale scores"), format);
      // psych-safety ~ inclusion: r = 0.644413933876 (R), shown to two decimals
      String row = r.out().lines().filter(l -> l.contains("inclusion") && l.contains("0.64"))
          .findFirst().orElse("");
      assertTrue(row.contains("0.52"), format + ": " + row); // team-learning ~ inclusion
    }
  }

  @Test
  void oneScaleHasNoCorrelations() throws IOException {
    Cli.Result r = Cli.run("analyze", AnalyzeCommandTest.ACME, "-f", "json");
    assertEquals(0, JSON.readTree(r.out()).get("scaleCorrelations").size());
    assertFalse(Cli.run("analyze", AnalyzeCommandTest.ACME, "-f", "md").out()
        .contains("Correlations between scale scores"));
  }

  private static List<String[]> rows(String resource) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(Cli.resource(resource)));
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
  }
}
