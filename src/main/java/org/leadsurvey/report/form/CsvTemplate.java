package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.report.CsvOutput;

/**
 * An empty response file whose header is exactly what {@code analyze} reads: {@code respondent,
 * team}, then the item ids. A peer-rating instrument gets the long format {@code team, rater,
 * ratee, rating} that {@code leadsurvey network} reads ({@code team, rater, ratee, criterion,
 * rating} for several criteria, the criterion being the item id).
 */
final class CsvTemplate implements FormWriter {
  @Override
  public void write(Form form, Writer out) throws IOException {
    List<String> header = new ArrayList<>();
    if (form.peerRating()) {
      header.addAll(form.peerCriteria() ? Form.PEER_CRITERIA_COLUMNS : Form.PEER_COLUMNS);
    } else {
      header.add("respondent");
      header.add(Form.TEAM_COLUMN);
      form.items().stream().map(Item::id).forEach(header::add);
    }
    try {
      CsvOutput.to(out).row(header).flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
