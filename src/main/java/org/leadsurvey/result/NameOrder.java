package org.leadsurvey.result;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.leadsurvey.stats.NaturalOrder;

/**
 * The order teams and groups are shown in: the locale's collation ("Équipe" after "Design",
 * not after "Plain" as by code point), numbers inside names by value (team-2 before team-10).
 * Names the collator calls equal are ordered by {@link NaturalOrder} and then by the raw
 * string, so the order is total and every run on the same data shows the same order.
 *
 * <p>Only for showing: which teams and cells are hidden is decided in the locale-free
 * {@link NaturalOrder}, so analysts in two locales publish the same cells.
 */
public final class NameOrder implements Comparator<String> {
  private final Locale locale;
  /** Made on first use: loading a locale's rules costs start-up time, and ids never need it. */
  private Collator collator;

  private NameOrder(Locale locale) {
    this.locale = locale;
  }

  /** The order of the default locale (the JVM takes it from LANG / LC_ALL). */
  public static NameOrder forDefaultLocale() {
    return of(Locale.getDefault());
  }

  public static NameOrder of(Locale locale) {
    return new NameOrder(locale);
  }

  private Collator collator() {
    if (collator == null) {
      collator = Collator.getInstance(locale);
      collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION); // É and E + U+0301 alike
    }
    return collator;
  }

  @Override
  public int compare(String a, String b) {
    return compare(key(a, new HashMap<>(), collator()), key(b, new HashMap<>(), collator()));
  }

  /** {@code items} sorted by their names, a new list. */
  public <T> List<T> sorted(List<T> items, Function<T, String> name) {
    List<String> names = new ArrayList<>(items.size());
    for (T t : items) {
      names.add(name.apply(t));
    }
    List<T> out = new ArrayList<>(items.size());
    for (int i : order(names)) {
      out.add(items.get(i));
    }
    return out;
  }

  /** The positions of {@code names} in this order. */
  public int[] order(List<String> names) {
    int[] ids = NaturalOrder.orderOfSameShapeIds(names);
    if (ids != null) {
      return ids; // same text at the same places, digits apart: collation adds nothing
    }
    // Collation keys made once per distinct run of text ("Sales ", "Team-"), not once per
    // comparison: making one costs microseconds, and names repeat their words.
    Map<String, CollationKey> made = new HashMap<>();
    Key[] keys = new Key[names.size()];
    Integer[] boxed = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(names.get(i), made, collator());
      boxed[i] = i;
    }
    // Both cores for many names; a stable merge sort, as NaturalOrder's.
    Arrays.parallelSort(boxed, (x, y) -> compare(keys[x], keys[y]));
    int[] out = new int[boxed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  /** A name cut into runs of digits (kept as text) and collation keys of the text between. */
  private record Key(String name, Object[] runs) {}

  private static Key key(String name, Map<String, CollationKey> made, Collator collator) {
    List<Object> runs = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      boolean digits = isDigit(name.charAt(i));
      int j = i + 1;
      while (j < name.length() && isDigit(name.charAt(j)) == digits) {
        j++;
      }
      String run = name.substring(i, j);
      runs.add(digits ? run : made.computeIfAbsent(run, collator::getCollationKey));
      i = j;
    }
    return new Key(name, runs.toArray());
  }

  private static int compare(Key a, Key b) {
    int n = Math.min(a.runs.length, b.runs.length);
    for (int r = 0; r < n; r++) {
      Object x = a.runs[r];
      Object y = b.runs[r];
      int c;
      if (x instanceof String dx && y instanceof String dy) {
        c = compareNumbers(dx, dy);
      } else if (x instanceof CollationKey kx && y instanceof CollationKey ky) {
        c = kx.compareTo(ky);
      } else {
        c = x instanceof String ? -1 : 1; // a number before text, as collators put digits
      }
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(a.runs.length, b.runs.length);
    if (c != 0) {
      return c;
    }
    c = NaturalOrder.INSTANCE.compare(a.name, b.name);
    return c != 0 ? c : a.name.compareTo(b.name);
  }

  /** Two runs of ASCII digits by value, leading zeros ignored. */
  private static int compareNumbers(String a, String b) {
    int i = 0;
    while (i < a.length() - 1 && a.charAt(i) == '0') {
      i++;
    }
    int j = 0;
    while (j < b.length() - 1 && b.charAt(j) == '0') {
      j++;
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.substring(i).compareTo(b.substring(j));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
