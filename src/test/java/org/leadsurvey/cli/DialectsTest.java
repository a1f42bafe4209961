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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every platform's export of the same twelve answers (src/test/resources/dialects, see its
 * README for the documented formats) gives exactly the statistics of the plain CSV.
 */
class DialectsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code analyze -f json} of a test resource ({@code dialects/plain.csv}), which must succeed. */
  static JsonNode analyze(String resource, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", Cli.resource(resource), "-f", "json"));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    return JSON.readTree(r.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "qualtrics.csv         | -",
      "qualtrics-numeric.csv | -",
      "surveymonkey.csv      | Which team are you on?",
      "google-forms.csv      | -",
      "microsoft-forms.csv   | Which team are you on?",
      "excel-semicolon.csv   | Which team are you on?",
      "excel-unicode.txt     | Which team are you on?",
      "limesurvey.csv        | -"})
  void sameStatisticsAsThePlainCsv(String file, String team) throws IOException {
    JsonNode plain = analyze("dialects/plain.csv");
    JsonNode other = team == null ? analyze("dialects/" + file)
        : analyze("dialects/" + file, "--team", team);
    // Every number, team and warning of every scale, compared exactly.
    assertEquals(plain.get("scales"), other.get("scales"));
    JsonNode s = other.at("/scales/0");
    assertEquals(12, s.get("respondents").asInt());
    assertEquals("Nord", s.at("/teams/0/team").asText());
    assertEquals("Süd", s.at("/teams/1/team").asText());
    assertFalse(s.at("/teams/1/suppressed").asBoolean());
  }

  @Test
  void legacyQualtricsExportWithTwoHeaderRows() throws IOException {
    // The pre-2017 Qualtrics CSV: the same, without the ImportId row.
    String q = java.nio.file.Files.readString(Path.of(Cli.resource("dialects/qualtrics.csv")));
    List<String> lines = new ArrayList<>(List.of(q.split("\r\n")));
    lines.remove(2);
    Path legacy = Files.createTempFile("legacy-qualtrics", ".csv");
    try {
      Files.writeString(legacy, String.join("\r\n", lines) + "\r\n");
      Cli.Result r = Cli.run("analyze", legacy.toString(), "-f", "json");
      assertEquals(0, r.code(), r::toString);
      assertEquals(analyze("dialects/plain.csv").get("scales"),
          JSON.readTree(r.out()).get("scales"));
    } finally {
      Files.delete(legacy);
    }
  }

  @Test
  void plainCsvIsTheReference() throws IOException {
    // Computed with R 4.2.2, psych 2.2.9: d <- read.csv("plain.csv");
    // psych::alpha(d[, 3:9], keys = c("PS1", "PS3", "PS5"))$total$raw_alpha, and team means of
    // rowMeans(psych::reverse.code(c(-1, 1, -1, 1, -1, 1, 1), d[, 3:9], mini = 1, maxi = 7),
    // na.rm = TRUE) by d$team.
    JsonNode plain = analyze("dialects/plain.csv");
    assertEquals(12, plain.at("/input/rows").asInt());
    assertEquals(0.982204956910294, plain.at("/scales/0/reliability/alpha").asDouble(), 1e-12);
    assertEquals(5.56349206349206, plain.at("/scales/0/teams/0/mean").asDouble(), 1e-12);
    assertEquals(3.07142857142857, plain.at("/scales/0/teams/1/mean").asDouble(), 1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"qualtrics.csv", "surveymonkey.csv", "google-forms.csv", "microsoft-forms.csv",
      "limesurvey.csv"})
  void identifyingColumnsNeverReachAnyOutput(String file) throws IOException {
    Path dir = Files.createTempDirectory("leadsurvey-dialects");
    Cli.Result r = Cli.run("analyze", Cli.resource("dialects/" + file), "--team", teamOf(file),
        "--output-dir", dir.toString(), "--min-group", "1");
    assertEquals(0, r.code(), r::toString);
    StringBuilder all = new StringBuilder(r.out()).append(r.err());
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        all.append(Files.readString(p));
      }
    }
    String text = all.toString();
    for (String secret : List.of("@example.com", "203.0.113.", "198.51.100.", "192.0.2.1",
        "Jane", "Doe", "52.52")) {
      assertFalse(text.contains(secret), secret + " leaked into: " + text);
    }
  }

  private static String teamOf(String file) {
    return file.startsWith("surveymonkey") || file.startsWith("microsoft") ? "Which team are you on?" : "team";
  }
}
