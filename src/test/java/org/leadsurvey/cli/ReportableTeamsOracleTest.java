package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * F, p, ICC(1) and ICC(2) over the reported teams only, end to end, against R's {@code aov} and
 * {@code multilevel::ICC1/ICC2} on the same subset ({@code oracle/reportable-teams/oracle.R}),
 * and the hidden teams against the same rules written in R.
 */
class ReportableTeamsOracleTest {
  private static final double CLOSED = 1e-9;
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<NamedCsvRecord> cases() throws IOException {
    Path file = Path.of(Cli.resource("oracle/reportable-teams/expected-aggregation.csv"));
    List<NamedCsvRecord> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      csv.forEach(rows::add);
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aggregationOverReportedTeamsMatchesR(NamedCsvRecord e) throws IOException {
    String file = switch (e.getField("case")) {
      case "unteamed-k5" -> "oracle/reportable-teams/responses-unteamed.csv";
      case "complementary-k5" -> "oracle/reportable-teams/responses-complementary.csv";
      default -> "oracle/acme-psafety/responses.csv";
    };
    Cli.Result r = Cli.run("analyze", Cli.resource(file), "-f", "json", "--min-group",
        e.getField("min_group"));
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out()).at("/scales/0");
    JsonNode a = s.get("aggregation");
    assertEquals("reported teams", a.get("basis").asText());
    assertEquals(Integer.parseInt(e.getField("teams")), a.get("teams").asInt());
    assertEquals(Long.parseLong(e.getField("people")), a.get("people").asLong());
    assertEquals(Double.parseDouble(e.getField("f")), a.get("f").asDouble(), CLOSED, "F");
    assertEquals(Double.parseDouble(e.getField("df_between")), a.get("dfBetween").asDouble(), 0);
    assertEquals(Double.parseDouble(e.getField("df_within")), a.get("dfWithin").asDouble(), 0);
    assertEquals(Double.parseDouble(e.getField("p")), a.get("p").asDouble(), 1e-15, "p");
    assertEquals(Double.parseDouble(e.getField("icc1")), a.get("icc1").asDouble(), CLOSED);
    assertEquals(Double.parseDouble(e.getField("icc2")), a.get("icc2").asDouble(), CLOSED);
    TreeSet<String> hidden = new TreeSet<>();
    s.get("teams").forEach(t -> {
      if (t.get("suppressed").asBoolean()) {
        hidden.add(t.get("team").asText());
      }
    });
    assertEquals(new TreeSet<>(List.of(e.getField("hidden_teams").split(";"))), hidden);
  }
}
