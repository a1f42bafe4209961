package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leadsurvey.instrument.Item;

/**
 * An empty response file whose header is exactly what {@code analyze} reads: {@code respondent,
 * team}, then the item ids. A peer-rating instrument gets the long format {@code team, rater,
 * ratee, rating} that {@code leadsurvey network} reads.
 */
final class CsvTemplate implements FormWriter {
  @Override
  public void write(Form form, Writer out) throws IOException {
    List<String> header = new ArrayList<>();
    if (form.peerRating()) {
      header.addAll(Form.PEER_COLUMNS);
    } else {
      header.add("respondent");
      header.add(Form.TEAM_COLUMN);
      form.items().stream().map(Item::id).forEach(header::add);
    }
    CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setRecordSeparator(System.lineSeparator()).build());
    p.printRecord(header);
    p.flush();
  }
}
