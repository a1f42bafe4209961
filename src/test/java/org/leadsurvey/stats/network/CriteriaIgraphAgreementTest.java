package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several criteria: agreement with igraph and R on six random teams of 3 to 10 people rated on
 * three criteria, each with its own gaps, one person never rated on criterion C. Expected
 * values: src/test/resources/network/criteria-expected.csv and criteria-overlap.csv, computed
 * with R 4.2.2 and igraph 1.3.5 by criteria-fixtures.R in the same folder (edge_density,
 * centr_degree, centralize(strength), reciprocity; cor(use = "complete.obs")), from
 * criteria-ratings.csv there. Tolerance 1e-12.
 */
class CriteriaIgraphAgreementTest {
  static final double EPS = 1e-12;

  private static List<NamedCsvRecord> read(String name) throws IOException {
    try (InputStream in = CriteriaIgraphAgreementTest.class.getResourceAsStream(
        "/network/" + name);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder()
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return csv.stream().toList();
    }
  }

  private static Map<String, PeerRatings> teams() throws IOException {
    Map<String, PeerRatings> byTeam = new LinkedHashMap<>();
    for (NamedCsvRecord r : read("criteria-ratings.csv")) {
      byTeam.computeIfAbsent(r.getField("team"), t -> new PeerRatings(t, 1, 5))
          .add(r.getField("criterion"), r.getField("rater"), r.getField("ratee"),
              Double.parseDouble(r.getField("rating")));
    }
    return byTeam;
  }

  @Test
  void everyTeamAndCriterionMatchesIgraph() throws IOException {
    Map<String, PeerRatings> teams = teams();
    List<NamedCsvRecord> expected = read("criteria-expected.csv");
    assertEquals(18, expected.size());
    for (NamedCsvRecord e : expected) {
      String where = e.getField("team") + " " + e.getField("criterion");
      NetworkMetrics m = NetworkMetrics.of(teams.get(e.getField("team"))
          .network(e.getField("criterion")), 4);
      assertEquals(Integer.parseInt(e.getField("n")), m.n(), where);
      assertEquals(Integer.parseInt(e.getField("raters")), m.raters(), where);
      assertEquals(Long.parseLong(e.getField("observed")), m.observedDyads(), where);
      check(e, "responseRate", m.responseRate(), where);
      check(e, "density", m.density(), where);
      check(e, "densityBinary", m.densityBinary(), where);
      check(e, "centralization", m.centralization(), where);
      check(e, "valuedCentralization", m.valuedCentralization(), where);
      check(e, "reciprocity", m.reciprocity(), where);
    }
  }

  @Test
  void overlapMatchesCor() throws IOException {
    Map<String, PeerRatings> teams = teams();
    List<NamedCsvRecord> expected = read("criteria-overlap.csv");
    assertEquals(18, expected.size());
    for (NamedCsvRecord e : expected) {
      PeerRatings t = teams.get(e.getField("team"));
      String where = e.getField("team") + " " + e.getField("a") + "/" + e.getField("b");
      CriterionOverlap.Result r = CriterionOverlap.of(t.network(e.getField("a")),
          t.network(e.getField("b")));
      assertEquals(Long.parseLong(e.getField("dyads")), r.dyads(), where);
      check(e, "r", r.r(), where);
    }
  }

  private static void check(NamedCsvRecord e, String column, double actual, String where) {
    if (e.getField(column).equals("NA")) {
      assertTrue(Double.isNaN(actual), where + " " + column + ": " + actual);
    } else {
      assertEquals(Double.parseDouble(e.getField(column)), actual, EPS, where + " " + column);
    }
  }
}
