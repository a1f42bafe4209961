package org.leadsurvey.report;

import picocli.CommandLine.Help.Ansi.Style;

/**
 * The terminal tables' three styles, as picocli's escape codes (issue 18: Jansi, deprecated,
 * was here for these alone and brought 35 native libraries along). Whether to colour at all is
 * the caller's decision, made once per run.
 */
final class TerminalStyle {
  private static final String BOLD = Style.bold.on();
  /**
   * Bright black (SGR 90), the grey of header rules, as before: picocli's styles have no bright
   * colours, and its fg(8) is the 256-colour code, which older terminals do not know.
   */
  private static final String GREY = "\u001B[90m";
  private static final String YELLOW = Style.fg_yellow.on();
  private static final String RESET = Style.reset.on();

  private final boolean color;

  TerminalStyle(boolean color) {
    this.color = color;
  }

  String bold(String s) {
    return color ? BOLD + s + RESET : s;
  }

  String dim(String s) {
    return color ? GREY + s + RESET : s;
  }

  String warn(String s) {
    return color ? YELLOW + s + RESET : s;
  }
}
