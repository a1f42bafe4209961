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
        List<List<Cell>> sheet = rows(wb.findSheet(table).orElseThrow());
        List<CsvRecord> csv;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csvDir.resolve(table
            + ".csv"))) {
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
              assertEquals(Double.parseDouble(expected), cell.asNumber().doubleValue(), 0,
                  where);
            } else if (cell.getType() == CellType.BOOLEAN) {
              assertEquals(Boolean.parseBoolean(expected), cell.asBoolean(), where);
            } else {
              assertEquals(expected, cell.asString(), where);
            }
          }
        }
      }
      List<List<Cell>> teams = rows(wb.findSheet("teams").orElseThrow());
      assertEquals(CellType.NUMBER, teams.get(1).get(5).getType(), "mean is a number");
    }
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
