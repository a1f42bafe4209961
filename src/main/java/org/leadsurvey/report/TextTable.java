package org.leadsurvey.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table of text cells, laid out for a terminal (aligned columns) or as Markdown. */
final class TextTable {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** Column names; a name starting with '>' is right-aligned (the '>' is not shown). */
  TextTable(String... columns) {
    header = new ArrayList<>();
    rightAligned = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      rightAligned[i] = columns[i].startsWith(">");
      header.add(rightAligned[i] ? columns[i].substring(1) : columns[i]);
    }
  }

  /** A row; each cell is shown on one line and cut when long ({@link SafeText#cell}). */
  TextTable row(String... cells) {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = SafeText.cell(cells[i]);
    }
    rows.add(List.of(safe));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Aligned columns, two spaces apart, each line prefixed by {@code indent}. Widths are
   * terminal columns ({@link DisplayWidth}), so CJK and emoji names line up.
   */
  List<String> terminalLines(String indent) {
    int[] width = new int[header.size()];
    widen(width, header);
    for (List<String> r : rows) {
      widen(width, r);
    }
    List<String> out = new ArrayList<>(rows.size() + 1);
    out.add(line(indent, header, width));
    for (List<String> r : rows) {
      out.add(line(indent, r, width));
    }
    return out;
  }

  private static void widen(int[] width, List<String> cells) {
    for (int c = 0; c < width.length && c < cells.size(); c++) {
      width[c] = Math.max(width[c], DisplayWidth.of(cells.get(c)));
    }
  }

  /** One line; a table of 100,000 teams has as many, so no String per pad or cell. */
  private String line(String indent, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder(indent.length() + 2 * width.length + sum(width));
    s.append(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      int pad = Math.max(0, width[c] - DisplayWidth.of(cell)); // again: cheaper than keeping
      if (rightAligned[c]) {
        spaces(s, pad);
        s.append(cell);
      } else {
        s.append(cell);
        if (c < cells.size() - 1) {
          spaces(s, pad);
        }
      }
      if (c < cells.size() - 1) {
        s.append("  ");
      }
    }
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    s.setLength(end);
    return s.toString();
  }

  private static void spaces(StringBuilder s, int n) {
    for (int i = 0; i < n; i++) {
      s.append(' ');
    }
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }

  /** On a terminal: a blank line, the title (if any) in bold, the header dim, the rows. */
  void printTerminal(PrintWriter out, TerminalStyle s, String title) {
    out.println();
    if (title != null) {
      out.println(s.bold(title));
    }
    List<String> lines = terminalLines("  ");
    out.println(s.dim(lines.get(0)));
    lines.subList(1, lines.size()).forEach(out::println);
  }

  /** In Markdown: the table between blank lines. */
  void printMarkdown(PrintWriter out) {
    out.println();
    markdownLines().forEach(out::println);
    out.println();
  }

  List<String> markdownLines() {
    List<String> out = new ArrayList<>();
    out.add("| " + String.join(" | ", header.stream().map(TextTable::escape).toList()) + " |");
    StringBuilder rule = new StringBuilder("|");
    for (boolean right : rightAligned) {
      rule.append(right ? " ---: |" : " --- |");
    }
    out.add(rule.toString());
    for (List<String> r : rows) {
      out.add("| " + String.join(" | ", r.stream().map(TextTable::escape).toList()) + " |");
    }
    return out;
  }

  /** An HTML table; every cell is escaped. */
  String html() {
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      b.append(rightAligned[c] ? "<th class=\"num\">" : "<th>").append(Html.esc(header.get(c)))
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      b.append("<tr>");
      for (int c = 0; c < r.size(); c++) {
        b.append(c < rightAligned.length && rightAligned[c] ? "<td class=\"num\">" : "<td>")
            .append(Html.esc(r.get(c))).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }
}
