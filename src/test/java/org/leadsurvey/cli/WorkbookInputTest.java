package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * .xlsx input: workbooks that LibreOffice Calc made from the dialect CSVs
 * (src/test/resources/xlsx/make_workbooks.sh) are read with exactly the numbers of those CSVs.
 */
class WorkbookInputTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "plain           | -",
      "qualtrics       | -",
      "surveymonkey    | Which team are you on?",
      "microsoft-forms | Which team are you on?"})
  void sameStatisticsAsItsCsv(String name, String team) throws IOException {
    String[] extra = team == null ? new String[0] : new String[] {"--team", team};
    JsonNode csv = DialectsTest.analyze("dialects/" + name + ".csv", extra);
    JsonNode xlsx = DialectsTest.analyze("xlsx/" + name + ".xlsx", extra);
    assertEquals(csv.get("scales"), xlsx.get("scales"));
    assertEquals(12, xlsx.at("/scales/0/respondents").asInt());
    assertEquals(csv.at("/input/rows"), xlsx.at("/input/rows"));
    assertEquals(csv.at("/input/dialect"), xlsx.at("/input/dialect"));
  }

  @Test
  void dateCellsGiveTheCompletionTimesOfTheCsv() throws IOException {
    // Start and completion times are date cells in the workbook, text in the CSV.
    String[] extra = {"--team", "Which team are you on?", "--screen"};
    JsonNode csv = DialectsTest.analyze("dialects/microsoft-forms.csv", extra);
    JsonNode xlsx = DialectsTest.analyze("xlsx/microsoft-forms.xlsx", extra);
    assertEquals(true, xlsx.at("/screening/rules/speeder/applied").asBoolean());
    assertEquals(csv.at("/screening"), xlsx.at("/screening"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "1"})
  void sheetByNameOrNumber(String sheet) throws IOException {
    assertEquals(DialectsTest.analyze("dialects/plain.csv").get("scales"),
        DialectsTest.analyze("xlsx/plain.xlsx", "--sheet", sheet).get("scales"));
  }

  @Test
  void unknownSheetIsAOneLineErrorNamingTheSheets() {
    Cli.assertOneLineError(Cli.run("analyze", Cli.resource("xlsx/plain.xlsx"), "--sheet", "2"),
        "plain.xlsx", "no sheet '2' (named by --sheet)", "'plain'");
  }

  @Test
  void badCellNamesSheetRowAndColumn() {
    Cli.assertOneLineError(Cli.run("analyze", Cli.resource("xlsx/bad-answer.xlsx")),
        "bad-answer.xlsx[bad-answer]:4:", "column 5 (PS3)", "\"9\" is outside the scale 1..7");
  }

  @Test
  void notAWorkbookIsAOneLineError() throws IOException {
    java.nio.file.Path fake = java.nio.file.Files.createTempFile("fake", ".xlsx");
    try {
      java.nio.file.Files.writeString(fake, "respondent,team,PS1\n");
      Cli.assertOneLineError(Cli.run("analyze", fake.toString()), fake.getFileName().toString(),
          "not a readable .xlsx workbook");
    } finally {
      java.nio.file.Files.delete(fake);
    }
  }
}
