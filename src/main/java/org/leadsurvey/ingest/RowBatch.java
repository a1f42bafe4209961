package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * Good rows of a response file, up to {@link #CAPACITY} at a time, in file order, as a
 * {@link RowSink} receives them: each row's raw answers (instrument item order, NaN = missing),
 * its team as a number (0, 1, ... in order of first appearance in the file, -1 for none; the
 * names are in {@link ReadSummary#teams()}), and where it came from. A sink may keep a batch
 * (hand it to another thread) and give the reader another one to fill.
 */
public final class RowBatch {
  /** Rows per batch: enough for the team lookups' cache misses to overlap. */
  public static final int CAPACITY = 256;

  private final int k;
  private final double[] raw;
  private final int[] team = new int[CAPACITY];
  private final long[] line = new long[CAPACITY];
  private final double[] seconds = new double[CAPACITY];
  private final boolean[] unfinished = new boolean[CAPACITY];
  private final String[] wave = new String[CAPACITY];
  private final int cuts;
  private final int[] cut;
  // Team cells as characters until lookUp numbers them, all at once, so that the lookups'
  // cache misses overlap: start and length per row (-1: no team) into chars.
  private final int[] start = new int[CAPACITY];
  private final int[] length = new int[CAPACITY];
  private char[] chars = new char[CAPACITY * 16];
  private int used;
  private int size;

  /** @param k answers per row */
  public RowBatch(int k) {
    this(k, 0);
  }

  /**
   * @param k answers per row
   * @param cuts --by columns per row
   */
  public RowBatch(int k, int cuts) {
    this.k = k;
    this.raw = new double[CAPACITY * k];
    this.cuts = cuts;
    this.cut = new int[CAPACITY * cuts];
  }

  /** Rows in the batch. */
  public int size() {
    return size;
  }

  /** Answers per row. */
  public int width() {
    return k;
  }

  /** Row i's raw answers into {@code out}. */
  public void raw(int i, double[] out) {
    System.arraycopy(raw, i * k, out, 0, k);
  }

  /** Row i's team number, -1 when the row has no team. */
  public int team(int i) {
    return team[i];
  }

  /** Row i's first line in the file. */
  public long line(int i) {
    return line[i];
  }

  /**
   * Row i's completion time in seconds; NaN when the export has no times, the cells are empty,
   * or the read did not ask for details ({@link ResponseReader.Options#details()}).
   */
  public double seconds(int i) {
    return seconds[i];
  }

  /**
   * Whether the platform marks row i unfinished (Qualtrics {@code Finished} false or 0,
   * LimeSurvey empty {@code submitdate}). Such rows are read only with
   * {@link ResponseReader.Options#includeUnfinished()}, and marked only with details.
   */
  public boolean unfinished(int i) {
    return unfinished[i];
  }

  /**
   * The number of row i's value in --by column j ({@link ReadSummary#cutValues}); an empty cell
   * is a value too ({@link ResponseReader#NO_ANSWER}).
   */
  public int cut(int i, int j) {
    return cut[i * cuts + j];
  }

  /** Row i's value in the wave column, or null when the read has none. */
  public String wave(int i) {
    return wave[i];
  }

  /** A new, empty batch of the same width, for a sink that keeps batches. */
  public RowBatch emptyCopy() {
    return new RowBatch(k, cuts);
  }

  /** Empties the batch for the next rows. */
  public void clear() {
    Arrays.fill(wave, 0, size, null);
    size = 0;
    used = 0;
  }

  boolean isFull() {
    return size == CAPACITY;
  }

  /** Adds a row; {@code teamLength} -1 is a row without a team. */
  void add(double[] answers, char[] teamChars, int teamLength, long line, double seconds,
      boolean unfinished, String wave, int[] cutValues) {
    if (teamLength > 0) {
      if (used + teamLength > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + teamLength));
      }
      System.arraycopy(teamChars, 0, chars, used, teamLength);
    }
    start[size] = used;
    length[size] = teamLength;
    used += Math.max(teamLength, 0);
    System.arraycopy(answers, 0, raw, size * k, k);
    this.line[size] = line;
    this.seconds[size] = seconds;
    this.unfinished[size] = unfinished;
    this.wave[size] = wave;
    System.arraycopy(cutValues, 0, cut, size * cuts, cuts);
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
        line[kept] = line[i];
        seconds[kept] = seconds[i];
        unfinished[kept] = unfinished[i];
        wave[kept] = wave[i];
        System.arraycopy(raw, i * k, raw, kept * k, k);
        System.arraycopy(cut, i * cuts, cut, kept * cuts, cuts);
      }
      kept++;
    }
    Arrays.fill(wave, kept, size, null);
    size = kept;
  }

  /** Numbers every row's team with {@code names}, which numbers each name as it first appears. */
  void lookUp(TeamNames names) {
    names.ids(chars, start, length, size, team);
  }
}
