package org.leadsurvey.analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.leadsurvey.ingest.RowBatch;

/**
 * Takes the reader's batches of good rows, teams looked up, to one accumulating thread, so that
 * parsing and statistics run on two cores at once. One consumer takes the batches in file
 * order, so results are identical to a single-threaded pass. Memory: 64 fixed batches (about
 * 2 MB for 7 items).
 */
final class RowPipeline {
  /** Receives the batches on the accumulating thread, in file order, teams looked up. */
  @FunctionalInterface
  interface Sink {
    void add(RowBatch batch);
  }

  // Enough batches in flight to absorb the two threads' uneven pace (early on, one runs
  // compiled code while the other still waits for the JIT): with 4, both sat waiting in turn.
  private static final int BATCHES = 64;
  private static final RowBatch LAST = new RowBatch(0);

  private final Sink sink;
  private final BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
  private final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(BATCHES);
  private final Thread worker;
  private volatile Throwable failure;

  private boolean started;

  RowPipeline(Sink sink) {
    this.sink = sink;
    worker = new Thread(this::drain, "leadsurvey-accumulate");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues a full batch whose teams are looked up; returns an empty one for the reader. */
  RowBatch handOff(RowBatch batch) {
    if (!started) {
      started = true;
      for (int i = 0; i < BATCHES - 1; i++) {
        free.add(batch.emptyCopy());
      }
    }
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

  private void drain() {
    while (true) {
      RowBatch b = take(full);
      if (b == LAST) {
        return;
      }
      if (failure == null) { // after a failure, keep taking batches so the reader never blocks
        try {
          sink.add(b);
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
