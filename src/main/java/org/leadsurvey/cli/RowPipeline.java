package org.leadsurvey.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.leadsurvey.ingest.RowBatch;
import org.leadsurvey.ingest.TeamNames;

/**
 * Takes the reader's batches of good rows to one accumulating thread, so that parsing and
 * statistics run on two cores at once. The accumulating thread also looks the batches' teams
 * up (in a {@link TeamNames} of its own): with 100,000 teams those lookups miss the cache, and
 * the reading thread has the parsing to do. One consumer takes the batches in file order, so
 * results are identical to a single-threaded pass. Memory: a few fixed batches.
 */
final class RowPipeline {
  /** Receives the rows on the accumulating thread, in file order. */
  @FunctionalInterface
  interface Sink {
    void add(String team, int teamId, double[] raw);
  }

  private static final int BATCHES = 4;
  private static final RowBatch LAST = new RowBatch(0);

  private final Sink sink;
  private final TeamNames names = new TeamNames();
  private final BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
  private final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(BATCHES);
  private final Thread worker;
  private volatile Throwable failure;

  RowPipeline(int k, Sink sink) {
    this.sink = sink;
    for (int i = 0; i < BATCHES - 1; i++) {
      free.add(new RowBatch(k));
    }
    worker = new Thread(() -> drain(k), "leadsurvey-accumulate");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues a full batch; returns an empty one for the reader to fill. */
  RowBatch handOff(RowBatch batch) {
    put(batch);
    return take(free);
  }

  /** Waits until every row has been accumulated; rethrows what went wrong on the worker. */
  void finish() {
    put(LAST);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  private void drain(int k) {
    double[] row = new double[k];
    while (true) {
      RowBatch b = take(full);
      if (b == LAST) {
        return;
      }
      if (failure == null) { // after a failure, keep taking batches so the reader never blocks
        try {
          b.lookUp(names);
          for (int i = 0; i < b.size(); i++) {
            int id = b.teamId(i);
            b.raw(i, row);
            sink.add(id < 0 ? null : names.name(id), id, row);
          }
        } catch (Throwable t) {
          failure = t;
        }
      }
      b.clear();
      free.add(b);
    }
  }

  private void put(RowBatch b) {
    try {
      full.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static RowBatch take(BlockingQueue<RowBatch> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
