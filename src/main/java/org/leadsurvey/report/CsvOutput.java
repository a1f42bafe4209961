package org.leadsurvey.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Every CSV file leadsurvey writes goes through here: FastCSV's {@link CsvWriter} (the one CSV
 * library, issue 7), set up to write byte for byte what Commons CSV's {@code DEFAULT} format
 * wrote before, so that scripts reading our output see no change:
 * <ul>
 *   <li>comma, double quote, records end with the platform's line separator;</li>
 *   <li>a value is quoted when it contains a comma, quote, CR or LF (FastCSV does this itself),
 *       when it starts with a character up to {@code '#'} (space, {@code !}, {@code "},
 *       {@code #}, control characters), or ends with one up to a space; embedded quotes are
 *       doubled;</li>
 *   <li>an empty string in the first column is written as {@code ""} (so that a row with one
 *       empty value is not an empty line); a {@code null} is written as nothing;</li>
 *   <li>other values are written with {@code toString()}, floating-point ones without an
 *       exponent;</li>
 *   <li>text is made safe for spreadsheets ({@link SafeText#csvCell}): a cell starting with
 *       {@code = + - @} (and not a number) gets a leading {@code '}, control characters are
 *       escaped.</li>
 * </ul>
 * Rows are buffered: call {@link #flush()} at the end. The writer is never closed here.
 */
public final class CsvOutput implements TableOut {
  /** Commons CSV's {@code QuoteMode.MINIMAL}, on top of what FastCSV always quotes. */
  static final QuoteStrategy COMMONS_MINIMAL = new QuoteStrategy() {
    @Override
    public boolean quoteEmpty(int lineNo, int fieldIdx) {
      return fieldIdx == 0;
    }

    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ';
    }
  };

  private final CsvWriter csv;

  private CsvOutput(Writer out) {
    this.csv = CsvWriter.builder()
        .quoteStrategy(COMMONS_MINIMAL)
        .lineDelimiter(LineDelimiter.PLATFORM)
        .build(out);
  }

  /** A CSV writer on {@code out}; rows go out on {@link #flush()} or as the buffer fills. */
  public static CsvOutput to(Writer out) {
    return new CsvOutput(out);
  }

  /** One record; {@code null} values are written as nothing. */
  @Override
  public CsvOutput row(Object... values) {
    CsvWriter.CsvWriterRecord record = csv.writeRecord();
    for (Object v : values) {
      // Numbers arrive as Number or as the text Numbers.exact wrote; csvCell leaves both alone.
      record.writeField(v == null ? null
          : v instanceof String text ? SafeText.csvCell(text)
          : v instanceof Double || v instanceof Float ? Numbers.plain(v.toString())
          : v.toString());
    }
    record.endRecord();
    return this;
  }

  /** One record from a list (a header, or a row built up in pieces). */
  public CsvOutput row(List<?> values) {
    return row(values.toArray());
  }

  /** Writes out buffered rows and flushes the underlying writer. */
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
