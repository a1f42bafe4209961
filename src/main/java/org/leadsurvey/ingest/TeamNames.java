package org.leadsurvey.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Numbers the distinct team names (0, 1, ... in order of first appearance), looked up straight
 * from the parser's characters, with one String per team. A million rows name a hundred
 * thousand teams: making a String for every row's team cell, only to hash it and compare it with
 * a stored one downstream, was a large share of the read. The names' characters sit end to end
 * in one array, so a lookup touches a table slot and the stored characters, not a String object
 * and its array. Downstream, the id indexes the team's sums directly. Memory grows with the
 * number of teams.
 *
 * <p>Short names (up to 7 characters below U+0100: generated ids like T004711, team codes) are
 * packed into one long, their key, and kept in a table of their own: finding one reads a single
 * table slot, instead of a slot, then where its characters start, then the characters.
 */
final class TeamNames {
  // Open addressing, two ints a slot: the name's hash, and its id + 1 (0 = empty).
  private int[] table = new int[2 * 64];
  private char[] chars = new char[1024];
  private int used;
  // Per id: where its characters start (they end where the next id's start), and its String.
  private int[] start = new int[33];
  private String[] names = new String[32];
  private int size;
  // Packed short names: two longs a slot, the key (0 = empty) and the id.
  private long[] packed = new long[2 * 64];
  private int packedCount;
  private long[] keys = new long[0]; // a batch's keys (0 = not a short name)

  /** The id of the team name in {@code buf[off, off + len)}, already stripped, not empty. */
  int id(char[] buf, int off, int len) {
    long key = pack(buf, off, len);
    return key != 0 ? packedId(key, buf, off, len) : id(buf, off, len, hash(buf, off, len));
  }

  /**
   * The ids of n names, {@code buf[start[i], start[i] + length[i])}, into ids; a length of -1
   * is no team (id -1). First every name's table slot is read, then each matching entry's
   * characters, in loops that do nothing else: the cache misses of a whole batch then overlap
   * instead of waiting one after another. Then the lookups proper find the lines in cache.
   */
  void ids(char[] buf, int[] start, int[] length, int n, int[] ids) {
    if (keys.length < n) {
      keys = new long[n];
    }
    int[] hashes = ids; // the hashes first, then overwritten by the ids
    int touched = 0;
    for (int i = 0; i < n; i++) {
      if (length[i] >= 0) {
        long key = pack(buf, start[i], length[i]);
        keys[i] = key;
        if (key != 0) {
          touched += (int) packed[2 * packedSlot(key)];
        } else {
          int h = hash(buf, start[i], length[i]);
          hashes[i] = h;
          touched += table[2 * slot(h) + 1];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (length[i] >= 0 && keys[i] == 0) {
        int id = table[2 * slot(hashes[i]) + 1] - 1;
        touched += id < 0 ? 0 : chars[this.start[id]];
      }
    }
    sink = touched; // a use, so the loads are not optimized away
    for (int i = 0; i < n; i++) {
      if (length[i] < 0) {
        ids[i] = -1;
      } else if (keys[i] != 0) {
        ids[i] = packedId(keys[i], buf, start[i], length[i]);
      } else {
        ids[i] = id(buf, start[i], length[i], hashes[i]);
      }
    }
  }

  /**
   * The key of a short name: its length, then a byte per character, so different names have
   * different keys and none is 0. 0 when the name is longer than 7 or has a character beyond
   * U+00FF.
   */
  static long pack(char[] buf, int off, int len) {
    if (len > 7) {
      return 0;
    }
    long key = len;
    for (int i = 0; i < len; i++) {
      char c = buf[off + i];
      if (c > 0xFF) {
        return 0;
      }
      key = key << 8 | c;
    }
    return key;
  }

  private int packedId(long key, char[] buf, int off, int len) {
    int mask = packed.length / 2 - 1;
    for (int slot = packedSlot(key); ; slot = (slot + 1) & mask) {
      long k = packed[2 * slot];
      if (k == key) {
        return (int) packed[2 * slot + 1];
      }
      if (k == 0) {
        int id = append(buf, off, len);
        packed[2 * slot] = key;
        packed[2 * slot + 1] = id;
        if (++packedCount * 2 > packed.length / 2) {
          growPacked();
        }
        return id;
      }
    }
  }

  private int packedSlot(long key) {
    int slots = packed.length / 2;
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(slots)));
  }

  private void growPacked() {
    long[] old = packed;
    packed = new long[old.length * 2];
    int mask = packed.length / 2 - 1;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s] != 0) {
        int slot = packedSlot(old[s]);
        while (packed[2 * slot] != 0) {
          slot = (slot + 1) & mask;
        }
        packed[2 * slot] = old[s];
        packed[2 * slot + 1] = old[s + 1];
      }
    }
  }

  @SuppressWarnings("unused")
  private int sink;

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[off + i];
    }
    return h;
  }

  private int id(char[] buf, int off, int len, int h) {
    int mask = slots() - 1;
    for (int slot = slot(h); ; slot = (slot + 1) & mask) {
      int id = table[2 * slot + 1] - 1;
      if (id < 0) {
        return add(buf, off, len, h, slot);
      }
      if (table[2 * slot] == h && same(id, buf, off, len)) {
        return id;
      }
    }
  }

  /** The name of id. */
  String name(int id) {
    return names[id];
  }

  /** The names so far, by id. */
  List<String> names() {
    return Collections.unmodifiableList(Arrays.asList(names).subList(0, size));
  }

  private boolean same(int id, char[] buf, int off, int len) {
    int from = start[id];
    if (start[id + 1] - from != len) {
      return false;
    }
    return Arrays.equals(chars, from, from + len, buf, off, off + len);
  }

  private int slots() {
    return table.length / 2;
  }

  /** Fibonacci hashing: the top bits of h times 2^32/phi spread similar names apart. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(slots()));
  }

  private int add(char[] buf, int off, int len, int h, int slot) {
    int id = append(buf, off, len);
    table[2 * slot] = h;
    table[2 * slot + 1] = id + 1;
    if (size * 2 > slots()) {
      grow();
    }
    return id;
  }

  /** A new id for the name: its characters, where they start, and its String. */
  private int append(char[] buf, int off, int len) {
    int id = size++;
    if (used + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
    System.arraycopy(buf, off, chars, used, len);
    if (id == names.length) {
      names = Arrays.copyOf(names, id * 2);
      start = Arrays.copyOf(start, id * 2 + 1);
    }
    start[id] = used;
    used += len;
    start[id + 1] = used;
    names[id] = new String(buf, off, len);
    return id;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    int mask = slots() - 1;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s + 1] != 0) {
        int slot = slot(old[s]);
        while (table[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = old[s];
        table[2 * slot + 1] = old[s + 1];
      }
    }
  }
}
