package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names nearest to a mistyped one, for "did you mean ...?". */
final class Suggestions {
  private Suggestions() {}

  /**
   * The names at the smallest edit distance from {@code typed} (a swap of two neighbouring
   * letters counts as one edit), if it is small: none for one or two letters (-x is not a typo
   * of -i), 1 for words up to 4 letters, else 2.
   */
  static List<String> nearest(String typed, List<String> names) {
    int letters = typed.replace("-", "").length();
    int limit = letters <= 2 ? 0 : letters <= 4 ? 1 : 2;
    int best = limit + 1;
    List<String> near = new ArrayList<>();
    for (String name : names) {
      int d = distance(typed.toLowerCase(Locale.ROOT), name);
      if (d < best) {
        best = d;
        near.clear();
      }
      if (d == best && d <= limit && !near.contains(name)) {
        near.add(name);
      }
    }
    return near.size() > 3 ? near.subList(0, 3) : near;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
