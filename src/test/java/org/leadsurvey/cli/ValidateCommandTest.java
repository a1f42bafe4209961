package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsurvey validate}: what it finds, and its exit codes 0, 1 (--strict) and 2. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String HEADER = "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";

  @TempDir Path tmp;

  private String file(String content) throws IOException {
    Path f = tmp.resolve("survey.csv");
    Files.writeString(f, content);
    return f.toString();
  }

  private static String rows(String team, int from, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      s.append("r").append(i).append(',').append(team).append(",2,6,3,5,2,6,").append(1 + i % 7).append('\n');
    }
    return s.toString();
  }

  @Test
  void cleanFileExits0AndShowsTheMapping() {
    Cli.Result r = Cli.run("validate", Cli.resource("dialects/plain.csv"));
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Dialect plain (1 header row), encoding UTF-8, delimiter ','"), r.out());
    assertTrue(r.out().contains("    3  PS1         item PS1"), r.out());
    assertTrue(r.out().contains("    1  respondent  respondent-id"), r.out());
    assertTrue(r.out().contains("Rows: 12 read, 12 accepted, 0 dropped, 0 with errors"), r.out());
    assertTrue(r.out().strip().endsWith("Clean."), r.out());
    assertEquals("", r.err());
  }

  @Test
  void qualtricsJsonNamesDialectColumnsAndDroppedRows() throws IOException {
    Cli.Result r = Cli.run("validate", Cli.resource("dialects/qualtrics.csv"), "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode j = JSON.readTree(r.out());
    assertEquals("clean", j.get("status").asText());
    assertEquals("qualtrics", j.get("dialect").asText());
    assertEquals(3, j.get("headerRows").asInt());
    assertEquals("Q1_1", j.at("/columns/17/name").asText());
    assertEquals("PS1", j.at("/columns/17/item").asText());
    assertEquals("identifying", j.at("/columns/3/role").asText()); // IPAddress
    assertEquals("duration", j.at("/columns/5/role").asText());
    assertEquals(14, j.at("/rows/read").asInt());
    assertEquals(12, j.at("/rows/accepted").asInt());
    assertEquals(1, j.at("/rows/dropped/unfinished").asInt());
    assertEquals(1, j.at("/rows/dropped/preview, test or spam response").asInt());
    assertFalse(r.out().contains("203.0.113"), "no identifying values");
  }

  @Test
  void warningsOnlyExit0Or1WithStrictAndHiddenTeamsAreCountedNeverNamed() throws IOException {
    // PS7 never answered; team "small" has 2 people, so "big" (6) is hidden with it.
    String content = HEADER + (rows("big", 1, 6) + rows("large", 7, 14) + rows("small", 21, 2))
        .replaceAll(",\\d\n", ",\n");
    Cli.Result r = Cli.run("validate", file(content));
    assertEquals(0, r.code(), r::toString);
    Cli.Result strict = Cli.run("validate", file(content), "--strict");
    assertEquals(1, strict.code(), strict::toString);
    assertEquals(r.out(), strict.out(), "--strict changes the exit code only");
    assertTrue(r.out().contains("survey.csv: never answered: PS7"), r.out());
    assertTrue(r.out().contains("survey.csv: 2 teams under the reporting size of 5 (or hidden"
        + " with them so that they cannot be worked out), hidden in every output"), r.out());
    assertFalse(r.out().contains("small"), "no hidden team is named");
    assertFalse(r.out().contains("big"), "no hidden team is named");
    assertTrue(r.out().strip().endsWith("Warnings only."), r.out());
    JsonNode j = JSON.readTree(Cli.run("validate", file(content), "-f", "json").out());
    assertEquals("warnings", j.get("status").asText());
    assertEquals(2, j.get("hiddenTeams").asInt());
    assertFalse(j.toString().contains("small"), j::toString);
    assertEquals("PS7", j.at("/neverAnswered/0").asText());
  }

  @Test
  void errorsExit2WithEveryBadValueByLine() throws IOException {
    String content = HEADER + rows("a", 1, 5) + "r9,a,1,2,9,4,5,6,7\nr10,a,1,2,3,4,5,6\n"
        + "r11,a,x,2,3,4,5,6,7\n";
    Cli.Result r = Cli.run("validate", file(content));
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.out().contains("Errors (3)"), r.out());
    assertTrue(r.out().contains("survey.csv:7: column 5 (PS3): value \"9\" is outside the scale 1..7"), r.out());
    assertTrue(r.out().contains("survey.csv:8: the row has 8 fields but the header has 9"), r.out());
    assertTrue(r.out().contains("survey.csv:9: column 3 (PS1): value \"x\" is not a number"), r.out());
    assertTrue(r.out().contains("Rows: 8 read, 5 accepted, 0 dropped, 3 with errors"), r.out());
    JsonNode j = JSON.readTree(Cli.run("validate", file(content), "-f", "json").out());
    assertEquals("errors", j.get("status").asText());
    assertEquals(7, j.at("/errors/0/line").asInt());
    assertEquals("5 (PS3)", j.at("/errors/0/column").asText());
  }

  @Test
  void missingItemColumnIsAnError() throws IOException {
    Cli.Result r = Cli.run("validate", file("team,PS1,PS2\na,1,2\n"));
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.out().contains("survey.csv:1: no columns PS3, PS4, PS5, PS6, PS7"), r.out());
  }

  @Test
  void readsStandardInputAndWritesAFile() throws IOException {
    Path out = tmp.resolve("report.json");
    Cli.Result r = Cli.withStdin(HEADER + rows("a", 1, 5), "validate", "-", "-f", "json", "-o", out.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("<stdin>", JSON.readTree(Files.readString(out)).get("file").asText());
  }

  @Test
  void screeningListsLineNumbersNeverAnswers() throws IOException {
    Cli.Result r = Cli.run("validate", ScreeningCliTest.timedFile(tmp), "--screen", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode j = JSON.readTree(r.out());
    // straight is data row 61 (line 62), random line 63, speeder line 64 (respondents.csv)
    assertTrue(j.at("/screening/rules/longstring/lines").toString().contains("62"), r.out());
    assertTrue(j.at("/screening/rules/mahalanobis/lines").toString().contains("63"), r.out());
    assertEquals("[64]", j.at("/screening/rules/speeder/lines").toString(), r.out());
    assertFalse(r.out().contains("\"PS1\" :"), "no answers");
  }

  @Test
  void helpSaysItHoldsTheIds() {
    Cli.Result r = Cli.run("validate", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("Holds a fingerprint of every respondent id in memory"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("Exit codes: 0 clean or warnings only (a small team is normal data), 1 warnings with --strict, 2 errors"), r.out());
  }
}
