package org.leadsurvey.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The comma-separated files read beside a survey export, peer ratings and rosters: one parser
 * set-up and one header rule for both.
 */
final class CommaCsv {
  private CommaCsv() {}

  /** The source's text, followed for a quote left open at the end (see {@link QuoteTracker}). */
  static QuoteTracker open(InputSource source) throws IOException {
    return new QuoteTracker(source.open(), ',', '"');
  }

  /**
   * Its records, empty lines skipped; rows of any length, which the readers report as ragged
   * themselves, with their line.
   */
  static CsvReader<CsvRecord> records(QuoteTracker text) {
    return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).ofCsvRecord(text);
  }

  /** The first record's cells as column names (see {@link HeaderText#cell}). */
  static List<String> header(CsvRecord first) {
    List<String> header = new ArrayList<>();
    first.getFields().forEach(h -> header.add(HeaderText.cell(h)));
    return header;
  }
}
