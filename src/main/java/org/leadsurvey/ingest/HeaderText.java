package org.leadsurvey.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How header cells and question texts are compared. Used once per header cell, never per row.
 *
 * <ul>
 *   <li>{@link #normalise}: lower case, every run of punctuation or space becomes one space,
 *       leading question numbering ({@code 1.}, {@code Q1)}, {@code 3 -}) dropped, so that
 *       {@code "1. It is safe to take a risk on this team."} equals the item text
 *       {@code "It is safe to take a risk on this team"}.</li>
 *   <li>{@link #compact}: lower case letters and digits only ({@code "Duration (in seconds)"}
 *       is {@code durationinseconds}), for metadata column names.</li>
 *   <li>{@link #candidates}: the texts a grid header stands for: the whole header, the
 *       statement of {@code Title [Statement]} and of {@code Title - Statement}, each with and
 *       without leading numbering (so an item text that starts with a number still matches).</li>
 * </ul>
 */
final class HeaderText {
  private HeaderText() {}

  /** A header cell as a column name: a byte-order mark (Excel's UTF-8) dropped, stripped. */
  static String cell(String text) {
    return text.replace("\uFEFF", "").strip();
  }

  static String normalise(String text) {
    return normalise(text, true);
  }

  /** The normalised text, with leading numbering dropped or kept. */
  static String normalise(String text, boolean dropNumbering) {
    String s = text.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    String out = b.toString().strip();
    // Leading numbering: "1 ", "q1 ", "1a " followed by more words.
    int sp = out.indexOf(' ');
    if (dropNumbering && sp > 0 && isNumbering(out.substring(0, sp))) {
      out = out.substring(sp + 1);
    }
    return out;
  }

  private static boolean isNumbering(String token) {
    int i = token.charAt(0) == 'q' && token.length() > 1 ? 1 : 0;
    if (!Character.isDigit(token.charAt(i))) {
      return false;
    }
    while (i < token.length() && Character.isDigit(token.charAt(i))) {
      i++;
    }
    return token.length() - i <= 1; // "1", "q12", "1a"
  }

  static String compact(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The header itself and the statement of a grid header, normalised. */
  static List<String> candidates(String header) {
    List<String> out = new ArrayList<>(3);
    String h = header.strip();
    add(out, h);
    if (h.endsWith("]")) {
      int open = h.lastIndexOf('[');
      if (open >= 0) {
        add(out, h.substring(open + 1, h.length() - 1));
      }
    }
    int dash = h.lastIndexOf(" - ");
    if (dash >= 0) {
      add(out, h.substring(dash + 3));
    }
    return out;
  }

  /** The code in brackets of a LimeSurvey subquestion code {@code PS[SQ001]}, or null. */
  static String bracketCode(String header) {
    String h = header.strip();
    int open = h.indexOf('[');
    if (open > 0 && h.endsWith("]") && h.indexOf(' ') < 0) {
      return h.substring(open + 1, h.length() - 1);
    }
    return null;
  }

  /** The item text as compared: normalised with and without leading numbering. */
  static List<String> wanted(String itemText) {
    List<String> out = new ArrayList<>(2);
    add(out, itemText);
    return out;
  }

  private static void add(List<String> out, String text) {
    for (boolean drop : new boolean[] {true, false}) {
      String n = normalise(text, drop);
      if (!n.isEmpty() && !out.contains(n)) {
        out.add(n);
      }
    }
  }
}
