package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gets one clear line naming file, line and column, and exit 2. */
class BadInputTest {
  static final String HEADER = "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";
  static final String GOOD = "r1,a,1,2,3,4,5,6,7\n";

  @TempDir Path tmp;

  private Cli.Result analyze(String content, String... extra) throws IOException {
    return Cli.onFile(tmp.resolve("survey.csv"), content, "analyze", List.of(), extra);
  }


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "out of range | r2,a,1,2,9,4,5,6,7 | survey.csv:3: column 5 (PS3): value \"9\" is outside the scale 1..7",
      "zero         | r2,a,0,2,3,4,5,6,7 | survey.csv:3: column 3 (PS1): value \"0\" is outside the scale 1..7",
      "not a number | r2,a,1,2,3,x,5,6,7 | survey.csv:3: column 6 (PS4): value \"x\" is not a number",
      "decimal      | r2,a,1,2,3,4.5,5,6,7 | survey.csv:3: column 6 (PS4): value \"4.5\" is not one of the answer options 1..7",
      "ragged short | r2,a,1,2,3,4,5,6 | survey.csv:3: the row has 8 fields but the header has 9",
      "ragged long  | r2,a,1,2,3,4,5,6,7,8 | survey.csv:3: the row has 10 fields but the header has 9"})
  void badValuesNameFileLineAndColumn(String what, String row, String message) throws IOException {
    Cli.assertOneLineError(analyze(HEADER + GOOD + row + "\n"), message);
  }

  @Test
  void countsFurtherErrorsOnTheSameLine() throws IOException {
    Cli.Result r = analyze(HEADER + "r2,a,9,9,9,4,5,6,7\n");
    Cli.assertOneLineError(r, "survey.csv:2: column 3 (PS1)", "(and 2 more errors)");
  }

  @Test
  void labelsOfTheScaleAreAccepted() throws IOException {
    Cli.Result r = analyze(HEADER + "r0,a,very accurate,Accurate,1,2,3,4,5\n" + GOOD
        + GOOD.replace("r1", "r2") + GOOD.replace("r1", "r3") + GOOD.replace("r1", "r4"));
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void missingFile() {
    Cli.assertOneLineError(Cli.run("analyze", tmp.resolve("nope.csv").toString()), "nope.csv: no such file");
  }

  @Test
  void emptyFile() throws IOException {
    Cli.assertOneLineError(analyze(""), "survey.csv: the file is empty");
  }

  @Test
  void headerOnly() throws IOException {
    Cli.assertOneLineError(analyze(HEADER), "survey.csv: no responses: the file has a header row only");
  }

  @Test
  void missingItemColumn() throws IOException {
    Cli.assertOneLineError(analyze("team,PS1,PS2,PS3,PS5,PS6,PS7\na,1,2,3,5,6,7\n"),
        "survey.csv:1: no column PS4 (instrument psych-safety needs PS1, PS2");
  }

  @Test
  void missingExplicitTeamColumn() throws IOException {
    Cli.assertOneLineError(analyze(HEADER + GOOD, "--team", "Department"),
        "survey.csv:1: no team column 'Department'");
  }

  @Test
  void unclosedQuote() throws IOException {
    Cli.assertOneLineError(analyze(HEADER + GOOD + "r2,\"a,1,2,3,4,5,6,7\n"), "survey.csv:3:",
        "a quoted field is never closed");
  }

  @Test
  void unclosedQuoteInTheLastFieldWithoutLineBreak() throws IOException {
    // FastCSV would hand on "7" as the answer: the quote tracker catches it.
    Cli.assertOneLineError(analyze(HEADER + GOOD + "r2,a,1,2,3,4,5,6,\"7"), "survey.csv:3:",
        "a quoted field is never closed");
  }

  @Test
  void quotedFieldsWithLineBreaksAreData() throws IOException {
    Cli.Result r = analyze("team,\"PS1\",PS2,PS3,PS4,PS5,PS6,PS7\n"
        + "\"a\nb\",1,2,3,4,5,6,\"7\"\n", "--min-group", "1", "-f", "csv");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("\"a\nb\""), r.out());
  }

  @Test
  void anotherEncoding() throws IOException {
    Path f = tmp.resolve("latin.csv");
    Files.write(f, (HEADER + "r1,Équipe Süd,1,2,3,4,5,6,7\n").getBytes(Charset.forName("windows-1252")));
    Cli.Result guessed = Cli.run("analyze", f.toString(), "--min-group", "1", "-f", "csv");
    assertEquals(0, guessed.code(), guessed::toString);
    assertTrue(guessed.out().contains("Équipe Süd"), guessed.out());
    assertTrue(guessed.err().contains("latin.csv: the file is not valid UTF-8; read it as Windows-1252"),
        guessed.err());
    Cli.Result ok = Cli.run("analyze", f.toString(), "--encoding", "windows-1252", "--min-group", "1", "-f", "csv");
    assertEquals(0, ok.code(), ok::toString);
    assertTrue(ok.out().contains("Équipe Süd"), ok.out());
  }

  @Test
  void utf8ByteOrderMarkIsIgnored() throws IOException {
    Cli.Result r = analyze("\uFEFF" + HEADER + GOOD);
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void unknownInstrument() {
    Cli.assertOneLineError(Cli.run("analyze", AnalyzeCommandTest.ACME, "-i", "nope"),
        "unknown instrument 'nope'; built in: psych-safety");
  }

  @Test
  void directoryInsteadOfFile() {
    Cli.assertOneLineError(Cli.run("analyze", tmp.toString()), "is a directory");
  }

  @Test
  void usageErrorsGiveAHintAndExit2() {
    Cli.Result r = Cli.run("analyze", AnalyzeCommandTest.ACME, "--format", "pdf");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--format"), r.err());
    assertTrue(r.err().contains("Try 'leadsurvey analyze --help'"), r.err());
    Cli.Result items = Cli.run("analyze", AnalyzeCommandTest.ACME, "--items", "PS1,PS2");
    assertEquals(2, items.code());
    assertTrue(items.err().contains("--items needs --scale"), items.err());
    // No FILE reads standard input (HabitsTest): here an empty one, reported as such.
    Cli.Result noFile = Cli.run("analyze");
    assertEquals(2, noFile.code());
    assertTrue(noFile.err().startsWith("leadsurvey: <stdin>"), noFile.err());
  }

  @Test
  void aMinGroupBelowThreeIsWarnedAbout() throws IOException {
    String rows = HEADER + GOOD + GOOD.replace("r1", "r2") + GOOD.replace("r1", "r3");
    for (String n : List.of("1", "2")) {
      Cli.Result r = analyze(rows, "--min-group", n);
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.err().contains("warning: --min-group " + n), r::toString);
    }
    assertFalse(analyze(rows, "--min-group", "3").err().contains("--min-group"));
  }

  /** Found by FuzzTest: a second Qualtrics header row longer than the first (exit 70 before). */
  @Test
  void aLongerSecondHeaderRowIsABadInputNotACrash() {
    Cli.assertOneLineError(Cli.run("analyze", Cli.resource("fuzz/qualtrics-ragged-header.csv"),
        "--dialect", "qualtrics"), "qualtrics-ragged-header.csv:3: the row has 2 fields");
  }

  /** --wave naming the team or an item column: the waves it makes, or one line (issue 17). */
  @Test
  void aWaveColumnThatIsTheTeamOrAnItemIsNoInternalError() {
    String survey = "examples/team-survey.csv";
    for (String wave : List.of("team", "PS1", "respondent")) {
      for (String format : List.of("table", "csv", "json", "md")) {
        Cli.Result r = Cli.run("analyze", survey, "--wave", wave, "-f", format);
        assertTrue(r.code() == 0 || r.code() == 2 && r.err().strip().lines().count() == 1,
            r::toString);
      }
    }
  }
}
