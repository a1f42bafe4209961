package org.leadsurvey.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Orders names with embedded numbers as people do: team-2 before team-10. */
public enum NaturalOrder implements Comparator<String> {
  INSTANCE;

  @Override
  public int compare(String a, String b) {
    int fast = sameShape(a, b);
    if (fast != NOT_SAME_SHAPE) {
      return fast;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = compareNumbers(a, si, i, b, sj, j);
        if (c != 0) {
          return c;
        }
      } else {
        int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
        if (c != 0) {
          return c;
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static final int NOT_SAME_SHAPE = Integer.MIN_VALUE;

  /**
   * The common case of generated ids (T004711 vs T072406): equal lengths, and the first
   * difference inside digit runs that start and end at the same places. Then the runs share
   * their leading digits, so comparing the first differing digit is comparing the numbers.
   * Anything else is left to the full comparison.
   */
  private static int sameShape(String a, String b) {
    int n = a.length();
    if (n != b.length()) {
      return NOT_SAME_SHAPE;
    }
    int d = 0;
    while (d < n && a.charAt(d) == b.charAt(d)) {
      d++;
    }
    if (d == n) {
      return 0;
    }
    char ca = a.charAt(d);
    char cb = b.charAt(d);
    if (!Character.isDigit(ca) || !Character.isDigit(cb)) {
      return NOT_SAME_SHAPE;
    }
    int ea = d + 1;
    while (ea < n && Character.isDigit(a.charAt(ea))) {
      ea++;
    }
    int eb = d + 1;
    while (eb < n && Character.isDigit(b.charAt(eb))) {
      eb++;
    }
    return ea == eb ? Character.compare(ca, cb) : NOT_SAME_SHAPE;
  }

  /** Compares two runs of digits by value (leading zeros ignored), without allocating. */
  private static int compareNumbers(String a, int from, int to, String b, int fromB, int toB) {
    while (from < to - 1 && a.charAt(from) == '0') {
      from++;
    }
    while (fromB < toB - 1 && b.charAt(fromB) == '0') {
      fromB++;
    }
    int lengths = Integer.compare(to - from, toB - fromB);
    if (lengths != 0) {
      return lengths;
    }
    for (; from < to; from++, fromB++) {
      int c = Character.compare(a.charAt(from), b.charAt(fromB));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * The positions of {@code names} in natural order, a stable sort. Generated ids (T000001 ...
   * T099999) take a fast path: when every name has the same length and each position holds a
   * digit in every name or the same character in every name, natural order is the order of the
   * numbers their digits spell, so 100,000 names sort as plain numbers instead of by comparator.
   */
  public static int[] order(List<String> names) {
    int[] ids = orderOfSameShapeIds(names);
    if (ids != null) {
      return ids;
    }
    int n = names.size();
    int[] order = new int[n];
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    // Both cores for many names; a stable merge sort.
    Arrays.parallelSort(boxed, (a, b) -> INSTANCE.compare(names.get(a), names.get(b)));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /**
   * The order of {@link #order} when the names are generated ids of one shape, else null: then
   * any order that compares digit runs by value and equal text as equal is this order.
   */
  public static int[] orderOfSameShapeIds(List<String> names) {
    long[] keys = digitKeys(names);
    if (keys == null) {
      return null;
    }
    int n = names.size();
    int shift = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
    for (int i = 0; i < n; i++) {
      keys[i] = keys[i] << shift | i;
    }
    Arrays.sort(keys);
    long mask = (1L << shift) - 1;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) (keys[i] & mask);
    }
    return order;
  }

  /**
   * Each name's digits read as one number, when the names are all of one shape (see
   * {@link #order}) and the numbers leave room for the position in the sort keys; else null.
   */
  private static long[] digitKeys(List<String> names) {
    int n = names.size();
    if (n < 2) {
      return null;
    }
    String first = names.get(0);
    int length = first.length();
    int digits = 0;
    for (int p = 0; p < length; p++) {
      digits += isAsciiDigit(first.charAt(p)) ? 1 : 0;
    }
    // Keys are number << bits(n) | position: 10^digits must fit in 63 - bits(n) bits.
    int bits = 64 - Long.numberOfLeadingZeros(n - 1);
    if (digits == 0 || digits * Math.log(10) / Math.log(2) > 62 - bits) {
      return null;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      String name = names.get(i);
      if (name.length() != length) {
        return null;
      }
      long key = 0;
      for (int p = 0; p < length; p++) {
        char c = name.charAt(p);
        char f = first.charAt(p);
        boolean digit = isAsciiDigit(c);
        if (digit != isAsciiDigit(f) || (!digit && c != f)) {
          return null;
        }
        if (digit) {
          key = key * 10 + (c - '0');
        }
      }
      keys[i] = key;
    }
    return keys;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
