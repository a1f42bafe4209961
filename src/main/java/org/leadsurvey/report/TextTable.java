package org.leadsurvey.report;

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

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Aligned columns, two spaces apart, each line prefixed by {@code indent}. */
  List<String> terminalLines(String indent) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        if (c < r.size()) {
          width[c] = Math.max(width[c], r.get(c).length());
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add(line(indent, header, width));
    for (List<String> r : rows) {
      out.add(line(indent, r, width));
    }
    return out;
  }

  private String line(String indent, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(Math.max(0, width[c] - cell.length()));
      s.append(rightAligned[c] ? pad + cell : (c == cells.size() - 1 ? cell : cell + pad));
      if (c < cells.size() - 1) {
        s.append("  ");
      }
    }
    return s.toString().stripTrailing();
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
