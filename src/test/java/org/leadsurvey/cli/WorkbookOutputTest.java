package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f xlsx}: the workbook is read back with fastexcel-reader (a separate parser from the
 * writer) and its raw XML with the JDK's zip, and holds exactly the rows of the CSV tables.
 */
class WorkbookOutputTest {
  @TempDir Path dir;

  private Path workbook(String input, String... extra) {
    Path out = dir.resolve("report.xlsx");
    List<String> args = new ArrayList<>(List.of("analyze", input, "-f", "xlsx", "-o",
        out.toString()));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    return out;
  }

  private static List<List<Cell>> rows(Sheet sheet) throws IOException {
    List<List<Cell>> rows = new ArrayList<>();
    for (Row row : sheet.read()) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(row.getCell(i));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void aSheetPerTableWithTheNumbersOfTheCsvTables() throws IOException {
    Path xlsx = workbook(Cli.resource("dialects/plain.csv"), "--min-group", "5");
    Path csvDir = dir.resolve("csv");
    assertEquals(0, Cli.run("analyze", Cli.resource("dialects/plain.csv"), "--min-group", "5",
        "--output-dir", csvDir.toString(), "-f", "json").code());
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      assertEquals(List.of("summary", "reliability", "items", "teams", "frequencies",
          "aggregation"), wb.getSheets().map(Sheet::getName).toList());
      for (String table : List.of("reliability", "items", "teams", "aggregation")) {
        assertSameRows(table, rows(wb.findSheet(table).orElseThrow()),
            csvDir.resolve(table + ".csv"));
      }
      List<List<Cell>> teams = rows(wb.findSheet("teams").orElseThrow());
      assertEquals(CellType.NUMBER, teams.get(1).get(5).getType(), "mean is a number");
    }
  }

  /** The sheet holds the CSV file's rows: numbers as number cells, true/false as booleans. */
  private static void assertSameRows(String table, List<List<Cell>> sheet, Path csvFile)
      throws IOException {
    List<CsvRecord> csv;
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csvFile)) {
      csv = r.stream().toList();
    }
    assertEquals(csv.size(), sheet.size(), table);
    for (int i = 0; i < csv.size(); i++) {
      for (int c = 0; c < csv.get(i).getFieldCount(); c++) {
        String expected = csv.get(i).getField(c);
        Cell cell = c < sheet.get(i).size() ? sheet.get(i).get(c) : null;
        String where = table + " row " + (i + 1) + " column " + (c + 1);
        if (expected.isEmpty()) {
          assertTrue(cell == null || cell.getType() == CellType.EMPTY, where);
        } else if (cell.getType() == CellType.NUMBER) {
          assertEquals(Double.parseDouble(expected), cell.asNumber().doubleValue(), 0, where);
        } else if (cell.getType() == CellType.BOOLEAN) {
          assertEquals(Boolean.parseBoolean(expected), cell.asBoolean(), where);
        } else {
          assertEquals(expected, cell.asString(), where);
        }
      }
    }
  }

  @Test
  void trendWorkbookHoldsTheRowsOfTrendCsv() throws IOException {
    String[] waves = {TrendCommandTest.Q1, TrendCommandTest.Q2, TrendCommandTest.Q3};
    Path xlsx = dir.resolve("trend.xlsx");
    List<String> args = new ArrayList<>(List.of("trend"));
    args.addAll(List.of(waves));
    Cli.Result r = Cli.run(concat(args, "-f", "xlsx", "-o", xlsx.toString()));
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    Path trendCsv = dir.resolve("trend.csv");
    Files.writeString(trendCsv, Cli.run(concat(args, "-f", "csv")).out());
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      assertEquals(List.of("summary", "trend"), wb.getSheets().map(Sheet::getName).toList());
      List<List<Cell>> trend = rows(wb.findSheet("trend").orElseThrow());
      assertSameRows("trend", trend, trendCsv);
      List<String> header = trend.get(0).stream().map(Cell::asString).toList();
      List<Cell> first = trend.get(1);
      assertEquals(CellType.STRING, first.get(header.indexOf("from_wave")).getType(),
          "a wave name stays text");
      assertEquals(CellType.NUMBER, first.get(header.indexOf("change")).getType());
      assertEquals(CellType.BOOLEAN, first.get(header.indexOf("marked")).getType());
      List<List<Cell>> summary = rows(wb.findSheet("summary").orElseThrow());
      assertTrue(summary.stream().anyMatch(row -> row.get(0).asString().equals("waves")
          && row.get(1).asString().equals("2026-q1, 2026-q2, 2026-q3")), summary::toString);
    }

    // analyze over waves adds every wave's teams table (its -f csv).
    Path all = dir.resolve("waves.xlsx");
    List<String> analyze = new ArrayList<>(List.of("analyze"));
    analyze.addAll(List.of(waves));
    assertEquals(0, Cli.run(concat(analyze, "-f", "xlsx", "-o", all.toString())).code());
    Path teamsCsv = dir.resolve("teams.csv");
    Files.writeString(teamsCsv, Cli.run(concat(analyze, "-f", "csv")).out());
    try (ReadableWorkbook wb = new ReadableWorkbook(all.toFile())) {
      assertEquals(List.of("summary", "trend", "teams"),
          wb.getSheets().map(Sheet::getName).toList());
      assertSameRows("trend", rows(wb.findSheet("trend").orElseThrow()), trendCsv);
      assertSameRows("teams", rows(wb.findSheet("teams").orElseThrow()), teamsCsv);
    }
  }

  @Test
  void trendRowsWithheldSayWhyInTheNote() throws IOException {
    // A team of 6 in the first wave and 3 in the second: its change is withheld.
    String q1 = Files.readString(Path.of(Cli.resource("dialects/plain.csv")));
    StringBuilder q2 = new StringBuilder();
    int sued = 0;
    for (String line : q1.lines().toList()) {
      if (!line.contains(",Süd,") || ++sued <= 3) {
        q2.append(line).append('\n');
      }
    }
    Path a = Files.writeString(dir.resolve("a.csv"), q1);
    Path b = Files.writeString(dir.resolve("b.csv"), q2.toString());
    Path xlsx = dir.resolve("withheld.xlsx");
    Cli.Result r = Cli.run("trend", a.toString(), b.toString(), "-f", "xlsx", "-o",
        xlsx.toString());
    assertEquals(0, r.code(), r::toString);
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      List<List<Cell>> trend = rows(wb.findSheet("trend").orElseThrow());
      List<String> header = trend.get(0).stream().map(Cell::asString).toList();
      int note = header.indexOf("note");
      int reason = header.indexOf("reason");
      List<List<Cell>> withheld = trend.stream().skip(1)
          .filter(row -> row.get(header.indexOf("suppressed")).asBoolean()).toList();
      assertFalse(withheld.isEmpty(), trend::toString);
      for (List<Cell> row : withheld) {
        assertEquals("hidden: " + row.get(reason).asString(), row.get(note).asString());
      }
    }
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void hiddenTeamsAreBlankWithANoteAndTextIsNeverAFormula() throws IOException {
    String plain = Files.readString(Path.of(Cli.resource("dialects/plain.csv")));
    Path input = dir.resolve("odd-names.csv");
    Files.writeString(input, plain.replace("Nord", "=1+2").replace("Süd", "42"));
    Path xlsx = workbook(input.toString(), "--min-group", "7");
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      List<List<Cell>> teams = rows(wb.findSheet("teams").orElseThrow());
      List<String> header = teams.get(0).stream().map(Cell::asString).toList();
      int mean = header.indexOf("mean");
      int note = header.indexOf("note");
      assertTrue(note > 0, header.toString());
      for (List<Cell> row : teams.subList(2, teams.size())) {
        assertEquals(CellType.STRING, row.get(2).getType(), "team name stays text");
        assertTrue(row.size() <= mean || row.get(mean) == null
            || row.get(mean).getType() == CellType.EMPTY, "hidden mean is blank");
        assertTrue(row.get(note).asString().contains("fewer than 7 respondents"));
      }
      assertEquals(List.of("42", "=1+2"), teams.subList(2, 4).stream()
          .map(r -> r.get(2).asString()).sorted().toList());
    }
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      List<? extends ZipEntry> sheets = zip.stream()
          .filter(e -> e.getName().startsWith("xl/worksheets/sheet")).toList();
      assertEquals(6, sheets.size());
      for (ZipEntry e : sheets) {
        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " has a formula");
        assertTrue(xml.contains("state=\"frozen\""), e.getName() + " header row is frozen");
      }
    }
  }

  @Test
  void withoutAnOutputFileItIsAOneLineError() {
    Cli.assertOneLineError(Cli.run("analyze", Cli.resource("dialects/plain.csv"), "-f", "xlsx"),
        "--format xlsx writes a workbook: give -o FILE.xlsx");
  }
}
