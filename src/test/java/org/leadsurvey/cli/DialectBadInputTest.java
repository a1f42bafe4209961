package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad platform exports: one line naming file, line and column, exit 2; and what is tolerated. */
class DialectBadInputTest {
  static final String GOOGLE_HEADER = "Timestamp,Team,"
      + "\"Rate your team [If you make a mistake on this team, it is often held against you.]\","
      + "Rate your team [Members of this team are able to bring up problems and tough issues.],"
      + "Rate your team [People on this team sometimes reject others for being different.],"
      + "Rate your team [It is safe to take a risk on this team.],"
      + "Rate your team [It is difficult to ask other members of this team for help.],"
      + "Rate your team [No one on this team would deliberately act in a way that undermines my efforts.],"
      + "\"Rate your team [Working with members of this team, my unique skills and talents are valued and utilized.]\"\n";
  static final String GOOGLE_ROW = "2026/11/23 9:05:12,a,Inaccurate,Accurate,Inaccurate,Accurate,Inaccurate,Accurate,Accurate\n";

  @TempDir Path tmp;

  private String file(String name, String content) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, content);
    return f.toString();
  }


  @Test
  void unknownLabelNamesValueLineAndColumn() throws IOException {
    String f = file("forms.csv", GOOGLE_HEADER + GOOGLE_ROW
        + GOOGLE_ROW.replace("Inaccurate,Accurate,Inaccurate,Accurate", "Inaccurate,Kind of,Inaccurate,Accurate"));
    Cli.assertOneLineError(Cli.run("analyze", f),
        "forms.csv:3: column 4 (Rate your team [Members of this team are able to bring up...): "
            + "value \"Kind of\" is not a number or a label of the scale (Very inaccurate, Inaccurate,");
  }

  @Test
  void labelsAreCaseAndSpaceTolerant() throws IOException {
    String f = file("forms.csv", GOOGLE_HEADER + GOOGLE_ROW.replace("Accurate,Inaccurate,Accurate,Inaccurate",
        " very  ACCURATE ,inaccurate,Accurate,Inaccurate"));
    Cli.Result r = Cli.run("analyze", f, "--min-group", "1");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void commonAgreeLabelsWorkWhenTheyFitTheScaleUnambiguously() throws IOException {
    String f = file("agree.csv", "team,Q1,Q2,Q3\na,Strongly agree,Neither agree nor disagree,disagree\n"
        + "a,Agree,Strongly Disagree,Neutral\n");
    Cli.Result ok = Cli.run("analyze", f, "--items", "Q1,Q2,Q3", "--scale", "1..5", "-f", "json", "--min-group", "1");
    assertEquals(0, ok.code(), ok::toString);
    JsonNode j = new ObjectMapper().readTree(ok.out());
    // Strongly agree = 5, Agree = 4; Neither agree nor disagree = 3, Strongly Disagree = 1;
    // disagree = 2, Neutral = 3 (the 5-point agreement sets).
    assertEquals(4.5, j.at("/scales/0/itemStats/0/mean").asDouble(), 0);
    assertEquals(2.0, j.at("/scales/0/itemStats/1/mean").asDouble(), 0);
    assertEquals(2.5, j.at("/scales/0/itemStats/2/mean").asDouble(), 0);
    // A 4-option scale has no "Neutral": an error, not a guess.
    Cli.assertOneLineError(Cli.run("analyze", f, "--items", "Q1,Q2,Q3", "--scale", "1..4"),
        "agree.csv:2: column 3 (Q2): value \"Neither agree nor disagree\" is not a number or a known answer label");
  }

  @Test
  void unknownDialectIsAUsageError() {
    Cli.Result r = Cli.run("analyze", Cli.resource("dialects/plain.csv"), "--dialect", "typeform");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown dialect 'typeform' (expected one of plain, qualtrics,"), r.err());
  }

  @Test
  void forcedDialectReadsTheHeaderRowsItSays() {
    Cli.Result r = Cli.run("analyze", Cli.resource("dialects/qualtrics-numeric.csv"), "--dialect", "plain");
    // As plain, the question-text row is data: its first item cell is not an answer.
    Cli.assertOneLineError(r, "qualtrics-numeric.csv:2: column 18 (PS1): value \"Please rate how accurately");
  }

  @Test
  void includeUnfinishedKeepsThem() {
    Cli.Result r = Cli.run("validate", Cli.resource("dialects/limesurvey.csv"), "--include-unfinished", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("\"accepted\": 13"), r.out());
    Cli.Result d = Cli.run("analyze", Cli.resource("dialects/limesurvey.csv"));
    assertEquals(0, d.code(), d::toString);
    assertTrue(d.err().contains("limesurvey.csv: 1 row dropped: 1 unfinished (--include-unfinished keeps"), d.err());
  }

  @Test
  void twoColumnsWithTheSameQuestionTextAreAnError() throws IOException {
    String f = file("twice.csv", GOOGLE_HEADER.replace("\n", ",It is safe to take a risk on this team\n")
        + GOOGLE_ROW.replace("\n", ",5\n"));
    Cli.assertOneLineError(Cli.run("analyze", f), "twice.csv:1: item PS4 matches two columns, 6 (Rate your team [It is safe",
        "and 10 (It is safe to take a risk on this team)");
  }

  @Test
  void identifyingColumnCannotBeTheTeam() {
    Cli.assertOneLineError(Cli.run("analyze", Cli.resource("dialects/google-forms.csv"), "--team", "Email Address"),
        "google-forms.csv:1: column 2 (Email Address): holds identifying data and cannot be the team column");
  }

  @Test
  void headerRowsOnly() throws IOException {
    String q = Files.readString(Path.of(Cli.resource("dialects/qualtrics.csv")), StandardCharsets.UTF_8);
    String headers = String.join("\r\n", q.split("\r\n", -1)[0], q.split("\r\n", -1)[1], q.split("\r\n", -1)[2]) + "\r\n";
    Cli.assertOneLineError(Cli.run("analyze", file("q.csv", headers)),
        "q.csv: no responses: the file has its 3 header rows only");
  }

  @Test
  void raggedRowInASemicolonFile() throws IOException {
    String f = file("semi.csv", "team;PS1;PS2;PS3;PS4;PS5;PS6;PS7\na;1;2;3;4;5;6;7\na;1;2;3;4;5;6\n");
    Cli.assertOneLineError(Cli.run("analyze", f), "semi.csv:3: the row has 7 fields but the header has 8");
  }

  @Test
  void windows1252AfterTheFirstBlockIsAnErrorThatSuggestsTheEncoding() throws IOException {
    StringBuilder s = new StringBuilder("respondent,team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n");
    int i = 0;
    while (s.length() < 70_000) {
      s.append("r").append(i++).append(",North,1,2,3,4,5,6,7\n");
    }
    s.append("rX,Süd,1,2,3,4,5,6,7\n");
    Path f = tmp.resolve("late.csv");
    Files.write(f, s.toString().getBytes(Charset.forName("windows-1252")));
    Cli.assertOneLineError(Cli.run("analyze", f.toString()), "late.csv:" + (i + 2) + ": column 2 (team): the text is not valid UTF-8",
        "pass --encoding windows-1252");
    assertEquals(0, Cli.run("analyze", f.toString(), "--encoding", "windows-1252").code());
  }

  @Test
  void utf16WithoutByteOrderMarkAndTabs() throws IOException {
    Path f = tmp.resolve("unicode.txt");
    Files.write(f, ("team\tPS1\tPS2\tPS3\tPS4\tPS5\tPS6\tPS7\n" + "Süd\t1\t2\t3\t4\t5\t6\t7\n".repeat(5))
        .getBytes(StandardCharsets.UTF_16LE));
    Cli.Result r = Cli.run("analyze", f.toString(), "-f", "csv");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("psych-safety,team,Süd,5,false,"), r.out());
  }

  @Test
  void missingCodesFromNa() throws IOException {
    String f = file("na.csv", "team,PS1,PS2,PS3,PS4,PS5,PS6,PS7\n" + "a,1,2,3,4,5,6,-99\n".repeat(5)
        + "a,1,2,3,4,5,6,9\n");
    Cli.Result r = Cli.run("analyze", f, "--na", "-99,9", "-f", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("PS7", j.at("/scales/0/itemStats/6/item").asText());
    assertEquals(0, j.at("/scales/0/itemStats/6/n").asInt());
    assertEquals(6, j.at("/scales/0/itemStats/5/n").asInt());
  }
}
