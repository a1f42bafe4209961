package org.leadsurvey.ingest;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.ResponseScale;

/**
 * Streams a response file to a {@link RowSink}, a batch of rows at a time, checking every answer
 * against the instrument's scale. The encoding, the delimiter ({@code ,} {@code ;} or tab, from
 * the first line), the platform {@link Dialect} and the {@link ColumnPlan} are settled once from
 * the header rows; the per-row loop then only looks up cells by index. Bad input becomes
 * {@link Finding}s naming file, line and column; rows with an error are not handed on. Rows a
 * platform marks unfinished (Qualtrics {@code Finished}, LimeSurvey empty {@code submitdate})
 * and Qualtrics preview/test/spam responses are dropped and counted (unfinished ones can be
 * kept, or handed on marked: {@link Options}). A respondent id that repeats an earlier row's
 * (within the same wave, when reading by wave) is an error on the repeating row: small-group
 * suppression counts people, not rows. Nothing but the current row, and a 64-bit fingerprint
 * per respondent id ({@link RespondentIds}), is held in memory, and identifying columns (IP
 * address, e-mail, names, location, recipient fields) are never read.
 */
public final class ResponseReader {
  /** Findings kept in full; later ones are only counted. */
  static final int KEPT_FINDINGS = 100;

  /**
   * @param dialect the platform layout, or null to detect it
   * @param includeUnfinished keep responses the platform marks unfinished
   * @param details fill each row's completion time and unfinished mark ({@link RowBatch#seconds},
   *     {@link RowBatch#unfinished})
   * @param invalidAsMissing {@code --invalid missing}: an answer outside the scale (a stray
   *     "N/A" code) is missing, counted per column and reported as a warning, not an error
   * @param sheet for an {@code .xlsx} workbook, the sheet to read (its name, or its number from
   *     1), or null for the first
   */
  public record Options(Dialect dialect, boolean includeUnfinished, boolean details,
      boolean invalidAsMissing, String sheet) {
    public static final Options DEFAULT = new Options(null, false, false);

    /** Options for a CSV file or a workbook's first sheet, invalid answers errors. */
    public Options(Dialect dialect, boolean includeUnfinished, boolean details) {
      this(dialect, includeUnfinished, details, false, null);
    }

    /** The same options with unfinished rows and row details as asked. */
    public Options withDetails(boolean includeUnfinished, boolean details) {
      return new Options(dialect, includeUnfinished, details, invalidAsMissing, sheet);
    }

    /** These options with the same dialect and rows, and details as given. */
    public Options withDetails(boolean details) {
      return withDetails(includeUnfinished, details);
    }
  }

  /**
   * @param teamColumn the team column's name, or null for none
   * @param teamRequired whether a missing team column is an error (else organisation only)
   * @param missingCodes cell values that mean "no answer" (the empty cell always does)
   */
  public record Request(Instrument instrument, String teamColumn, boolean teamRequired,
      Set<String> missingCodes, Options options, List<String> cutColumns) {
    public static final Set<String> DEFAULT_MISSING = Set.of("", "NA");

    /**
     * @param cutColumns demographic columns (--by) whose value each row carries
     *     ({@link RowBatch#cut}); a missing one is an error
     */
    public Request {
      options = options == null ? Options.DEFAULT : options;
      cutColumns = cutColumns == null ? List.of() : List.copyOf(cutColumns);
    }

    public Request(Instrument instrument, String teamColumn, boolean teamRequired,
        Set<String> missingCodes, Options options) {
      this(instrument, teamColumn, teamRequired, missingCodes, options, List.of());
    }

    public Request(Instrument instrument, String teamColumn, boolean teamRequired,
        Set<String> missingCodes) {
      this(instrument, teamColumn, teamRequired, missingCodes, Options.DEFAULT);
    }
  }

  private final InputSource source;
  private final Request request;
  private final Options options;
  private final String waveColumn;
  private final List<Finding> findings = new ArrayList<>();
  /** {@code --invalid missing}: answers outside the scale read as missing, per column. */
  private final Map<String, Long> invalidAsMissing = new LinkedHashMap<>();
  private final Map<String, Long> dropped = new LinkedHashMap<>();
  private final ResponseScale scale;
  private final LabelMap labels;
  private long errors;
  private long rowsWithErrors;
  private ReadSummary.Layout layout;
  // How findings name the input: the file, and for a workbook the sheet ("f.xlsx[Sheet1]").
  private String where;

  private ResponseReader(InputSource source, Request request, String waveColumn) {
    this.source = source;
    this.request = request;
    this.waveColumn = waveColumn;
    this.options = request.options();
    this.scale = request.instrument().scale();
    this.labels = new LabelMap(scale);
    this.where = source.name();
  }

  /** Reads the file, handing its good rows to {@code sink}. */
  public static ReadSummary read(InputSource source, Request request, RowSink sink) {
    return new ResponseReader(source, request, null).run(sink);
  }

  /**
   * Reads as {@link #read(InputSource, Request, RowSink)}, each row with its value in
   * {@code waveColumn} ({@link RowBatch#wave}); a missing column, or an empty cell in it, is an
   * error, and respondent ids need only be distinct within a wave.
   */
  public static ReadSummary read(InputSource source, Request request, String waveColumn,
      RowSink sink) {
    return new ResponseReader(source, request, waveColumn).run(sink);
  }

  private ReadSummary run(RowSink sink) {
    if (source.path() != null && Files.isDirectory(source.path())) {
      error(0, null, "is a directory, not a CSV file");
      return summary(0, false);
    }
    Rows parsed = new Rows();
    boolean workbook = false;
    try {
      if (source.isOldExcel()) {
        error(0, null, "is an old binary Excel workbook (.xls), which leadsurvey does not read:"
            + " save it as .xlsx (Excel Workbook) or as CSV UTF-8 and read that");
        return summary(0, false);
      }
    } catch (IOException e) {
      error(0, null, ReadErrors.describe(e));
      return summary(0, false);
    }
    try (Closeable input = openInput()) {
      workbook = input instanceof WorkbookRows;
      Iterator<Raw> records;
      String delimiterName;
      if (input instanceof WorkbookRows sheet) {
        // The sheet's rows go through the same per-row logic as parsed CSV records (replay).
        where = source.name() + "[" + sheet.sheetName() + "]";
        delimiterName = "xlsx";
        records = workbookRecords(sheet);
      } else {
        BufferedReader reader = new BufferedReader((Reader) input, 1 << 16);
        char delimiter = delimiter(reader);
        delimiterName = delimiter == '\t' ? "tab" : String.valueOf(delimiter);
        if (source.encodingNote() != null) {
          warning(0, null, source.encodingNote());
        }
        parsed.quotes = new QuoteTracker(reader, delimiter, '"');
        // Ragged rows and empty lines are ours to report and skip, not the parser's to throw on.
        records = CsvReader.builder()
            .fieldSeparator(delimiter)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(parsed, parsed.quotes)
            .iterator();
      }
      if (!records.hasNext()) {
        error(0, null, "the file is empty (expected a header row with the item ids)");
        return summary(0, false);
      }
      // The first three records settle the dialect; data rows among them are replayed.
      List<Raw> first = new ArrayList<>(3);
      while (first.size() < 3 && records.hasNext()) {
        Raw r = records.next();
        if (r.unclosed()) {
          error(r.line(), null, ReadErrors.UNCLOSED_QUOTE);
          return summary(0, false);
        }
        first.add(r);
      }
      List<List<String>> cells = new ArrayList<>();
      for (Raw r : first) {
        List<String> row = new ArrayList<>(r.cells().size());
        for (String h : r.cells()) {
          row.add(HeaderText.cell(h));
        }
        cells.add(row);
      }
      Dialect dialect = options.dialect() != null ? options.dialect() : Dialect.detect(cells);
      int headerRows = Math.min(dialect.headerRows(cells), first.size());
      List<List<String>> headers = cells.subList(0, headerRows);
      List<String> header = headers.get(0);
      repeatedColumns(header);
      ColumnPlan plan = ColumnPlan.plan(dialect, headers, request.instrument().id(),
          request.instrument().items(),
          request.teamColumn(), request.teamRequired(), this::error);
      layout = new ReadSummary.Layout(dialect.label(),
          workbook ? "xlsx" : source.encoding().name(), delimiterName, headerRows, plan.uses(),
          plan.duration >= 0 || (plan.start >= 0 && plan.end >= 0), plan.respondentId >= 0);
      int waveIndex = waveColumn == null ? -1 : ColumnPlan.find(header, waveColumn);
      if (waveColumn != null && waveIndex < 0) {
        error(1, null, "no column '" + waveColumn + "' (named by --wave); the header has: "
            + Excerpt.names(header));
      }
      int[] cutIndex = new int[request.cutColumns().size()];
      boolean cutsFound = true;
      for (int j = 0; j < cutIndex.length; j++) {
        String name = request.cutColumns().get(j);
        cutIndex[j] = ColumnPlan.find(header, name);
        if (cutIndex[j] < 0) {
          cutsFound = false;
          error(1, null, "no column '" + name + "' (named by --by); the header has: "
              + Excerpt.names(header));
        }
      }
      if (plan.itemColumn == null || (waveColumn != null && waveIndex < 0) || !cutsFound) {
        return summary(0, false);
      }
      parsed.start(plan, header.size(), waveIndex, cutIndex, sink);
      for (Raw r : first.subList(headerRows, first.size())) {
        parsed.replay(r);
      }
      // Records the parser fetched before the plan was known (none, as it reads lazily).
      while (records.hasNext()) {
        parsed.replay(records.next());
      }
      parsed.flush();
      if (parsed.rows == 0) {
        error(0, null, "no responses: the file has " + (headerRows == 1 ? "a header row only"
            : "its " + headerRows + " header rows only"));
      }
    } catch (WorkbookRows.Unreadable e) { // not a workbook, or no such sheet
      error(0, null, e.getMessage());
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
      error(parsed.line, null, "not a readable .xlsx workbook (" + e.getMessage() + ")");
    } catch (IOException | UncheckedIOException | IllegalStateException | CsvParseException e) {
      try {
        parsed.checkIds(); // their errors first, in line order; the rows are not handed on
      } catch (RuntimeException again) {
        // the read has failed anyway
      }
      error(parsed.line, null, ReadErrors.describe(e));
    } finally {
      try {
        source.release();
      } catch (IOException e) {
        // deleted at exit instead (TempFiles)
      }
    }
    return summary(parsed.rows, parsed.plan != null && parsed.plan.team >= 0,
        parsed.teams.names(), parsed.cutValues());
  }

  /** The sheet to read when the source is a workbook, else the text. */
  private Closeable openInput() throws IOException {
    Path book = source.workbook();
    return book != null ? WorkbookRows.open(book, options.sheet()) : source.open();
  }

  /**
   * The sheet's rows as records, each padded with empty cells to the width of the widest of the
   * first three rows (the header rows, as the dialect is settled from three): a workbook leaves
   * out trailing empty cells, even in a header row (SurveyMonkey's first one); a longer row is
   * still ragged.
   */
  private static Iterator<Raw> workbookRecords(WorkbookRows sheet) {
    ArrayDeque<WorkbookRows.Line> first = new ArrayDeque<>();
    int widest = 0;
    while (first.size() < 3 && sheet.hasNext()) {
      WorkbookRows.Line l = sheet.next();
      first.add(l);
      widest = Math.max(widest, l.cells().size());
    }
    int width = widest;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !first.isEmpty() || sheet.hasNext();
      }

      @Override
      public Raw next() {
        WorkbookRows.Line l = first.isEmpty() ? sheet.next() : first.poll();
        List<String> cells = l.cells();
        if (cells.size() < width) {
          cells = new ArrayList<>(cells);
          while (cells.size() < width) {
            cells.add("");
          }
        }
        return new Raw(l.number(), cells, false);
      }
    };
  }

  /** A record read before the column plan was known: its first line and its cells. */
  private record Raw(long line, List<String> cells, boolean unclosed) {}

  /**
   * FastCSV's callback handler: until {@link #start} it hands back each record's cells as
   * Strings (the header rows); from then on it codes each cell as it is parsed, straight from
   * the parser's characters, and hands each good row on without returning to the caller. Only
   * the cells of the few columns that need text (team, status, times...) become Strings.
   */
  private final class Rows extends CsvCallbackHandler<Raw> {
    // What a column is for, when it is not an item (items are their index, 0 and up).
    private static final int SKIP = -1;
    private static final int TEAM = -2;
    private static final int TEXT = -3;
    private static final int ID = -4;

    private final TeamNames teams = new TeamNames();
    private QuoteTracker quotes;
    private List<String> cells = new ArrayList<>();
    private ColumnPlan plan;
    private RowSink sink;
    private int[] role;
    private int width;
    private int waveIndex;
    // Per column: which --by column it is (0, 1, ...), or -1; the values of each, numbered as
    // they first appear, and the current row's numbers.
    private int[] cutOf;
    private int[] cutIndex = new int[0];
    private List<Map<String, Integer>> cutNumbers = List.of();
    private List<List<String>> cutNames = List.of();
    private int[] cut = new int[0];
    private double[] raw;
    private String[] badCells;
    private int bad;
    private String[] text;
    private boolean details;
    private int finished;
    private int submit;
    private boolean dropUnfinished;
    // The respondent ids handed on so far (null without an id column); the current row's,
    // stripped, is staged there (RespondentIds#stage), idLength characters. Good rows wait in
    // the batch until their ids are checked, a batch at a time; an error on another row checks
    // them at once, so that findings stay in line order.
    private RespondentIds ids;
    private int idLength;
    private final boolean[] repeated = new boolean[RowBatch.CAPACITY];
    private boolean anyRepeated;
    private final RespondentIds.Repeat repeat = this::repeat;
    // The table is made once for the ids the file will hold (RespondentIds#expect), estimated
    // when SAMPLE rows have been read: the file's characters (from its size) times the ids per
    // character so far. sampledChars counts the rows' characters until then (a delimiter or
    // line break after each field, quotes); -1: not a regular file, no estimate.
    private static final int SAMPLE = 256;
    private long fileChars = -1;
    private boolean sampling;
    private long sampledChars;

    // Good rows wait in the batch, their team cells as characters, so that the teams of a whole
    // batch are looked up together: with 100,000 teams every lookup misses the cache, and a
    // batch lets those misses overlap instead of queueing one after another.
    private RowBatch batch;
    private char[] teamChars = new char[64];
    private int teamLength;
    private boolean undecodableTeam;

    private long line;
    private long rows;
    private int fields;
    private boolean empty;
    private boolean unclosed;

    void start(ColumnPlan plan, int width, int waveIndex, int[] cutIndex, RowSink sink) {
      this.plan = plan;
      this.width = width;
      this.waveIndex = waveIndex;
      this.sink = sink;
      this.cutIndex = cutIndex;
      cutOf = new int[width];
      Arrays.fill(cutOf, -1);
      cutNumbers = new ArrayList<>();
      cutNames = new ArrayList<>();
      for (int j = 0; j < cutIndex.length; j++) {
        if (cutIndex[j] < width) {
          cutOf[cutIndex[j]] = j;
        }
        cutNumbers.add(new HashMap<>());
        cutNames.add(new ArrayList<>());
      }
      cut = new int[cutIndex.length];
      details = options.details();
      // With details, unfinished rows kept are still known (RowBatch.unfinished).
      boolean unfinished = !options.includeUnfinished() || details;
      finished = unfinished ? plan.finished : -1;
      submit = unfinished ? plan.submitDate : -1;
      dropUnfinished = !options.includeUnfinished();
      role = new int[width];
      Arrays.fill(role, SKIP);
      text = new String[width];
      int[] textColumns = {plan.status, finished, submit, waveIndex,
          details ? plan.duration : -1, details ? plan.start : -1, details ? plan.end : -1};
      for (int c : textColumns) {
        if (c >= 0 && c < width) {
          role[c] = TEXT;
        }
      }
      if (plan.respondentId >= 0 && plan.respondentId < width) {
        role[plan.respondentId] = ID;
        ids = new RespondentIds();
        fileChars = fileChars();
        sampling = fileChars > 0;
      }
      if (plan.team >= 0) {
        role[plan.team] = TEAM;
      }
      int[] items = plan.itemColumn;
      raw = new double[items.length];
      badCells = new String[items.length];
      batch = new RowBatch(items.length, cutIndex.length);
      for (int i = 0; i < items.length; i++) {
        role[items[i]] = i;
      }
    }

    @Override
    protected RecordType getRecordType() {
      return empty ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
      return fields;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      line = startingLineNumber;
      fields = 0;
      empty = false;
      unclosed = false;
      if (plan == null) {
        cells = new ArrayList<>();
      } else {
        beginRow();
      }
    }

    @Override
    protected void addField(char[] buf, int off, int len, boolean quoted) {
      if (plan == null) {
        cells.add(new String(buf, off, len));
      } else {
        if (sampling) {
          sampledChars += len + (quoted ? 3 : 1);
        }
        cell(fields, buf, off, len);
      }
      fields++;
    }

    @Override
    protected void setComment(char[] buf, int off, int len) {
      // Comments are off: never called.
    }

    @Override
    protected void setEmpty() {
      empty = true;
    }

    @Override
    protected Raw buildRecord() {
      // FastCSV returns an unmatched quote's field as the rest of the file: only the last
      // record can end inside quotes, and the tracker knows by the time it is built.
      unclosed = quotes.endedInsideQuotes();
      if (empty) {
        return null;
      }
      if (plan == null) {
        return new Raw(line, cells, unclosed);
      }
      endRow(line, fields, unclosed);
      return null; // handled: the parser goes on to the next record
    }

    /** A record read before the plan, fed through the same path as a parsed one. */
    void replay(Raw r) {
      beginRow();
      List<String> c = r.cells();
      for (int i = 0; i < c.size(); i++) {
        char[] chars = c.get(i).toCharArray();
        sampledChars += chars.length + 1;
        cell(i, chars, 0, chars.length);
      }
      endRow(r.line(), c.size(), r.unclosed());
    }

    private void beginRow() {
      teamLength = -1;
      undecodableTeam = false;
      idLength = 0;
      bad = 0;
    }

    private void cell(int c, char[] buf, int off, int len) {
      if (c >= width) {
        return;
      }
      int r = role[c];
      if (r >= 0) {
        double v = code(buf, off, len);
        raw[r] = v;
        if (v == INVALID) {
          badCells[r] = new String(buf, off, len);
          bad++;
        }
      } else if (r == TEAM) {
        team(buf, off, len);
      } else if (r == TEXT) {
        text[c] = new String(buf, off, len);
        return;
      } else if (r == ID) {
        respondent(buf, off, len);
      }
      if (c == waveIndex || cutOf[c] >= 0) { // they may name the team, an item or the id
        text[c] = new String(buf, off, len);
      }
    }

    /** The respondent id cell, stripped as {@link String#strip()} does, kept for the row. */
    private void respondent(char[] buf, int off, int len) {
      int end = off + len;
      // Printable ASCII at both ends (the common case) is not white space.
      if (len > 0 && !(buf[off] > ' ' && buf[off] < 0x7f && buf[end - 1] > ' '
          && buf[end - 1] < 0x7f)) {
        while (off < end && Character.isWhitespace(buf[off])) {
          off++;
        }
        while (end > off && Character.isWhitespace(buf[end - 1])) {
          end--;
        }
        len = end - off;
      }
      ids.stage(buf, off, len);
      idLength = len;
    }

    /**
     * The team cell, stripped, kept until the row is known to be good (the parser reuses buf)
     * to be looked up with the batch; an empty cell is no team.
     */
    private void team(char[] buf, int off, int len) {
      if (len > 0 && (buf[off] <= ' ' || buf[off + len - 1] <= ' ')) {
        char[] stripped = new String(buf, off, len).strip().toCharArray();
        buf = stripped;
        off = 0;
        len = stripped.length;
      }
      if (len == 0) {
        return;
      }
      if (len > teamChars.length) {
        teamChars = new char[Math.max(2 * teamChars.length, len)];
      }
      System.arraycopy(buf, off, teamChars, 0, len);
      teamLength = len;
      // Checked now, not when the batch is looked up, so that errors stay in line order.
      for (int i = off; i < off + len; i++) {
        if (buf[i] == UNDECODABLE) {
          undecodableTeam = true;
          return;
        }
      }
    }

    /**
     * The number of a --by column's value, stripped; an empty cell or a missing-value code is
     * the value {@link #NO_ANSWER}.
     */
    private int cutValue(int j, String cell) {
      String v = cell.strip();
      if (v.isEmpty() || request.missingCodes().contains(v)) {
        v = NO_ANSWER;
      }
      List<String> names = cutNames.get(j);
      return cutNumbers.get(j).computeIfAbsent(v, x -> {
        names.add(x);
        return names.size() - 1;
      });
    }

    /** Each --by column's values by number. */
    List<List<String>> cutValues() {
      return cutNames.stream().map(List::copyOf).toList();
    }

    /** Hands on the batched rows, once their ids are checked and their teams looked up. */
    void flush() {
      checkIds();
      if (batch.size() > 0) {
        batch.lookUp(teams);
        batch = sink.accept(batch);
      }
    }

    /**
     * About the characters in the file, from its size and encoding (UTF-8 as a byte each: at
     * most that many), or -1 for standard input, anything but a regular file, and workbooks.
     */
    private long fileChars() {
      long bytes = source.size(); // -1 for standard input, pipes and workbooks
      if (bytes < 0) {
        return -1;
      }
      try {
        float bytesPerChar = source.encoding().newEncoder().averageBytesPerChar();
        return bytes / Math.max(1, Math.round(bytesPerChar));
      } catch (RuntimeException e) { // a charset that cannot encode
        return -1;
      }
    }

    /** Checks the ids of the rows waiting in the batch, leaving out repeats. */
    void checkIds() {
      if (ids == null || ids.held() == 0) {
        return;
      }
      if (sampling && rows >= SAMPLE) {
        sampling = false;
        ids.expect((long) Math.ceil(
            (double) fileChars * (ids.size() + ids.held()) / Math.max(sampledChars, 1)));
      }
      ids.check(repeat);
      if (anyRepeated) {
        batch.remove(repeated);
        anyRepeated = false;
      }
    }

    /** A waiting row whose id an earlier row had: an error, and the row is left out. */
    private void repeat(int i, long line, long firstLine, char[] id, int off, int len) {
      rowsWithErrors++;
      error(line, ColumnPlan.column(plan.respondentId, plan.names), "respondent id "
          + RespondentIds.quote(id, off, len) + " repeats line " + firstLine
          + (waveIndex >= 0
              ? " in the same " + waveColumn + ", " + RespondentIds.quote(batch.wave(i))
                  + " (one row per person in each wave)"
              : " (one row per person; a file that holds several waves needs --wave COLUMN)"));
      repeated[i] = true;
      anyRepeated = true;
    }

    /** An error on the current row, after those of rows waiting for their ids to be checked. */
    private void rowError(long line, String column, String message) {
      checkIds();
      error(line, column, message);
    }

    private void endRow(long line, int fields, boolean unclosed) {
      this.line = line;
      rows++;
      if (unclosed) {
        rowsWithErrors++;
        rowError(line, null, ReadErrors.UNCLOSED_QUOTE);
        return;
      }
      if (fields != width) {
        rowsWithErrors++;
        rowError(line, null, "the row has " + fields + (fields == 1 ? " field" : " fields")
            + " but the header has " + width + " (a ragged row: check for a missing"
            + " or extra delimiter)");
        return;
      }
      if (plan.status >= 0 && ColumnPlan.isNotARealResponse(text[plan.status])) {
        drop("preview, test or spam response");
        return;
      }
      boolean unfinished = (finished >= 0 && ColumnPlan.isUnfinished(text[finished]))
          || (submit >= 0 && text[submit].isBlank());
      if (unfinished && dropUnfinished) {
        drop("unfinished");
        return;
      }
      if (bad > 0 && options.invalidAsMissing()) {
        for (int i = 0; i < raw.length; i++) {
          // Undecodable text is the file's encoding, not a stray code: still an error.
          if (raw[i] == INVALID && badCells[i].indexOf(UNDECODABLE) < 0) {
            raw[i] = Double.NaN;
            bad--;
            invalidAsMissing.merge(ColumnPlan.column(plan.itemColumn[i], plan.names), 1L,
                Long::sum);
          }
        }
      }
      if (bad > 0) {
        rowsWithErrors++;
        for (int i = 0; i < raw.length; i++) {
          if (raw[i] == INVALID) {
            rowError(line, ColumnPlan.column(plan.itemColumn[i], plan.names),
                invalidMessage(badCells[i]));
          }
        }
        return;
      }
      if (undecodableTeam) {
        rowsWithErrors++;
        rowError(line, ColumnPlan.column(plan.team, plan.names), encodingMessage());
        return;
      }
      String wave = null;
      if (waveIndex >= 0) {
        wave = text[waveIndex].strip();
        if (wave.isEmpty()) {
          rowsWithErrors++;
          rowError(line, ColumnPlan.column(waveIndex, plan.names), "empty " + waveColumn
              + " (every row needs one to be counted in a wave)");
          return;
        }
      }
      for (int j = 0; j < cut.length; j++) {
        cut[j] = cutValue(j, text[cutIndex[j]]);
      }
      if (idLength > 0 && ids != null) { // empty id cells are not checked
        ids.holdStaged(wave, line, batch.size());
      }
      double time = details ? seconds(text, plan.duration, plan.start, plan.end) : Double.NaN;
      batch.add(raw, teamChars, teamLength, line, time, details && unfinished, wave, cut);
      if (batch.isFull()) {
        flush();
      }
    }
  }

  /** The delimiter of the first line (outside quotes): the most frequent of , ; and tab. */
  static char delimiter(BufferedReader reader) throws IOException {
    int limit = 1 << 20;
    reader.mark(limit);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < limit; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    reader.reset();
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static double seconds(String[] r, int duration, int start, int end) {
    if (duration >= 0) {
      String s = r[duration].strip();
      if (s.isEmpty()) {
        return Double.NaN;
      }
      try {
        double v = Double.parseDouble(s);
        return v >= 0 ? v : Double.NaN;
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    if (start >= 0 && end >= 0) {
      double v = Timestamps.seconds(r[end]) - Timestamps.seconds(r[start]);
      return v >= 0 ? v : Double.NaN;
    }
    return Double.NaN;
  }

  private void repeatedColumns(List<String> names) {
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < names.size(); c++) {
      Integer before = seen.putIfAbsent(names.get(c).toLowerCase(Locale.ROOT), c);
      if (before != null && !names.get(c).isEmpty()) {
        warning(1, ColumnPlan.column(c, names), "the header repeats column " + (before + 1)
            + "; the first one is used");
      }
    }
  }

  static final double INVALID = Double.NEGATIVE_INFINITY;

  /** The value of a --by column for an empty cell (or a missing-value code). */
  public static final String NO_ANSWER = "(no answer)";

  /** An answer's value: NaN when missing, {@link #INVALID} when not on the scale. */
  double code(char[] buf, int off, int len) {
    if (len == 1) { // the common case: one digit
      int v = buf[off] - '0';
      if (v >= 0 && v <= 9 && v >= scale.min() && v <= scale.max()) {
        return v;
      }
    }
    return len == 0 ? Double.NaN : code(new String(buf, off, len));
  }

  /** A cell that is not a single digit on the scale, nor empty: missing codes, labels, numbers. */
  private double code(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || request.missingCodes().contains(s)) {
      return Double.NaN;
    }
    double v = AnswerCode.number(s);
    if (Double.isNaN(v)) {
      v = labels.valueOf(s);
    }
    return scale.contains(v) ? v : INVALID;
  }

  private static final char UNDECODABLE = '\uFFFD';

  private String encodingMessage() {
    return "the text is not valid " + source.encoding().name() + " (saved as Windows-1252 or"
        + " Latin-1? pass --encoding windows-1252, or save the file as UTF-8)";
  }

  private String invalidMessage(String cell) {
    String s = cell.strip();
    if (s.indexOf(UNDECODABLE) >= 0) {
      return encodingMessage();
    }
    String quoted = Excerpt.of(s);
    double v = AnswerCode.number(s);
    if (Double.isNaN(v)) {
      return "value \"" + quoted + "\" is not a number" + (labels.ownLabels().isEmpty()
          ? " or a known answer label" : " or a label of the scale ("
          + String.join(", ", labels.ownLabels()) + ")");
    }
    if (v != Math.rint(v)) {
      return "value \"" + quoted + "\" is not one of the answer options " + scale;
    }
    return "value \"" + quoted + "\" is outside the scale " + scale;
  }

  private void drop(String reason) {
    dropped.merge(reason, 1L, Long::sum);
  }

  private void error(long line, String column, String message) {
    errors++;
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.error(where, line, column, message));
    }
  }

  private void warning(long line, String column, String message) {
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.warning(where, line, column, message));
    }
  }

  private ReadSummary summary(long rows, boolean hasTeam) {
    return summary(rows, hasTeam, List.of(), List.of());
  }

  private ReadSummary summary(long rows, boolean hasTeam, List<String> teams,
      List<List<String>> cutValues) {
    invalidAsMissing.forEach((column, n) -> warning(0, column, n + (n == 1 ? " value" : " values")
        + " outside the scale " + scale + " read as missing (--invalid missing)"));
    invalidAsMissing.clear();
    return new ReadSummary(rows, hasTeam, findings, errors, layout, dropped, rowsWithErrors,
        teams, cutValues);
  }
}
