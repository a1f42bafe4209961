package org.leadsurvey.report;

/**
 * The grid shared by the charts with one row per team or group (team dot plot, change chart,
 * gap chart), so that they line up when a report stacks them: labels end at the same x, the
 * plot starts at the same x, rows are equally tall.
 */
final class RowChart {
  static final int WIDTH = 900;
  static final int LABEL_RIGHT = 190;
  static final int X0 = 205;
  static final int ROW = 22;

  private RowChart() {}
}
