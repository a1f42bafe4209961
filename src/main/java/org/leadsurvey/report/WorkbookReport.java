package org.leadsurvey.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/**
 * {@code --format xlsx}: the results as a workbook (fastexcel), a sheet per table of
 * {@link CsvTables} (of {@link TrendCsv} for waves) after a summary sheet, so the sheets hold
 * exactly the rows of the CSV files of {@code --output-dir}. Numbers are number cells with a
 * display format (whole numbers {@code 0}, others {@code 0.000}; the cell keeps full
 * precision); names stay text even when they look like numbers; text is always a string cell, never a formula. Header rows are bold
 * and frozen. A hidden team or group has blank figures and a note column saying why.
 */
public final class WorkbookReport {
  /** A number as the CSV tables write one, to be a number cell (tested on every text cell). */
  private static final Pattern DECIMAL =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private WorkbookReport() {}

  // Columns of names and labels: text even when the value looks like a number ("42" as a team).
  private static final Set<String> TEXT = Set.of("scale", "level", "team", "item", "by", "group",
      "option", "rule", "criterion", "scale_x", "scale_y", "key", "value", "wave", "from_wave",
      "to_wave", "comparison", "reason");

  /** Writes the workbook to {@code out} (not closed). */
  public static void write(AnalysisReport report, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "leadsurvey", null);
    summary(report, new Sheet(wb.newWorksheet("summary"), report.minGroup()));
    for (Map.Entry<String, BiConsumer<AnalysisReport, Writer>> t
        : CsvTables.all(report).entrySet()) {
      table(wb, report, t.getKey(), t.getValue());
    }
    wb.finish();
  }

  private static void table(Workbook wb, AnalysisReport report, String name,
      BiConsumer<AnalysisReport, Writer> table) {
    table.accept(report, new Sheet(wb.newWorksheet(name), report.minGroup()));
  }

  /**
   * Writes the workbook of several waves to {@code out} (not closed): a summary sheet, the
   * {@code trend} sheet (the rows of {@code trend.csv}) and, with {@code withWaveScales}
   * (analyze over waves), the {@code teams} sheet of every wave (the rows of its {@code -f csv}).
   */
  public static void writeTrend(TrendReport report, boolean withWaveScales, OutputStream out)
      throws IOException {
    Workbook wb = new Workbook(out, "leadsurvey", null);
    Sheet summary = new Sheet(wb.newWorksheet("summary"), report.minGroup());
    summary.header(List.of("key", "value"));
    summary.row("tool", "leadsurvey " + report.toolVersion());
    summary.row("files", String.join(", ", report.files()));
    summary.row("waves", String.join(", ", report.waves().stream().map(WaveReport::name)
        .toList()));
    summary.row("rows", report.rows());
    summary.row("instrument", report.instrument().id());
    summary.row("min_group", report.minGroup());
    summary.row("scales", String.join(", ", report.trends().stream()
        .map(t -> t.scale().id()).toList()));
    TrendCsv.trend(report, new Sheet(wb.newWorksheet("trend"), report.minGroup()));
    if (withWaveScales) {
      TrendCsv.teams(report, new Sheet(wb.newWorksheet("teams"), report.minGroup()));
    }
    wb.finish();
  }

  private static void summary(AnalysisReport report, Sheet s) {
    s.header(List.of("key", "value"));
    s.row("tool", "leadsurvey " + report.toolVersion());
    s.row("files", String.join(", ", report.files()));
    s.row("rows", report.rows());
    s.row("instrument", report.instrument().id());
    s.row("min_group", report.minGroup());
    s.row("scales", String.join(", ", report.scales().stream().map(sc -> sc.scale().id())
        .toList()));
  }

  /**
   * One sheet, filled through {@link TableOut} by the same code that writes the CSV tables. It
   * is a {@link Writer} only so that those tables' signatures stay as they are; it takes no
   * characters.
   */
  static final class Sheet extends Writer implements TableOut {
    private final Worksheet ws;
    private final int minGroup;
    private List<String> header = List.of();
    private int suppressed = -1;
    private int reason = -1;
    private int row;

    Sheet(Worksheet ws, int minGroup) {
      this.ws = ws;
      this.minGroup = minGroup;
    }

    void header(List<String> names) {
      header = names;
      suppressed = names.indexOf("suppressed");
      reason = names.indexOf("reason");
      for (int c = 0; c < names.size(); c++) {
        ws.value(0, c, names.get(c));
        ws.width(c, Math.max(10, names.get(c).length() + 2));
      }
      if (suppressed >= 0) {
        ws.value(0, names.size(), "note");
        ws.width(names.size(), 60);
      }
      ws.range(0, 0, 0, names.size() - (suppressed >= 0 ? 0 : 1)).style().bold().set();
      ws.freezePane(0, 1);
      row = 1;
    }

    @Override
    public Sheet row(Object... values) {
      for (int c = 0; c < values.length; c++) {
        cell(c, values[c]);
      }
      if (suppressed >= 0 && Boolean.TRUE.equals(values[suppressed])) {
        // A table with its own reason column (trend) says why there; others all hide for one.
        ws.value(row, values.length, reason >= 0 ? "hidden: " + values[reason]
            : "hidden: fewer than " + minGroup + " respondents (--min-group), so no figures"
                + " are shown that could reveal a person's answers");
      }
      row++;
      return this;
    }

    private void cell(int c, Object v) {
      String column = c < header.size() ? header.get(c) : "";
      if (v == null || "".equals(v)) {
        return; // blank: undefined, or hidden
      }
      if (v instanceof Boolean b) {
        ws.value(row, c, b);
        return;
      }
      BigDecimal number = TEXT.contains(column) ? null : number(v);
      if (number == null) {
        ws.value(row, c, v.toString()); // a string cell: never a formula
        return;
      }
      ws.value(row, c, number);
      boolean whole = number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
      ws.style(row, c).format(whole && !(v instanceof Double) ? "0" : "0.000").set();
    }

    private static BigDecimal number(Object v) {
      if (v instanceof Integer || v instanceof Long) {
        return BigDecimal.valueOf(((Number) v).longValue());
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
      }
      String s = v.toString();
      if (!DECIMAL.matcher(s).matches()) {
        return null;
      }
      return new BigDecimal(s);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      throw new UnsupportedOperationException("a sheet takes rows, not characters");
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
