package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * The respondent ids seen so far in one read, each with the line it was first seen on, so that
 * a repeat can name that line: small-group suppression must count people, not rows.
 *
 * <p>An id is kept as a 64-bit fingerprint of its characters (FNV-1a 64 over the UTF-16 units,
 * then MurmurHash3's 64-bit finalizer), hashed straight from the parser's buffer: no String per
 * row. The fingerprints sit in a primitive open-addressing table (linear probing), one int[]
 * with three ints a slot: the fingerprint's high and low halves (0 = empty slot; a real 0 is
 * remapped) and the line (read unsigned; lines past 2^32 - 1 are kept as that). A slot's
 * fingerprint and line are thus one cache miss, not two, and 12 bytes. The slot is the
 * fingerprint's high half scaled to the table (any capacity, not only powers of two).
 *
 * <p>Its size is memory first touched, and on a virtual machine first touches are dear (about
 * 3 ms a megabyte): so the reader tells the table how many ids to {@link #expect}, estimated
 * from the size of the file, and the table is made that size once (for a load of 0.7) instead
 * of doubling its way there, each doubling rehashing everything with the old and the new
 * table both in memory. The table doubles past 0.8 load, so an estimate up to an eighth short
 * still needs none. Without an estimate (standard input) it starts small and doubles. A
 * million ids expected take 17 MB, ten million 171 MB; doubled from small they would end in
 * 2^21 slots, 25 MB (38 MB while the last doubling copies), and 2^24 slots, 201 MB (302 MB).
 *
 * <p>Two different ids with the same fingerprint would be reported as a repeat although they
 * are not. For n distinct ids the chance of any such collision is about n^2 / 2^65: 3e-8 at a
 * million ids, 3e-6 at ten million. That is accepted: nothing else is stored, and the error
 * names both lines, so a false report can be checked by eye.
 *
 * <p>Reads with a grouping column (waves) fold the group value into the fingerprint after the
 * id's characters, its length after it, so the same id in two groups is two different
 * fingerprints.
 *
 * <p>A million ids fill a 17 MB table: nearly every lookup misses the cache. Checked one by one,
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
  /** The load a table is made for ({@link #expect}); it doubles past {@link #MAX_LOAD}. */
  static final double LOAD = 0.7;
  static final double MAX_LOAD = 0.8;
  /**
   * Ints after the last slot, so that {@link #check} can touch 8 ints past any slot's start
   * (the slot and the next two: a probe seldom goes further) without a bounds check failing.
   */
  private static final int PAD = 6;
  /** Slots at most: three ints each in one array. */
  private static final int MAX_CAPACITY = (Integer.MAX_VALUE - 8 - PAD) / 3;
  /** Slots at most made up front from an estimate (200 MB); past that the table doubles. */
  private static final int MAX_EXPECTED = 1 << 24;

  /** Slot s is table[3s, 3s + 3): the fingerprint's high and low halves, the line. */
  private int[] table;
  private int capacity;
  private int size;
  private int threshold;

  // Held ids, in file order: fingerprint, line, the caller's row number, where its characters
  // end in heldChars; free: where the next one's begin. The staged id (stage) is at free.
  private long[] heldPrint = new long[256];
  private long[] heldLine = new long[256];
  private int[] heldRow = new int[256];
  private int[] heldEnd = new int[256];
  private char[] heldChars = new char[256 * 16];
  private int held;
  private int free;
  private int stagedLength;
  /** The staged id's FNV-1a state, before the group and the finalizer. */
  private long stagedHash;
  /** Keeps the touching loads of {@link #check} from being optimized away. */
  private int sink;

  RespondentIds() {
    this(1 << 12);
  }

  /** @param capacity initial table slots */
  RespondentIds(int capacity) {
    allocate(capacity);
  }

  /** Distinct fingerprints held. */
  int size() {
    return size;
  }

  /**
   * Makes room for about {@code ids} distinct ids in all (an estimate), now, at once: the
   * table, if smaller, is remade for that many at {@link #LOAD} (at most {@link #MAX_EXPECTED}
   * slots, and a quarter of the heap).
   */
  void expect(long ids) {
    long slots = Math.min((long) Math.ceil(ids / LOAD),
        Math.min(MAX_EXPECTED, Runtime.getRuntime().maxMemory() / (4 * 12)));
    if (slots > capacity) {
      rehash(new int[3 * (int) slots + PAD], (int) slots);
    }
  }

  /** The slot of {@code key}: its high half scaled to the capacity. */
  private static int slot(long key, int capacity) {
    return (int) (((key >>> 32) * capacity) >>> 32);
  }

  /**
   * Records {@code fingerprint} as seen on {@code line}, unless it was seen before: one id
   * {@link #check}ed on its own (none may be held).
   *
   * @return the line it was first seen on, or {@link #NEW}
   */
  long firstLine(long fingerprint, long line) {
    if (held != 0) {
      throw new IllegalStateException("ids are held");
    }
    hold(fingerprint, line, 0, new char[0], 0, 0);
    long[] first = {NEW};
    check((row, repeating, firstLine, id, off, len) -> first[0] = firstLine);
    return first[0];
  }

  /** Reports a held id that was seen before. */
  interface Repeat {
    /**
     * @param row the row number given to {@link #hold} or {@link #holdStaged}
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
    stage(id, off, len);
    holdStaged(null, line, row);
    heldPrint[held - 1] = fingerprint;
  }

  /**
   * Stages the id {@code buf[off, off + len)} of the row being read, straight from the parser's
   * buffer: its characters are copied (to name it if it repeats) and hashed in one pass. It
   * stays until the next {@code stage} or {@link #check}; {@link #holdStaged} holds it, if
   * the row turns out good.
   */
  void stage(char[] buf, int off, int len) {
    int start = free;
    char[] c = heldChars;
    if (start + len > c.length) {
      c = heldChars = Arrays.copyOf(c, Math.max(2 * c.length, start + len));
    }
    long h = FNV_OFFSET;
    for (int i = 0; i < len; i++) {
      char ch = buf[off + i];
      c[start + i] = ch;
      h = (h ^ ch) * FNV_PRIME;
    }
    stagedHash = h;
    stagedLength = len;
  }

  /** The staged id, as a String. */
  String stagedId() {
    return new String(heldChars, free, stagedLength);
  }

  /**
   * Holds the staged id ({@link #stage}) as {@link #hold} does, its fingerprint that of
   * {@link #fingerprint(String, char[], int, int)} within {@code group}, or without a group
   * (null) that of {@link #fingerprint(char[], int, int)}.
   */
  void holdStaged(String group, long line, int row) {
    long fingerprint = mix(group == null ? stagedHash : group(group, stagedHash));
    if (held == heldPrint.length) {
      int n = 2 * held;
      heldPrint = Arrays.copyOf(heldPrint, n);
      heldLine = Arrays.copyOf(heldLine, n);
      heldRow = Arrays.copyOf(heldRow, n);
      heldEnd = Arrays.copyOf(heldEnd, n);
    }
    heldPrint[held] = fingerprint;
    heldLine[held] = line;
    heldRow[held] = row;
    free += stagedLength;
    heldEnd[held] = free;
    held++;
  }

  /** Ids held and not yet checked. */
  int held() {
    return held;
  }

  /**
   * Checks the held ids in the order they were held, recording each new one with its line,
   * telling {@code repeat} about each one seen before (also earlier in the same window), with
   * the line it was first seen on, and lets go of them.
   */
  void check(Repeat repeat) {
    int touched = 0;
    int[] t = table;
    int c = capacity;
    for (int h = 0; h < held; h++) {
      int j = 3 * slot(heldPrint[h], c);
      touched += t[j] + t[j + 8]; // the slot and the next two, in one or two cache lines
    }
    sink += touched;
    // Then each is looked up and recorded: all in this loop, as a call per id would not be
    // inlined by the quick compiler the launcher picks for most files, and cost about as much
    // as the rest of the lookup.
    int end = 3 * c;
    ids:
    for (int h = 0; h < held; h++) {
      long key = heldPrint[h] == 0 ? ZERO : heldPrint[h];
      int hi = (int) (key >>> 32);
      int lo = (int) key;
      int j = 3 * slot(key, c);
      for (int k, l; ((k = t[j]) | (l = t[j + 1])) != 0; ) {
        if (k == hi && l == lo) {
          int start = h == 0 ? 0 : heldEnd[h - 1];
          repeat.repeat(heldRow[h], heldLine[h], Integer.toUnsignedLong(t[j + 2]), heldChars,
              start, heldEnd[h] - start);
          continue ids;
        }
        j += 3;
        if (j == end) {
          j = 0;
        }
      }
      t[j] = hi;
      t[j + 1] = lo;
      t[j + 2] = (int) Math.min(heldLine[h], 0xffffffffL);
      if (++size > threshold) {
        grow();
        t = table;
        c = capacity;
        end = 3 * c;
      }
    }
    held = 0;
    free = 0;
  }

  private void allocate(int slots) {
    table = new int[3 * slots + PAD];
    capacity = slots;
    threshold = (int) (slots * MAX_LOAD);
  }

  private void grow() {
    if (capacity == MAX_CAPACITY) {
      throw new IllegalStateException("too many respondent ids (over " + threshold + ")");
    }
    int slots = (int) Math.min(2L * capacity, MAX_CAPACITY);
    rehash(new int[3 * slots + PAD], slots);
  }

  /** Moves every fingerprint into {@code t}, a new table of {@code slots} slots. */
  private void rehash(int[] t, int slots) {
    int[] old = table;
    int oldEnd = 3 * capacity;
    table = t;
    capacity = slots;
    threshold = (int) (slots * MAX_LOAD);
    int end = 3 * slots;
    for (int o = 0; o < oldEnd; o += 3) {
      int hi = old[o];
      int lo = old[o + 1];
      if ((hi | lo) != 0) {
        int j = 3 * (int) (((hi & 0xffffffffL) * slots) >>> 32);
        while ((t[j] | t[j + 1]) != 0) {
          j += 3;
          if (j == end) {
            j = 0;
          }
        }
        t[j] = hi;
        t[j + 1] = lo;
        t[j + 2] = old[o + 2];
      }
    }
  }

  /** The fingerprint of the id {@code buf[off, off + len)}. */
  static long fingerprint(char[] buf, int off, int len) {
    return mix(chars(FNV_OFFSET, buf, off, len));
  }

  /** The fingerprint of the id {@code buf[off, off + len)} within the group {@code group}. */
  static long fingerprint(String group, char[] buf, int off, int len) {
    return mix(group(group, chars(FNV_OFFSET, buf, off, len)));
  }

  /** Folds {@code group} into the FNV-1a state of an id: its characters, then its length. */
  private static long group(String group, long h) {
    for (int i = 0; i < group.length(); i++) {
      h = (h ^ group.charAt(i)) * FNV_PRIME;
    }
    h = (h ^ (group.length() >>> 16)) * FNV_PRIME;
    return (h ^ (group.length() & 0xffff)) * FNV_PRIME;
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
    return capacity;
  }
}
