package org.leadsurvey.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an {@code .xlsx} workbook as rows of cell texts, streamed (fastexcel-reader reads
 * the sheet's XML as it goes; only the shared-strings table is held), so that the CSV reader's
 * per-row logic handles them unchanged. Cells become the text a CSV export of the sheet holds:
 * numbers in plain decimal notation, dates as {@code yyyy-MM-dd HH:mm:ss}, booleans as
 * {@code TRUE}/{@code FALSE}, formulas as their cached value. Empty rows are skipped, as the CSV
 * reader skips empty lines; a row's line number is its row number in the sheet.
 */
final class WorkbookRows implements Closeable, Iterator<WorkbookRows.Line> {
  /** A row: its number in the sheet (1-based) and its cells up to the last non-empty one. */
  record Line(long number, List<String> cells) {}

  /** The file is not a workbook, or has no such sheet: the message says so. */
  static final class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final String sheetName;
  private Line next;

  private WorkbookRows(ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  /** Whether the file is read as a workbook: by its name, as analysts name their exports. */
  static boolean isWorkbook(Path path) {
    return path != null && path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Opens {@code sheet} of the workbook: a sheet's name, its number (1 is the first), or null for
   * the first sheet.
   *
   * @throws Unreadable when the file is not a workbook, or has no such sheet (naming those
   *     there are)
   */
  static WorkbookRows open(Path path, String sheet) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
    } catch (AccessDeniedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("not a readable .xlsx workbook (" + e.getMessage() + ")");
    }
    try {
      return new WorkbookRows(workbook, sheet(workbook, sheet));
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  private static Sheet sheet(ReadableWorkbook workbook, String wanted) throws Unreadable {
    if (wanted == null) {
      return workbook.getFirstSheet();
    }
    var byName = workbook.findSheet(wanted);
    if (byName.isPresent()) {
      return byName.get();
    }
    if (wanted.matches("[1-9][0-9]{0,5}")) {
      var byNumber = workbook.getSheet(Integer.parseInt(wanted) - 1);
      if (byNumber.isPresent()) {
        return byNumber.get();
      }
    }
    throw new Unreadable("no sheet '" + wanted + "' (named by --sheet); the"
        + " workbook has: " + workbook.getSheets().map(s -> "'" + s.getName() + "'")
            .collect(Collectors.joining(", ")));
  }

  /** The sheet's name, for messages. */
  String sheetName() {
    return sheetName;
  }

  @Override
  public boolean hasNext() {
    while (next == null && rows.hasNext()) {
      Row row = rows.next();
      List<String> cells = cells(row);
      if (!cells.isEmpty()) {
        next = new Line(row.getRowNum(), cells);
      }
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next;
    next = null;
    return line;
  }

  private static List<String> cells(Row row) {
    int n = row.getCellCount();
    List<String> cells = new ArrayList<>(n);
    int last = -1;
    for (int i = 0; i < n; i++) {
      String text = text(row.getCell(i));
      cells.add(text);
      if (!text.isEmpty()) {
        last = i;
      }
    }
    return cells.subList(0, last + 1);
  }

  /** A cell's text as a CSV export of the sheet would hold it. */
  static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    String raw = cell.getRawValue();
    if (raw == null) {
      return "";
    }
    CellType type = cell.getType();
    boolean number = type == CellType.NUMBER
        || (type == CellType.FORMULA && cell.getValue() instanceof BigDecimal);
    if (number) {
      if (isDate(cell.getDataFormatString())) {
        LocalDateTime date = cell.asDate();
        return date == null ? raw : DATE_TIME.format(date);
      }
      try {
        return new BigDecimal(raw).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    if (type == CellType.BOOLEAN) {
      return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
    }
    return cell.getText();
  }

  /** Whether a number format shows a date or time (d, m with y, h or s outside quotes). */
  private static boolean isDate(String format) {
    if (format == null || format.isEmpty() || "General".equalsIgnoreCase(format)) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return f.contains("d") || f.contains("y") || f.contains("h") || f.contains("s");
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
