package org.leadsurvey.ingest;

import java.util.List;

/** A row a read handed on, kept for a test. */
record ReadRow(int team, long line, double seconds, boolean unfinished, String wave,
    double[] raw) {
  /** A sink that keeps every row it receives in {@code rows}. */
  static RowSink into(List<ReadRow> rows) {
    return RowSink.each(batch -> {
      for (int i = 0; i < batch.size(); i++) {
        double[] raw = new double[batch.width()];
        batch.raw(i, raw);
        rows.add(new ReadRow(batch.team(i), batch.line(i), batch.seconds(i),
            batch.unfinished(i), batch.wave(i), raw));
      }
    });
  }

  /** The row's team name in the read's numbering; null for none. */
  String team(ReadSummary read) {
    return team < 0 ? null : read.teams().get(team);
  }
}
