package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The terminal's escape codes: the SGR codes Jansi wrote before (reset as ESC[0m). */
class TerminalStyleTest {
  @Test
  void coloursWithStandardSgrCodes() {
    TerminalStyle on = new TerminalStyle(true);
    assertEquals("\u001B[1mtitle\u001B[0m", on.bold("title"));
    assertEquals("\u001B[90mrule\u001B[0m", on.dim("rule"));
    assertEquals("\u001B[33mwarning\u001B[0m", on.warn("warning"));
  }

  @Test
  void plainWithoutColour() {
    TerminalStyle off = new TerminalStyle(false);
    assertEquals("title", off.bold("title"));
    assertEquals("rule", off.dim("rule"));
    assertEquals("warning", off.warn("warning"));
  }
}
