package org.leadsurvey.report;

/**
 * How many terminal columns text takes, counted per grapheme cluster (what a reader sees as
 * one character): East Asian Wide and Fullwidth characters and emoji take two columns,
 * combining marks, variation selectors and zero-width joiners none of their own, and a
 * cluster (a base with its marks, an emoji ZWJ sequence, a flag, a skin tone) is counted once.
 *
 * <p>Clusters follow Unicode's extended grapheme cluster rules (UAX #29) for the cases names
 * hold; {@link java.text.BreakIterator} does not do, because the Java 17 runtime the tarball
 * ships splits emoji ZWJ sequences and flags. The wide ranges are Unicode 15's East Asian Wide
 * and Fullwidth blocks and emoji-presentation ranges as wcwidth implementations list them,
 * written in by hand rather than generated from EastAsianWidth.txt: a character they miss
 * counts as one column.
 */
final class DisplayWidth {
  private static final int ZWJ = 0x200D;
  private static final int EMOJI_PRESENTATION = 0xFE0F;

  /**
   * Code point ranges, inclusive, of East Asian Wide and Fullwidth characters (emoji with
   * emoji presentation among them), in order.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
      0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
      0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
      0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
      0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
      0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
      0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
      0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F,
      0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x18CFF,
      0x18D00, 0x18D08, 0x1AFF0, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF,
      0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B,
      0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F320,
      0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
      0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
      0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
      0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4,
      0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2,
      0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
      0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
      0x1F947, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD};

  private DisplayWidth() {}

  /** Columns {@code s} takes on a terminal. */
  static int of(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) < 0x300) {
      i++; // Latin, one column each, and nothing below U+0300 joins what comes before it
    }
    if (i == s.length()) {
      return i;
    }
    int width = i == 0 ? 0 : i - 1; // the last of them may start a cluster
    i = width;
    while (i < s.length()) {
      if (narrow(s.charAt(i)) && (i + 1 == s.length() || narrow(s.charAt(i + 1)))) {
        width++; // one column, and the next character does not join it: the common case
        i++;
        continue;
      }
      int end = clusterEnd(s, i);
      width += clusterWidth(s, i, end);
      i = end;
    }
    return width;
  }

  /**
   * {@code s} cut to at most {@code columns} columns, the last of them an ellipsis, at a
   * cluster boundary; {@code s} itself when it fits and {@code cut} is false.
   *
   * @param cut whether {@code s} is known to be the start of a longer text; then its last
   *     cluster may be incomplete and is dropped
   */
  static String cut(String s, int columns, boolean cut) {
    if (!cut && (2 * s.length() <= columns || of(s) <= columns)) {
      return s; // (no character takes more than two columns)
    }
    int width = 0;
    int end = 0;
    while (end < s.length()) {
      int next = clusterEnd(s, end);
      int w = clusterWidth(s, end, next);
      if (width + w > columns - 1 || cut && next == s.length()) {
        break;
      }
      width += w;
      end = next;
    }
    return s.substring(0, end) + "…";
  }

  /** The index after the grapheme cluster that starts at {@code from}. */
  static int clusterEnd(String s, int from) {
    int first = s.codePointAt(from);
    int i = from + Character.charCount(first);
    if (first == '\r' && i < s.length() && s.charAt(i) == '\n') {
      return i + 1;
    }
    if (isRegionalIndicator(first) && i < s.length()) {
      int second = s.codePointAt(i);
      if (isRegionalIndicator(second)) { // a flag: two letters, one cluster
        i += Character.charCount(second);
      }
    }
    int previous = first;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!joinsPrevious(c) && !(previous == ZWJ && isPictographic(c))) {
        break;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return i;
  }

  /** Columns of the cluster {@code s[from, end)}: counted once, whatever it holds. */
  private static int clusterWidth(String s, int from, int end) {
    int first = s.codePointAt(from);
    if (isRegionalIndicator(first)) {
      return 2; // a flag, or a lone letter that terminals show as wide too
    }
    if (zeroWidth(first)) {
      return 0; // a mark with no base
    }
    if (isWide(first)) {
      return 2;
    }
    for (int i = from + Character.charCount(first); i < end; i++) {
      if (s.charAt(i) == EMOJI_PRESENTATION) {
        return 2; // a text symbol asked to show as emoji: ❤️, 1️⃣
      }
    }
    return 1;
  }

  /**
   * Whether {@code c} is one column on its own and never joins the character before it: Latin,
   * Greek, Cyrillic and the like, and the dashes, quotes and bullets of General Punctuation;
   * not marks, format characters, surrogates or anything from U+1100 on.
   */
  private static boolean narrow(char c) {
    if (c < 0x300) {
      return true;
    }
    if (c < 0x1100) {
      int type = Character.getType(c);
      return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK && type != Character.FORMAT;
    }
    return c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E;
  }

  /** Characters that join the cluster before them (UAX #29 Extend, SpacingMark, ZWJ). */
  private static boolean joinsPrevious(int c) {
    if (c < 0x300) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || c == ZWJ || c == 0x200C
        || c >= 0x1F3FB && c <= 0x1F3FF // skin tones
        || c >= 0xE0020 && c <= 0xE007F // tags (subdivision flags)
        || c >= 0x1160 && c <= 0x11FF // Hangul medial vowels and final consonants
        || c >= 0xD7B0 && c <= 0xD7FF;
  }

  /** Marks and format characters take no column of their own. */
  private static boolean zeroWidth(int c) {
    if (c < 0x300) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || c >= 0x1160 && c <= 0x11FF
        || c >= 0xD7B0 && c <= 0xD7FF;
  }

  private static boolean isRegionalIndicator(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
  }

  /** Emoji and other pictographs that a ZWJ may join (Extended_Pictographic, roughly). */
  private static boolean isPictographic(int c) {
    return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2190 && c <= 0x2BFF || c == 0x00A9
        || c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139;
  }

  private static boolean isWide(int c) {
    if (c < 0x1100) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (c < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (c > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
