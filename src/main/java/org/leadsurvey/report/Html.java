package org.leadsurvey.report;

import java.util.Locale;

/**
 * Escaping and small helpers for the HTML report. Every user-provided string (team names, item
 * text, file names, instrument fields) goes through {@link #esc} before it reaches the page,
 * including inside inline SVG {@code <text>} and {@code <title>}, which the HTML parser reads
 * with the same rules.
 */
final class Html {
  private Html() {}

  /** Text safe as element content and as a double- or single-quoted attribute value. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters other than tab and newline cannot appear in HTML text
          if (c < 0x20 && c != '\t' && c != '\n') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A coordinate or length for SVG, one decimal, dot as separator. */
  /**
   * The hatching that marks a hidden or too-thin cell in the charts, as an SVG pattern element
   * (for a {@code <defs>} block) with this id.
   */
  static String hatchPattern(String id) {
    return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\""
        + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\""
        + " stroke=\"#999\" stroke-width=\"1.5\"/></pattern>";
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Shortens text for a chart label to {@code max} characters, ending in an ellipsis. */
  static String clip(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end).stripTrailing() + "…";
  }
}
