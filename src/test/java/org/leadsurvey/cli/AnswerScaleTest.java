package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answer scales have at most 101 options, checked wherever a scale comes from; answers are the
 * scale's own codes and labels, not whatever Java reads as a number (issue 17).
 */
class AnswerScaleTest {
  static final String HEADER = "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n";

  @TempDir Path tmp;

  private Path survey() throws IOException {
    return Files.writeString(tmp.resolve("s.csv"), "respondent,team,Q1,Q2\nr1,a,1,2\nr2,a,2,1\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0..2147483647", "1..2147483647", "1..100000000",
      "-2147483648..2147483647", "0..101", "1..99999999999"})
  void anAnalyzeScaleWithTooManyOptionsIsRefused(String scale) throws IOException {
    usageError(Cli.run("analyze", survey().toString(), "--items", "Q1,Q2", "--scale", scale),
        "--scale: the scale " + scale);
  }

  /** A usage error: exit 2, its line, then the pointer to --help. */
  private static void usageError(Cli.Result r, String expected) {
    assertEquals(2, r.code(), r::toString);
    assertEquals("", r.out());
    org.junit.jupiter.api.Assertions.assertTrue(r.err().lines().findFirst().orElse("")
        .contains(expected), r::toString);
    org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("--help"), r::toString);
  }

  @Test
  void theWidestScaleIsAccepted() throws IOException {
    Cli.Result r = Cli.run("analyze", survey().toString(), "--items", "Q1,Q2", "--scale",
        "0..100", "--min-group", "1");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void aNetworkScaleWithTooManyOptionsIsRefused() {
    usageError(Cli.run("network", "examples/peer-ratings.csv", "--scale", "1..2147483647"),
        "at most 101");
  }

  @Test
  void anInstrumentWithTooManyOptionsFailsEveryCommand() throws IOException {
    String yaml = Files.readString(Path.of("surveys/psych-safety.yaml"))
        .replaceFirst("max: 7\n  labels:\n(    - .*\n)+", "max: 2147483647\n");
    Path f = Files.writeString(tmp.resolve("wide.yaml"), yaml);
    for (List<String> args : List.of(List.of("instruments", "check", f.toString()),
        List.of("generate", f.toString()), List.of("simulate", "-i", f.toString(), "-n", "10"),
        List.of("analyze", "examples/team-survey.csv", "-i", f.toString()))) {
      Cli.assertOneLineError(Cli.run(args.toArray(String[]::new)), "wide.yaml:", "at most 101");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"3d", "3F", "+3", ".3e1", "3e0", "0x3", "3.", "Infinity", "NaN"})
  void onlyTheScalesOwnCodesCount(String answer) throws IOException {
    Path f = Files.writeString(tmp.resolve("s.csv"),
        HEADER + "r1,a,1,2," + answer + ",4,5,6,7\n");
    Cli.assertOneLineError(Cli.run("analyze", f.toString()),
        "s.csv:2: column 5 (PS3): value \"" + answer + "\" is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3d", "+3", ".3e1"})
  void onlyTheScalesOwnRatingsCount(String rating) throws IOException {
    Path f = Files.writeString(tmp.resolve("r.csv"), "team,rater,ratee,rating\nt,a,b,"
        + rating + "\n");
    Cli.assertOneLineError(Cli.run("network", f.toString()), "is not a number");
  }

  @Test
  void codesWrittenAsDecimalsStillCount() throws IOException {
    Path f = Files.writeString(tmp.resolve("s.csv"), HEADER + "r1,a,1,2,3.0,4,5,6,7\n"
        + "r2,a,-0,2,3,4,5,6,7\n");
    Cli.Result r = Cli.run("analyze", f.toString(), "--min-group", "1");
    assertEquals(2, r.code(), r::toString); // -0 is outside 1..7, but a number
    Cli.assertOneLineError(r, "s.csv:3: column 3 (PS1): value \"-0\" is outside the scale 1..7");
  }
}
