package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;
import org.leadsurvey.result.CutsReport;
import org.leadsurvey.stats.GroupScore;

/**
 * The human-readable sections of a scale's demographic cuts, shared by the terminal, Markdown
 * and HTML: per {@code --by} column its groups with their gaps to the rest of the organisation,
 * and with {@code --cross-teams} a team x group table.
 */
final class CutTables {
  /** A titled table. */
  record Section(String title, TextTable table) {}

  private CutTables() {}

  static List<Section> sections(CutsReport cuts) {
    List<Section> out = new ArrayList<>();
    for (CutResult cut : cuts.cuts()) {
      out.add(new Section("Groups by " + cut.by() + " (gap: group minus the rest)",
          groups(cut)));
      if (!cut.cells().isEmpty()) {
        out.add(new Section("Teams by " + cut.by() + " (mean, n)", cells(cut)));
      }
    }
    return out;
  }

  /** What the reader should know about hidden groups and cells, or null. */
  static String note(CutsReport cuts, int minGroup) {
    if (cuts.withheld() != null) {
      return "No group is shown: " + cuts.withheld() + ".";
    }
    String note = "Groups and cells of fewer than " + minGroup + " people are hidden";
    if (cuts.hiddenToProtect() > 0) {
      note += "; " + cuts.hiddenToProtect() + (cuts.hiddenToProtect() == 1 ? " more was"
          : " more were") + " hidden so that they cannot be worked out from the others";
    }
    return note + ". p (Holm): Welch's test, adjusted over the column's shown groups.";
  }

  private static TextTable groups(CutResult cut) {
    TextTable t = new TextTable("group", ">n", ">mean", ">95% CI", ">favourable", ">gap",
        ">gap 95% CI", ">p (Holm)", ">d");
    for (CutGroup g : cut.groups()) {
      if (!(g instanceof CutGroup.Shown shown)) {
        t.row(g.group(), "hidden", "", "", "", "", "", "", "");
        continue;
      }
      GroupScore s = shown.score();
      CutGroup.Gap gap = shown.gap();
      t.row(g.group(), String.valueOf(s.n()), fixed(s.mean(), 2),
          fixed(s.ci95().lower(), 2) + " to " + fixed(s.ci95().upper(), 2),
          percent(s.favourable()),
          gap == null ? "" : Numbers.signed(gap.difference()),
          gap == null ? "" : Numbers.signed(gap.ci95().lower()) + " to " + Numbers.signed(gap.ci95().upper()),
          gap == null ? "" : Numbers.pCell(gap.pHolm()),
          gap == null ? "" : Numbers.signed(gap.cohensD()));
    }
    return t;
  }

  private static TextTable cells(CutResult cut) {
    List<String> values = cut.groups().stream().map(CutGroup::group).toList();
    String[] header = new String[values.size() + 1];
    header[0] = "team";
    for (int v = 0; v < values.size(); v++) {
      header[v + 1] = ">" + values.get(v);
    }
    TextTable t = new TextTable(header);
    for (CutResult.TeamCells team : cut.cells()) {
      String[] row = new String[header.length];
      row[0] = team.team();
      for (int v = 0; v < values.size(); v++) {
        row[v + 1] = "·";
        for (CutResult.Cell c : team.groups()) {
          if (c.group().equals(values.get(v))) {
            row[v + 1] = fixed(c.mean(), 2) + " (" + c.n() + ")";
          }
        }
      }
      t.row(row);
    }
    return t;
  }
}
