package org.leadsurvey.stats;

import java.util.Comparator;

/** Orders names with embedded numbers as people do: team-2 before team-10. */
public enum NaturalOrder implements Comparator<String> {
  INSTANCE;

  @Override
  public int compare(String a, String b) {
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
}
