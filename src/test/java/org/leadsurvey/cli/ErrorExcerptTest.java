package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error messages quote data only as short excerpts (issue 17). */
class ErrorExcerptTest {
  static final String HEADER = "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";

  @TempDir Path tmp;

  private Cli.Result analyze(String content, String... extra) throws IOException {
    return Cli.onFile(tmp.resolve("survey.csv"), content, "analyze", List.of(), extra);
  }

  @Test
  void aHugeBadCellGivesAShortError() throws IOException {
    Cli.Result r = analyze(HEADER + "r1,a,1,2," + "x".repeat(5_000_000) + ",4,5,6,7\n");
    Cli.assertOneLineError(r, "survey.csv:2: column 5 (PS3): value \"xxxx", "…\" is not a number");
    assertTrue(r.err().length() < 400, () -> r.err().length() + " characters");
  }

  @Test
  void aHeaderThatSwallowedRowsDoesNotPrintAnswers() throws IOException {
    Cli.Result r = analyze("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,\"PS7\n"
        + "secret-id,Secret Team,1,2,3,4,5,6,7\nother,x,7,6,5,4,3,2,1\"\nr3,a,1,1,1,1,1,1,1\n");
    Cli.assertOneLineError(r, "survey.csv:1: no column PS7", "the header has: ", "PS7…");
    assertFalse(r.err().contains("secret-id"), r.err());
    assertFalse(r.err().contains("Secret Team"), r.err());
  }

  @Test
  void aHugeHeaderNameAndManyColumnsGiveAShortError() throws IOException {
    StringBuilder h = new StringBuilder("y".repeat(1_000_000));
    for (int i = 0; i < 10_000; i++) {
      h.append(",c").append(i);
    }
    Cli.Result r = analyze(h + "\n1\n");
    Cli.assertOneLineError(r, "the header has: yyyy", "(10001 columns)");
    assertTrue(r.err().length() < 2000, () -> r.err().length() + " characters");
  }

  @Test
  void aBadCellWithControlCharactersIsQuotedEscaped() throws IOException {
    Cli.Result r = analyze(HEADER + "r1,a,1,2,\"\u001b]0;x\u0007\",4,5,6,7\n");
    Cli.assertOneLineError(r, "value \"\\u001B]0;x\\u0007\"");
  }
}
