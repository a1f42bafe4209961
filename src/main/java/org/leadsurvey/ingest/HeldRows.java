package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * Good rows read one by one (with details, or with a grouping column) held back until their
 * respondent ids are checked, a window at a time ({@link RespondentIds#check}); a row whose id
 * repeats is then {@link #remove}d and the rest are handed on in file order. Only used when the
 * file has a respondent id column.
 */
final class HeldRows {
  /** Rows a window: enough for the id lookups' cache misses to overlap. */
  static final int CAPACITY = 64;

  private final int k;
  private final double[] raw;
  final String[] team = new String[CAPACITY];
  final int[] teamId = new int[CAPACITY];
  final long[] line = new long[CAPACITY];
  final String[] respondentId = new String[CAPACITY];
  final double[] seconds = new double[CAPACITY];
  final boolean[] unfinished = new boolean[CAPACITY];
  final String[] group = new String[CAPACITY];
  private final boolean[] removed = new boolean[CAPACITY];
  private int size;

  /** @param k answers per row */
  HeldRows(int k) {
    this.k = k;
    this.raw = new double[CAPACITY * k];
  }

  int size() {
    return size;
  }

  boolean isFull() {
    return size == CAPACITY;
  }

  /** Holds a row; the row's details may be left at their defaults when not asked for. */
  void add(String team, int teamId, double[] answers, long line, String respondentId,
      double seconds, boolean unfinished, String group) {
    this.team[size] = team;
    this.teamId[size] = teamId;
    System.arraycopy(answers, 0, raw, size * k, k);
    this.line[size] = line;
    this.respondentId[size] = respondentId;
    this.seconds[size] = seconds;
    this.unfinished[size] = unfinished;
    this.group[size] = group;
    size++;
  }

  /** Leaves row i out: it is not handed on. */
  void remove(int i) {
    removed[i] = true;
  }

  boolean removed(int i) {
    return removed[i];
  }

  /** Row i's raw answers into {@code out}. */
  void raw(int i, double[] out) {
    System.arraycopy(raw, i * k, out, 0, k);
  }

  void clear() {
    Arrays.fill(team, 0, size, null);
    Arrays.fill(respondentId, 0, size, null);
    Arrays.fill(group, 0, size, null);
    Arrays.fill(removed, 0, size, false);
    size = 0;
  }
}
