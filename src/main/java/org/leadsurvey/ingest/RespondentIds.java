package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * The respondent ids seen so far in one read, each with the line it was first seen on, so that
 * a repeat can name that line: small-group suppression must count people, not rows.
 *
 * <p>An id is kept as a 64-bit fingerprint of its characters (FNV-1a 64 over the UTF-16 units,
 * then MurmurHash3's 64-bit finalizer), hashed straight from the parser's buffer: no String per
 * row. The fingerprints sit in a primitive open-addressing table (linear probing, doubling at
 * 0.7 load), a long for the fingerprint (0 = empty slot; a real 0 is remapped) and an int for
 * the line (read unsigned; lines past 2^32 - 1 are kept as that). Ten million ids take about
 * 200 MB (a 2^24-slot table), briefly 300 MB while it doubles.
 *
 * <p>Two different ids with the same fingerprint would be reported as a repeat although they
 * are not. For n distinct ids the chance of any such collision is about n^2 / 2^65: 3e-8 at a
 * million ids, 3e-6 at ten million. That is accepted: nothing else is stored, and the error
 * names both lines, so a false report can be checked by eye.
 *
 * <p>Reads with a grouping column (waves) fold the group value into the fingerprint, its
 * length after it, so the same id in two groups is two different fingerprints.
 *
 * <p>A million ids fill a 24 MB table: nearly every lookup misses the cache. Checked one by one,
 * between the parsing of one row and the next, each miss is waited for in full (that doubled
 * the time of a plain read of a million rows). So the reader {@link #hold}s the ids of a window
 * of rows and {@link #check}s them together: first every one's slot is read, in a loop that
 * does nothing else, so that the misses overlap; then they are looked up and recorded in file
 * order.
 */
final class RespondentIds {
  /** No earlier line: the id is new. */
  static final long NEW = -1;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  /** Where a fingerprint of 0 (the empty slot) goes instead. */
  private static final long ZERO = 0x9e3779b97f4a7c15L;
  private static final int MAX_CAPACITY = 1 << 30;

  private long[] keys;
  private int[] lines;
  private int mask;
  private int size;
  private int threshold;

  // Held ids, in file order: fingerprint, line, the caller's row number, and the characters.
  private long[] heldPrint = new long[256];
  private long[] heldLine = new long[256];
  private int[] heldRow = new int[256];
  private int[] heldEnd = new int[256];
  private char[] heldChars = new char[256 * 16];
  private int held;
  /** Keeps the touching loads of {@link #check} from being optimized away. */
  private long sink;

  RespondentIds() {
    this(1 << 12);
  }

  /** @param capacity initial table slots, a power of two */
  RespondentIds(int capacity) {
    allocate(capacity);
  }

  /** Distinct fingerprints held. */
  int size() {
    return size;
  }

  /**
   * Records {@code fingerprint} as seen on {@code line}, unless it was seen before.
   *
   * @return the line it was first seen on, or {@link #NEW}
   */
  long firstLine(long fingerprint, long line) {
    long key = fingerprint == 0 ? ZERO : fingerprint;
    int i = (int) key & mask;
    for (long k; (k = keys[i]) != 0; i = (i + 1) & mask) {
      if (k == key) {
        return Integer.toUnsignedLong(lines[i]);
      }
    }
    keys[i] = key;
    lines[i] = (int) Math.min(line, 0xffffffffL);
    if (++size > threshold) {
      grow();
    }
    return NEW;
  }

  /** Reports a held id that was seen before. */
  interface Repeat {
    /**
     * @param row the row number given to {@link #hold}
     * @param line the repeating row's line
     * @param firstLine the line the id was first seen on
     * @param id the id's characters, {@code id[off, off + len)}
     */
    void repeat(int row, long line, long firstLine, char[] id, int off, int len);
  }

  /**
   * Holds an id to be checked by the next {@link #check}, with the caller's number for its row.
   */
  void hold(long fingerprint, long line, int row, char[] id, int off, int len) {
    if (held == heldPrint.length) {
      int n = 2 * held;
      heldPrint = Arrays.copyOf(heldPrint, n);
      heldLine = Arrays.copyOf(heldLine, n);
      heldRow = Arrays.copyOf(heldRow, n);
      heldEnd = Arrays.copyOf(heldEnd, n);
    }
    int start = held == 0 ? 0 : heldEnd[held - 1];
    if (start + len > heldChars.length) {
      heldChars = Arrays.copyOf(heldChars, Math.max(2 * heldChars.length, start + len));
    }
    System.arraycopy(id, off, heldChars, start, len);
    heldPrint[held] = fingerprint;
    heldLine[held] = line;
    heldRow[held] = row;
    heldEnd[held] = start + len;
    held++;
  }

  /** Ids held and not yet checked. */
  int held() {
    return held;
  }

  /**
   * Checks the held ids in the order they were held, as {@link #firstLine} does, telling
   * {@code repeat} about each one seen before (also earlier in the same window), and lets go
   * of them.
   */
  void check(Repeat repeat) {
    long touched = 0;
    for (int h = 0; h < held; h++) {
      long key = heldPrint[h] == 0 ? ZERO : heldPrint[h];
      int i = (int) key & mask;
      touched += keys[i] + lines[i];
    }
    sink += touched;
    for (int h = 0; h < held; h++) {
      long first = firstLine(heldPrint[h], heldLine[h]);
      if (first != NEW) {
        int start = h == 0 ? 0 : heldEnd[h - 1];
        repeat.repeat(heldRow[h], heldLine[h], first, heldChars, start, heldEnd[h] - start);
      }
    }
    held = 0;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    lines = new int[capacity];
    mask = capacity - 1;
    threshold = (int) (capacity * 0.7);
  }

  private void grow() {
    if (keys.length == MAX_CAPACITY) {
      throw new IllegalStateException("too many respondent ids (over " + threshold + ")");
    }
    long[] oldKeys = keys;
    int[] oldLines = lines;
    allocate(oldKeys.length * 2);
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != 0) {
        int i = (int) key & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        lines[i] = oldLines[j];
      }
    }
  }

  /** The fingerprint of the id {@code buf[off, off + len)}. */
  static long fingerprint(char[] buf, int off, int len) {
    return mix(chars(FNV_OFFSET, buf, off, len));
  }

  /** The fingerprint of the id {@code buf[off, off + len)} within the group {@code group}. */
  static long fingerprint(String group, char[] buf, int off, int len) {
    long h = FNV_OFFSET;
    for (int i = 0; i < group.length(); i++) {
      h = (h ^ group.charAt(i)) * FNV_PRIME;
    }
    h = (h ^ (group.length() >>> 16)) * FNV_PRIME;
    h = (h ^ (group.length() & 0xffff)) * FNV_PRIME;
    return mix(chars(h, buf, off, len));
  }

  private static long chars(long h, char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      h = (h ^ buf[i]) * FNV_PRIME;
    }
    return h;
  }

  /** MurmurHash3's fmix64: every input bit reaches every output bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** At most this many characters of an id are quoted in a message. */
  static final int QUOTED = 40;

  /**
   * The id for a message, in double quotes: at most {@link #QUOTED} characters (then
   * "..."), control and format characters escaped as Java's backslash-u escapes, quotes and
   * backslashes with a backslash, so that nothing in a cell reaches a terminal raw.
   */
  static String quote(char[] buf, int off, int len) {
    StringBuilder s = new StringBuilder(Math.min(len, QUOTED) + 8).append('"');
    int end = off + len;
    int shown = 0;
    int i = off;
    for (; i < end && shown < QUOTED; i++, shown++) {
      char c = buf[i];
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < end
          && Character.isLowSurrogate(buf[i + 1])) {
        s.append(c).append(buf[++i]); // one character, two units
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)
          || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    if (i < end) {
      s.append("...");
    }
    return s.append('"').toString();
  }

  /** {@link #quote(char[], int, int)} of a String. */
  static String quote(String id) {
    return quote(id.toCharArray(), 0, id.length());
  }

  /** The table's slots (for tests). */
  int capacity() {
    return keys.length;
  }
}
