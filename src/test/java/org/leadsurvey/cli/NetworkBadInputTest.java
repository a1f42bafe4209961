package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad peer ratings get one line naming file, line and column, and exit 2. */
class NetworkBadInputTest {
  static final String HEADER = "team,rater,ratee,rating\n";
  static final String GOOD = "t,a,b,4\n";

  @TempDir Path tmp;

  private Cli.Result network(String content, String... extra) throws IOException {
    return Cli.onFile(tmp.resolve("ratings.csv"), content, "network", List.of(), extra);
  }

  private Path roster(String content) throws IOException {
    return Files.writeString(tmp.resolve("roster.csv"), content);
  }


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "out of scale  | t,b,a,6 | ratings.csv:3: column 4 (rating): rating \"6\" is outside the scale 1..5",
      "zero          | t,b,a,0 | ratings.csv:3: column 4 (rating): rating \"0\" is outside the scale 1..5",
      "not a number  | t,b,a,x | ratings.csv:3: column 4 (rating): rating \"x\" is not a number",
      "decimal       | t,b,a,3.5 | ratings.csv:3: column 4 (rating): rating \"3.5\" is not one of the options 1..5",
      "ragged        | t,b,a | ratings.csv:3: the row has 3 fields but the header has 4",
      "empty rater   | t,,a,3 | ratings.csv:3: column 2 (rater): empty cell",
      "duplicate     | t,a,b,5 | ratings.csv:3: column 4 (rating): \"a\" rated \"b\" twice in team \"t\""})
  void badRowsNameFileLineAndColumn(String what, String row, String message) throws IOException {
    Cli.assertOneLineError(network(HEADER + GOOD + row + "\n"), message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "empty criterion   | t,b,a,,3 | ratings.csv:3: column 4 (criterion): empty cell: every row names the criterion rated",
      "twice on one      | t,a,b,Thinking,5 | ratings.csv:3: column 5 (rating): \"a\" rated \"b\" on \"Thinking\" twice in team \"t\"",
      "out of scale      | t,b,a,Thinking,6 | ratings.csv:3: column 5 (rating): rating \"6\" is outside the scale 1..5"})
  void badCriterionRowsNameFileLineAndColumn(String what, String row, String message)
      throws IOException {
    Cli.assertOneLineError(network("team,rater,ratee,criterion,rating\nt,a,b,Thinking,4\n"
        + row + "\n"), message);
  }

  @Test
  void criterionOptionIsForTheLongLayout() throws IOException {
    Cli.assertOneLineError(network("team,rater,Thinking: a,Thinking: b\nt,a,,4\n",
        "--criterion", "theme"), "ratings.csv:1: --criterion names the long layout's criterion"
        + " column; in the wide layout name each column Criterion: Person");
  }

  @Test
  void wideBlocksCheckEveryRating() throws IOException {
    Cli.assertOneLineError(network("team,rater,Thinking: a,Thinking: b,Delivering: a\n"
        + "t,b,4,,x\n"), "ratings.csv:2: column 5 (Delivering: a): rating \"x\" is not a"
        + " number");
  }

  @Test
  void outOfACustomScale() throws IOException {
    Cli.assertOneLineError(network(HEADER + "t,a,b,9\n", "--scale", "1..7", "--tie-threshold", "5"),
        "ratings.csv:2: column 4 (rating): rating \"9\" is outside the scale 1..7");
  }

  @Test
  void missingColumn() throws IOException {
    Cli.assertOneLineError(network("team,rater,ratee,score\n" + GOOD, "--layout", "long"),
        "ratings.csv:1: no column rating (the long layout needs team, rater, ratee, rating;",
        "the header has: team, rater, ratee, score");
  }

  @Test
  void missingTeamColumnInAutoLayout() throws IOException {
    Cli.assertOneLineError(network("group,rater,ratee,rating\n" + GOOD),
        "ratings.csv:1: no column team");
  }

  @Test
  void unknownPersonWithRoster() throws IOException {
    Path roster = roster("team,person\nt,a\nt,b\n");
    Cli.assertOneLineError(network(HEADER + GOOD + "t,a,zoe,3\n", "--roster", roster.toString()),
        "ratings.csv:3: column 3 (ratee): \"zoe\" is not in team \"t\" of the roster");
  }

  @Test
  void unknownTeamWithRoster() throws IOException {
    Path roster = roster("team,person\nt,a\nt,b\n");
    Cli.assertOneLineError(network(HEADER + GOOD + "u,a,b,3\n", "--roster", roster.toString()),
        "ratings.csv:3: column 1 (team): team \"u\" is not in the roster");
  }

  @Test
  void unknownPersonInWideLayout() throws IOException {
    Path roster = roster("team,person\nt,a\nt,b\n");
    Cli.assertOneLineError(network("team,rater,a,b,c\nt,a,,4,\nt,b,3,,2\n", "--roster",
        roster.toString()), "ratings.csv:3: column 5 (c): \"c\" is not in team \"t\"");
  }

  @Test
  void badRoster() throws IOException {
    Path roster = roster("team,name\nt,a\n");
    Cli.assertOneLineError(network(HEADER + GOOD, "--roster", roster.toString()),
        "roster.csv:1: a roster needs the columns team and person");
  }

  @Test
  void emptyFile() throws IOException {
    Cli.assertOneLineError(network(""), "ratings.csv: the file is empty");
  }

  @Test
  void missingFile() {
    Cli.assertOneLineError(Cli.run("network", tmp.resolve("nope.csv").toString()),
        "nope.csv: no such file");
  }

  @Test
  void climateSurveyErrorsAreReportedToo() throws IOException {
    Path survey = tmp.resolve("survey.csv");
    Files.writeString(survey, "respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\nr1,t,1,2,3,4,5,6,9\n");
    Cli.assertOneLineError(network(HEADER + GOOD, "--climate", survey.toString()),
        "survey.csv:2: column 9 (PS7): value \"9\" is outside the scale 1..7");
  }

  @Test
  void climateSurveyWithoutTheTeamColumnNamesTheRightOption() throws IOException {
    Cli.assertOneLineError(network(HEADER + GOOD, "--climate", "examples/team-survey.csv",
        "--climate-team", "dept"), "team-survey.csv:1: no team column 'dept' (give the right"
        + " one with --climate-team");
  }

  @Test
  void tieThresholdOutsideTheScaleIsAUsageError() throws IOException {
    Cli.Result r = network(HEADER + GOOD, "--tie-threshold", "6");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--tie-threshold 6.0 must be above the scale's minimum"), r.err());
  }

  @Test
  void unknownFormat() throws IOException {
    Cli.Result r = network(HEADER + GOOD, "-f", "svg");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("svg"), r.err());
  }
}
