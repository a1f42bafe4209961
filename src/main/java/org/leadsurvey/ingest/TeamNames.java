package org.leadsurvey.ingest;

import java.util.Arrays;

/**
 * One String per distinct team name, looked up straight from the parser's characters. A million
 * rows name a hundred thousand teams: making a new String for each row's team cell, only to hash
 * it and compare it with the stored one downstream, was a large share of the read. Every row of
 * a team gets the same instance, whose hash is already cached, so the statistics' own team
 * lookups end in an identity check. Memory grows with the number of teams.
 */
final class TeamNames {
  private String[] names = new String[64];
  private int[] hashes = new int[64];
  private int size;

  /** The team name in {@code buf[off, off + len)}, already stripped, not empty. */
  String of(char[] buf, int off, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[off + i];
    }
    int mask = names.length - 1;
    for (int slot = slot(h); ; slot = (slot + 1) & mask) {
      String s = names[slot];
      if (s == null) {
        return add(new String(buf, off, len), h, slot);
      }
      if (hashes[slot] == h && same(s, buf, off, len)) {
        return s;
      }
    }
  }

  /** The canonical instance of a name that was already made into a String. */
  String of(String name) {
    int h = name.hashCode();
    int mask = names.length - 1;
    for (int slot = slot(h); ; slot = (slot + 1) & mask) {
      String s = names[slot];
      if (s == null) {
        return add(name, h, slot);
      }
      if (hashes[slot] == h && s.equals(name)) {
        return s;
      }
    }
  }

  private static boolean same(String s, char[] buf, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: the top bits of h times 2^32/phi spread similar names apart. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(names.length));
  }

  private String add(String name, int h, int slot) {
    names[slot] = name;
    hashes[slot] = h;
    if (++size * 2 > names.length) {
      grow();
    }
    return name;
  }

  private void grow() {
    String[] oldNames = names;
    int[] oldHashes = hashes;
    names = new String[oldNames.length * 2];
    hashes = new int[oldNames.length * 2];
    int mask = names.length - 1;
    for (int i = 0; i < oldNames.length; i++) {
      if (oldNames[i] != null) {
        int slot = slot(oldHashes[i]);
        while (names[slot] != null) {
          slot = (slot + 1) & mask;
        }
        names[slot] = oldNames[i];
        hashes[slot] = oldHashes[i];
      }
    }
    Arrays.fill(oldNames, null);
  }
}
