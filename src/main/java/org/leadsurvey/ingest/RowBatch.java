package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * Good rows of a response file, up to {@link #CAPACITY} at a time, in file order: their raw
 * answers, and their team names as characters until {@link #lookUp} numbers them, all at once
 * so that the lookups' cache misses overlap. A handler that takes whole batches
 * ({@link ResponseReader.RowHandler#acceptBatch}) can hand them to another thread.
 */
public final class RowBatch {
  /** Rows per batch: enough for the team lookups' cache misses to overlap. */
  public static final int CAPACITY = 256;

  private final int k;
  private final double[] raw;
  private final int[] start = new int[CAPACITY];
  private final int[] length = new int[CAPACITY];
  private final int[] ids = new int[CAPACITY];
  private final String[] teams = new String[CAPACITY];
  private char[] chars = new char[CAPACITY * 16];
  private int size;
  private int used;
  // For the row-by-row default of RowHandler.acceptBatch.
  final double[] row;
  final ResponseReader.RowInfo info = new ResponseReader.RowInfo();

  /** @param k answers per row */
  public RowBatch(int k) {
    this.k = k;
    this.raw = new double[CAPACITY * k];
    this.row = new double[k];
  }

  public int size() {
    return size;
  }

  boolean isFull() {
    return size == CAPACITY;
  }

  /** Adds a row; {@code teamLength} -1 is a row without a team. */
  void add(double[] answers, char[] team, int teamLength) {
    if (teamLength > 0) {
      if (used + teamLength > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + teamLength));
      }
      System.arraycopy(team, 0, chars, used, teamLength);
    }
    start[size] = used;
    length[size] = teamLength;
    used += Math.max(teamLength, 0);
    System.arraycopy(answers, 0, raw, size * k, k);
    size++;
  }

  /**
   * Leaves out the rows i with {@code remove[i]} (before {@link #lookUp}), the others keeping
   * their order, and clears those flags.
   */
  void remove(boolean[] remove) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (remove[i]) {
        remove[i] = false;
        continue;
      }
      if (kept != i) {
        start[kept] = start[i];
        length[kept] = length[i];
        System.arraycopy(raw, i * k, raw, kept * k, k);
      }
      kept++;
    }
    size = kept;
  }

  /** Empties the batch for the next rows. */
  public void clear() {
    java.util.Arrays.fill(teams, 0, size, null);
    size = 0;
    used = 0;
  }

  /** Row i's raw answers (instrument item order, NaN = missing) into {@code out}. */
  public void raw(int i, double[] out) {
    System.arraycopy(raw, i * k, out, 0, k);
  }

  /**
   * Looks every row's team up in {@code names}, which numbers each name as it first appears:
   * afterwards {@link #teamId(int)} and {@link #team(int)} give row i's team (-1 and null for
   * none), also to another thread the batch is then handed to.
   */
  public void lookUp(TeamNames names) {
    names.ids(chars, start, length, size, ids);
    for (int i = 0; i < size; i++) {
      teams[i] = ids[i] < 0 ? null : names.name(ids[i]);
    }
  }

  /** Row i's team number after {@link #lookUp}. */
  public int teamId(int i) {
    return ids[i];
  }

  /** Row i's team name after {@link #lookUp}, one instance per team; null for none. */
  public String team(int i) {
    return teams[i];
  }
}
