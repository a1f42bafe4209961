package org.leadsurvey.stats.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with igraph on eight random teams of 2 to 12 people, some with missing dyads.
 * Expected values: src/test/resources/network/expected.csv, computed with R 4.2.2 and igraph
 * 1.3.5 by igraph-fixtures.R in the same folder (centr_degree(g, mode = "in", loops = FALSE),
 * reciprocity(g), edge_density(g), centralize(strength(...)); see the script), from
 * ratings.csv there. Tolerance 1e-12.
 */
class IgraphAgreementTest {
  static final double EPS = 1e-12;

  static List<NamedCsvRecord> expected() throws IOException {
    return read("expected.csv");
  }

  private static List<NamedCsvRecord> read(String name) throws IOException {
    try (InputStream in = IgraphAgreementTest.class.getResourceAsStream("/network/" + name);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder()
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return csv.stream().toList();
    }
  }

  private static Map<String, PeerNetwork> networks() throws IOException {
    Map<String, PeerRatings> byTeam = new LinkedHashMap<>();
    for (NamedCsvRecord r : read("ratings.csv")) {
      byTeam.computeIfAbsent(r.getField("team"), t -> new PeerRatings(t, 1, 5))
          .add(r.getField("rater"), r.getField("ratee"), Double.parseDouble(r.getField("rating")));
    }
    Map<String, PeerNetwork> out = new LinkedHashMap<>();
    byTeam.forEach((t, r) -> out.put(t, r.network()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("teams")
  void matchesIgraph(String team, NamedCsvRecord e) throws IOException {
    NetworkMetrics m = NetworkMetrics.of(networks().get(team), 4);
    assertEquals(Integer.parseInt(e.getField("n")), m.n());
    assertEquals(Long.parseLong(e.getField("observed")), m.observedDyads());
    assertEquals(d(e, "responseRate"), m.responseRate(), EPS);
    assertEquals(d(e, "density"), m.density(), EPS);
    assertEquals(d(e, "densityBinary"), m.densityBinary(), EPS);
    assertEquals(d(e, "centralization"), m.centralization(), EPS);
    assertEquals(d(e, "valuedCentralization"), m.valuedCentralization(), EPS);
    assertEquals(d(e, "reciprocity"), m.reciprocity(), EPS);
  }

  static List<Object[]> teams() throws IOException {
    return expected().stream().map(r -> new Object[] {r.getField("team"), r}).toList();
  }

  private static double d(NamedCsvRecord r, String column) {
    return Double.parseDouble(r.getField(column));
  }
}
