package org.leadsurvey.ingest;

import java.util.function.Consumer;

/**
 * Receives the good rows of a read, a batch at a time, in file order, teams already numbered
 * ({@link RowBatch#team}). The one way rows leave {@link ResponseReader}, whatever the read asks
 * for (row details, a wave column).
 */
@FunctionalInterface
public interface RowSink {
  /**
   * Takes a full (or the last) batch.
   *
   * @return the empty batch for the reader to fill next: this one, cleared, or another of the
   *     same width when the sink keeps this one (to work on it on another thread)
   */
  RowBatch accept(RowBatch rows);

  /** A sink that looks at each batch during the call and then gives it back, cleared. */
  static RowSink each(Consumer<RowBatch> consumer) {
    return rows -> {
      consumer.accept(rows);
      rows.clear();
      return rows;
    };
  }
}
