package org.leadsurvey.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
/**
 * Hands good rows from the reading thread to one accumulating thread in batches, so that
 * parsing and statistics run on two cores at once. One consumer takes the rows in file order,
 * so results are identical to a single-threaded pass. Memory: a few fixed batches.
 */
final class RowPipeline {
  /** Receives the rows on the accumulating thread, in file order. */
  @FunctionalInterface
  interface Sink {
    void add(String team, int teamId, double[] raw);
  }

  private static final int BATCH = 4096;
  private static final int BATCHES = 4;

  private final int k;
  private final Sink sink;
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
  private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
  private final Thread worker;
  private Batch current;
  private volatile Throwable failure;

  private static final class Batch {
    final String[] teams = new String[BATCH];
    final int[] teamIds = new int[BATCH];
    final double[] values;
    int size;
    final boolean last;

    Batch(int k, boolean last) {
      values = new double[last ? 0 : BATCH * k];
      this.last = last;
    }
  }

  RowPipeline(int k, Sink sink) {
    this.k = k;
    this.sink = sink;
    for (int i = 0; i < BATCHES - 1; i++) {
      free.add(new Batch(k, false));
    }
    current = new Batch(k, false);
    worker = new Thread(this::drain, "leadsurvey-accumulate");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues one row; raw is copied. */
  void add(String team, int teamId, double[] raw) {
    Batch b = current;
    b.teams[b.size] = team;
    b.teamIds[b.size] = teamId;
    System.arraycopy(raw, 0, b.values, b.size * k, k);
    if (++b.size == BATCH) {
      put(b);
      current = take(free);
    }
  }

  /** Waits until every row has been accumulated; rethrows what went wrong on the worker. */
  void finish() {
    if (current.size > 0) {
      put(current);
    }
    put(new Batch(k, true));
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
    double[] row = new double[k];
    while (true) {
      Batch b = take(full);
      if (b.last) {
        return;
      }
      if (failure == null) { // after a failure, keep taking batches so the reader never blocks
        try {
          for (int i = 0; i < b.size; i++) {
            System.arraycopy(b.values, i * k, row, 0, k);
            sink.add(b.teams[i], b.teamIds[i], row);
          }
        } catch (Throwable t) {
          failure = t;
        }
      }
      java.util.Arrays.fill(b.teams, 0, b.size, null);
      b.size = 0;
      free.add(b);
    }
  }

  private void put(Batch b) {
    try {
      full.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Batch take(BlockingQueue<Batch> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
