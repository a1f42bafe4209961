package org.leadsurvey.io;

/**
 * The characters no output shows as they are: control characters (all but tab and line feed)
 * and the bidirectional formatting characters (U+061C, U+200E/F, U+202A..U+202E,
 * U+2066..U+2069), which could move a terminal's cursor, retitle it or reorder what is shown.
 * Shown instead as {@code \u001B} and the like. One definition for error messages (ingest) and
 * every renderer (report).
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Whether {@code c} is shown as an escape. */
  public static boolean isControl(int c) {
    if (c >= 0x20 && c < 0x7f) { // the common case first: printable ASCII
      return false;
    }
    return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x061c
        || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069;
  }

  /** {@code c} as its escape, {@code \u001B}. */
  public static String escape(char c) {
    return String.format("\\u%04X", (int) c);
  }
}
