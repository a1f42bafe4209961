package org.leadsurvey.ingest;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.ResponseScale;

/**
 * Streams a response file (one header row with item ids, one row per respondent) to a
 * {@link RowHandler}, one row at a time, checking every answer against the instrument's scale.
 * Bad input becomes {@link Finding}s naming file, line and column; rows with an error are not
 * handed on. Nothing but the current row is held in memory.
 */
public final class ResponseReader {
  /** Findings kept in full; later ones are only counted. */
  static final int KEPT_FINDINGS = 100;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setIgnoreEmptyLines(true)
      .build();

  /** Receives each good row: raw (unkeyed) answers in instrument item order, NaN if missing. */
  @FunctionalInterface
  public interface RowHandler {
    void accept(String team, double[] raw);
  }

  /** Like {@link RowHandler}, with the row's value in a grouping column (e.g. the wave). */
  @FunctionalInterface
  public interface GroupedRowHandler {
    void accept(String group, String team, double[] raw);
  }

  /**
   * @param teamColumn the team column's name, or null for none
   * @param teamRequired whether a missing team column is an error (else organisation only)
   * @param missingCodes cell values that mean "no answer" (the empty cell always does)
   */
  public record Request(Instrument instrument, String teamColumn, boolean teamRequired,
      Set<String> missingCodes) {
    public static final Set<String> DEFAULT_MISSING = Set.of("", "NA");
  }

  private final InputSource source;
  private final Request request;
  private final String groupColumn;
  private final List<Finding> findings = new ArrayList<>();
  private long errors;

  private ResponseReader(InputSource source, Request request, String groupColumn) {
    this.source = source;
    this.request = request;
    this.groupColumn = groupColumn;
  }

  public static ReadSummary read(InputSource source, Request request, RowHandler handler) {
    return new ResponseReader(source, request, null).run((group, team, raw) -> handler.accept(team, raw));
  }

  /**
   * Reads with a required grouping column (e.g. {@code --wave}): its value, stripped, is handed
   * on with each row; a missing column or an empty cell is an error.
   */
  public static ReadSummary read(InputSource source, Request request, String groupColumn,
      GroupedRowHandler handler) {
    return new ResponseReader(source, request, groupColumn).run(handler);
  }

  private ReadSummary run(GroupedRowHandler handler) {
    long rows = 0;
    boolean hasTeam = false;
    long lineEnd = 0;
    if (source.path() != null && Files.isDirectory(source.path())) {
      error(0, null, "is a directory, not a CSV file");
      return summary(0, false);
    }
    try (Reader reader = source.open(); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        error(0, null, "the file is empty (expected a header row with the item ids)");
        return summary(0, false);
      }
      List<String> header = header(records.next());
      lineEnd = parser.getCurrentLineNumber();
      int[] itemColumn = mapItems(header);
      int teamColumn = mapTeam(header);
      int group = mapGroup(header);
      if (itemColumn == null || teamColumn == -2 || group == -2) {
        return summary(0, false);
      }
      hasTeam = teamColumn >= 0;
      List<Item> items = request.instrument().items();
      ResponseScale scale = request.instrument().scale();
      double[] raw = new double[items.size()];
      while (records.hasNext()) {
        CSVRecord r = records.next();
        long line = lineEnd + 1;
        lineEnd = parser.getCurrentLineNumber();
        rows++;
        if (r.size() != header.size()) {
          error(line, null, "the row has " + r.size() + (r.size() == 1 ? " field" : " fields")
              + " but the header has " + header.size() + " (a ragged row: check for a missing"
              + " or extra delimiter)");
          continue;
        }
        boolean ok = true;
        for (int i = 0; i < raw.length; i++) {
          int c = itemColumn[i];
          double v = code(r.get(c), scale);
          if (v == INVALID) {
            ok = false;
            error(line, column(c, header), invalidMessage(r.get(c), scale));
          }
          raw[i] = v;
        }
        String groupValue = null;
        if (group >= 0) {
          groupValue = r.get(group).strip();
          if (groupValue.isEmpty()) {
            ok = false;
            error(line, column(group, header), "empty " + groupColumn
                + " (every row needs one to be counted in a wave)");
          }
        }
        if (ok) {
          String team = null;
          if (hasTeam) {
            team = r.get(teamColumn).strip();
            team = team.isEmpty() ? null : team;
          }
          handler.accept(groupValue, team, raw);
        }
      }
      if (rows == 0) {
        error(0, null, "no responses: the file has a header row only");
      }
    } catch (NoSuchFileException e) {
      error(0, null, "no such file");
    } catch (AccessDeniedException e) {
      error(0, null, "permission denied");
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      error(lineEnd + 1, null, describe(e));
    }
    return summary(rows, hasTeam);
  }

  private List<String> header(CSVRecord first) {
    List<String> names = new ArrayList<>(first.size());
    for (String h : first) {
      names.add(h.replace("\uFEFF", "").strip());
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < names.size(); c++) {
      Integer before = seen.putIfAbsent(names.get(c).toLowerCase(Locale.ROOT), c);
      if (before != null && !names.get(c).isEmpty()) {
        warning(1, column(c, names), "the header repeats column " + (before + 1)
            + "; the first one is used");
      }
    }
    return names;
  }

  /** Column index per item, or null (with an error) when items are missing. */
  private int[] mapItems(List<String> header) {
    List<Item> items = request.instrument().items();
    int[] cols = new int[items.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < cols.length; i++) {
      cols[i] = find(header, items.get(i).id());
      if (cols[i] < 0) {
        missing.add(items.get(i).id());
      }
    }
    if (!missing.isEmpty()) {
      String what = missing.size() == 1 ? "no column " + missing.get(0)
          : "no columns " + String.join(", ", missing);
      error(1, null, what + " (instrument " + request.instrument().id() + " needs "
          + String.join(", ", request.instrument().itemIds()) + "); the header has: "
          + String.join(", ", header));
      return null;
    }
    return cols;
  }

  /** The team column's index, -1 for none, -2 when a required one is missing (an error). */
  private int mapTeam(List<String> header) {
    if (request.teamColumn() == null) {
      return -1;
    }
    int c = find(header, request.teamColumn());
    if (c < 0 && request.teamRequired()) {
      error(1, null, "no team column '" + request.teamColumn() + "' (give the right one with"
          + " --team, or leave it out for organisation-level results); the header has: "
          + String.join(", ", header));
      return -2;
    }
    return c;
  }

  /** The grouping column's index, -1 when none is asked for, -2 when missing (an error). */
  private int mapGroup(List<String> header) {
    if (groupColumn == null) {
      return -1;
    }
    int c = find(header, groupColumn);
    if (c < 0) {
      error(1, null, "no column '" + groupColumn + "' (named by --wave); the header has: "
          + String.join(", ", header));
      return -2;
    }
    return c;
  }

  private static int find(List<String> header, String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }

  static final double INVALID = Double.NEGATIVE_INFINITY;

  /** An answer's value: NaN when missing, {@link #INVALID} when not on the scale. */
  double code(String cell, ResponseScale scale) {
    int n = cell.length();
    if (n == 1) { // the common case: one digit
      char ch = cell.charAt(0);
      if (ch >= '0' && ch <= '9') {
        int v = ch - '0';
        return v >= scale.min() && v <= scale.max() ? v : INVALID;
      }
    }
    String s = cell.strip();
    if (request.missingCodes().contains(s) || s.isEmpty()) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      v = scale.valueOfLabel(s);
    }
    return scale.contains(v) ? v : INVALID;
  }

  private String invalidMessage(String cell, ResponseScale scale) {
    String s = cell.strip();
    try {
      double v = Double.parseDouble(s);
      if (v != Math.rint(v)) {
        return "value \"" + s + "\" is not one of the answer options " + scale;
      }
      return "value \"" + s + "\" is outside the scale " + scale;
    } catch (NumberFormatException e) {
      return "value \"" + s + "\" is not a number" + (scale.labels().isEmpty() ? ""
          : " or a label of the scale (" + String.join(", ", scale.labels()) + ")");
    }
  }

  private static String column(int index, List<String> header) {
    String name = header.get(index);
    return (index + 1) + (name.isEmpty() ? "" : " (" + name + ")");
  }

  private static String describe(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
        return "the file is not valid text in the expected encoding (saved as Windows-1252 or"
            + " Latin-1? pass --encoding windows-1252, or save it as UTF-8)";
      }
      String m = t.getMessage();
      if (m != null && m.contains("EOF reached before encapsulated token finished")) {
        return "a quoted field is never closed (an unmatched \" in the file)";
      }
      if (m != null && m.contains("invalid char between encapsulated token and delimiter")) {
        return "malformed CSV: a character follows a closing quote (a stray \" inside a field?)";
      }
    }
    return "cannot read: " + e.getMessage();
  }

  private void error(long line, String column, String message) {
    errors++;
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.error(source.name(), line, column, message));
    }
  }

  private void warning(long line, String column, String message) {
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.warning(source.name(), line, column, message));
    }
  }

  private ReadSummary summary(long rows, boolean hasTeam) {
    return new ReadSummary(rows, hasTeam, findings, errors);
  }
}
