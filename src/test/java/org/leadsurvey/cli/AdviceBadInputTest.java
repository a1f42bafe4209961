package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input and hostile names for {@code network --scope organisation}: one-line errors naming
 * file, line and column, exit 2, and names that cannot become formulas, markup or terminal
 * escapes in any format.
 */
class AdviceBadInputTest {
  static final String ROSTER = "team,person\nA,a\nA,b\nB,c\n";
  @TempDir Path tmp;

  private Cli.Result run(String nominations, String roster, String... more) throws IOException {
    Path n = Files.writeString(tmp.resolve("nominations.csv"), nominations);
    Path r = Files.writeString(tmp.resolve("roster.csv"), roster);
    String[] args = new String[6 + more.length];
    System.arraycopy(new String[] {"network", n.toString(), "--scope", "organisation",
        "--roster", r.toString()}, 0, args, 0, 6);
    System.arraycopy(more, 0, args, 6, more.length);
    return Cli.run(args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ragged row|person,advisor\\na,b\\na,b,c\\n|nominations.csv:3: the row has 3 fields",
      "empty person|person,advisor\\n,b\\n|nominations.csv:2: column 1 (person): empty cell",
      "header only|person,advisor\\n|nominations.csv: no nominations",
      "empty file|''|nominations.csv: the file is empty",
      "unclosed quote|person,advisor\\na,\"b\\n|nominations.csv:2",
      "unknown advisor, then more|person,advisor\\na,x\\na,y\\n|(and 1 more error)"})
  void badNominationsAreOneLineErrors(String what, String content, String message)
      throws IOException {
    // rows are written as \n in the table above
    Cli.assertOneLineError(run(content.replace("\\n", "\n"), ROSTER), message);
  }

  @Test
  void badRostersAreOneLineErrors() throws IOException {
    Cli.assertOneLineError(run("person,advisor\na,b\n", "team,who\nA,a\n"),
        "roster.csv", "a roster needs the columns team and person");
    Cli.assertOneLineError(run("person,advisor\na,b\n", "team,person\nA,\n"),
        "roster.csv:2", "empty cell");
    Cli.assertOneLineError(Cli.run("network", "examples/advice-nominations.csv", "--scope",
        "organisation", "--roster", tmp.resolve("nope.csv").toString()), "nope.csv",
        "no such file");
  }

  @Test
  void theTeamColumnOfTheRosterIsTeam() throws IOException {
    Cli.Result r = run("person,advisor\na,b\n", "unit,person\nA,a\nA,b\n", "-t", "unit",
        "--min-group", "1", "-f", "csv");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("team,A,,,false,2,1,1,0,-1,,"), r.out());
  }

  @Test
  void aMissingValueCodeIsAnEmptyCell() throws IOException {
    // NA (the default --na) in the advisor column: answered, named nobody
    Cli.Result r = run("person,advisor\na,b\nb,NA\nc,-\n", ROSTER, "--min-group", "1", "-f",
        "csv", "--na", "NA,-");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("team,A,,,false,2,2,1,0,-1,,"), r.out());
    assertTrue(r.out().contains("team,B,,,false,1,1,0,0,,,"), r.out());
    Cli.assertOneLineError(run("person,advisor\nNA,b\n", ROSTER),
        "nominations.csv:2: column 1 (person): empty cell");
  }

  @Test
  void hostileNamesStayText() throws IOException {
    String roster = "team,person\n\"=SUM(A1)\",\"+p\"\n\"=SUM(A1)\",\"@q\"\n"
        + "\"<b>x</b>\u001b[31m\",\"-r\"\n\"<b>x</b>\u001b[31m\",s\n";
    String noms = "person,advisor\n\"+p\",\"@q\"\n\"@q\",\"-r\"\n\"-r\",s\ns,\"+p\"\n";
    Cli.Result csv = run(noms, roster, "--min-group", "1", "--show-people", "-f", "csv");
    assertEquals(0, csv.code(), csv::toString);
    for (String line : csv.out().lines().toList()) {
      for (String cell : line.split(",", -1)) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(!c.isEmpty() && "=+@".indexOf(c.charAt(0)) >= 0
            || c.startsWith("-") && !c.matches("-[0-9.E]+"), "formula cell " + cell);
      }
    }
    for (String f : new String[] {"table", "md", "json", "csv", "html"}) {
      Cli.Result r = run(noms, roster, "--min-group", "1", "--show-people", "-f", f);
      assertEquals(0, r.code(), r::toString);
      assertFalse(r.out().contains("\u001b"), f + ": no raw escape");
      if (f.equals("md") || f.equals("html")) {
        assertFalse(r.out().contains("<b>x"), f + ": no markup from a name");
      }
    }
  }
}
