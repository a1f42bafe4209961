package org.leadsurvey.report;

import static org.leadsurvey.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.stats.TeamScore;

/**
 * The HTML section of a scale's demographic cuts: per {@code --by} column a gap chart, a group x
 * item heatmap, and the tables the terminal shows.
 */
final class CutsHtml {
  private CutsHtml() {}

  static void section(StringBuilder b, AnalysisReport report, ScaleReport s, String id) {
    if (s.cuts() == null) {
      return;
    }
    b.append("<section class=\"figure cuts\" id=\"").append(id).append("-cuts\">\n")
        .append("<h3>Is safety shared equally?</h3>\n");
    b.append("<p class=\"caption\">").append(esc(CutTables.note(s.cuts(), report.minGroup())))
        .append("</p>\n");
    int c = 0;
    for (CutResult cut : s.cuts().cuts()) {
      String prefix = id + "-cut" + c++;
      b.append("<h4>By ").append(esc(cut.by())).append("</h4>\n");
      b.append("<figure>").append(GapChart.svg(cut, prefix, "Gap to the rest of the"
          + " organisation by " + cut.by() + ", " + s.scale().name())).append("</figure>\n");
      List<TeamScore> rows = new ArrayList<>();
      for (CutGroup g : cut.groups()) {
        if (g instanceof CutGroup.Shown shown) {
          GroupScore x = shown.score();
          rows.add(new TeamScore(g.group(), x.n(), x.mean(), x.sd(), x.ci95(), Double.NaN,
              x.favourable(), x.itemMeans()));
        }
      }
      if (!rows.isEmpty()) {
        b.append("<figure>").append(TeamItemHeatmap.svg(s.scale(), rows,
            s.result().organisation(), report.minGroup(), prefix, "Group by item means by "
                + cut.by() + ", " + s.scale().name())).append("</figure>\n");
      }
    }
    for (CutTables.Section t : CutTables.sections(s.cuts())) {
      b.append("<h4>").append(esc(t.title())).append("</h4>\n").append(t.table().html());
    }
    b.append("</section>\n");
  }
}
