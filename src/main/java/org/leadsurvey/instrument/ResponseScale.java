package org.leadsurvey.instrument;

import java.util.List;
import java.util.Locale;

/**
 * The answer options of an instrument: whole numbers {@code min..max}, optionally with a label
 * for each option (in order from {@code min} to {@code max}).
 *
 * <p>Keying follows the convention of R's {@code psych::reverse.code}: the keyed value of a
 * reverse-keyed answer is {@code min + max - raw}, so the scale keeps its range.
 */
public record ResponseScale(int min, int max, List<String> labels) {
  /**
   * The most answer options a scale may have: 0..100 (a slider in percent) is the widest in
   * use. Memory and time grow with the options (frequencies, simulated answers), so a scale
   * such as 1..2147483647 is refused instead of exhausting memory.
   */
  public static final int MAX_OPTIONS = 101;
  /** The largest code magnitude: codes and their sums stay exact in an int and a double. */
  public static final int MAX_CODE = 1_000_000;

  public ResponseScale {
    String problem = problem(min, max);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    labels = labels == null ? List.of() : List.copyOf(labels);
    if (!labels.isEmpty() && labels.size() != max - min + 1) {
      throw new IllegalArgumentException(
          "the scale " + min + ".." + max + " has " + (max - min + 1) + " options but "
              + labels.size() + " labels");
    }
  }

  /** Why {@code min..max} is not a scale, or null when it is one. */
  public static String problem(long min, long max) {
    if (max <= min) {
      return "a response scale needs max > min, got " + min + ".." + max;
    }
    if (max - min + 1 > MAX_OPTIONS) {
      return "the scale " + min + ".." + max + " has " + (max - min + 1) + " answer options;"
          + " at most " + MAX_OPTIONS + " are allowed (such as 0..100)";
    }
    if (Math.abs(min) > MAX_CODE || Math.abs(max) > MAX_CODE) {
      return "the scale " + min + ".." + max + " has codes beyond " + MAX_CODE + " in size";
    }
    return null;
  }

  /**
   * How an answer is matched to a label: case ignored, any run of spacing (no-break spaces
   * included) one space, none at the ends. Two labels with the same key cannot be told apart.
   */
  public static String labelKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  public static ResponseScale of(int min, int max) {
    return new ResponseScale(min, max, List.of());
  }

  /** Parses {@code "1..5"} (also {@code "1-5"}). */
  public static ResponseScale parse(String text) {
    String t = text.trim();
    String[] parts = t.contains("..") ? t.split("\\.\\.", -1) : t.split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected MIN..MAX such as 1..5, got '" + text + "'");
    }
    try {
      long min = Long.parseLong(parts[0].trim());
      long max = Long.parseLong(parts[1].trim());
      String problem = problem(min, max);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      return of((int) min, (int) max);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected MIN..MAX such as 1..5, got '" + text + "'");
    }
  }

  /** Number of answer options, {@code A} in the rwg null variance {@code (A^2 - 1) / 12}. */
  public int options() {
    return max - min + 1;
  }

  public boolean contains(double value) {
    return value >= min && value <= max && value == Math.rint(value);
  }

  public double key(double raw, boolean reverse) {
    return reverse ? min + max - raw : raw;
  }

  /** Favourable answers are the top two options of the keyed value. */
  public boolean isFavourable(double keyed) {
    return keyed >= max - 1;
  }

  /** The value of a label (case and surrounding space ignored), or {@code NaN} if none matches. */
  public double valueOfLabel(String text) {
    String wanted = normalise(text);
    for (int i = 0; i < labels.size(); i++) {
      if (normalise(labels.get(i)).equals(wanted)) {
        return min + i;
      }
    }
    return Double.NaN;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }

  private static String normalise(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
