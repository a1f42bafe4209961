package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.NetworkResult;

/**
 * {@code network --format html}: one self-contained page like {@link HtmlRenderer} (inline CSS
 * and SVG, no scripts). First a small-multiples chart of centralization by criterion per team
 * and, with several criteria, what each team's criteria say (which leans on one person, which
 * is shared, whether the same people lead); then the team table (and the overlap of each pair
 * of criteria); the climate correlations; people with {@code --show-people}; the definitions.
 * Hidden teams are listed by name only, never drawn.
 */
final class NetworkHtml {
  private static final int PANEL_W = 225;
  private static final int PER_ROW = 4;
  private static final int ROW_H = 18;
  private static final int LABEL_W = 82;
  private static final int BAR_W = 100;

  private NetworkHtml() {}

  static void write(NetworkReport r, PrintWriter out) {
    out.print(render(r));
    out.flush();
  }

  static String render(NetworkReport r) {
    StringBuilder b = new StringBuilder(64 * 1024);
    HtmlRenderer.head(b, r.toolVersion(), NetworkTables.TITLE);
    b.append("<body>\n<header>\n<h1>").append(esc(NetworkTables.TITLE)).append("</h1>\n")
        .append("<p class=\"meta\">Round-robin peer ratings from <span class=\"file\">")
        .append(esc(String.join(", ", r.files()))).append("</span> · ")
        .append(esc(NetworkTables.description(r))).append(" Teams with fewer than ")
        .append(r.minGroup()).append(" raters are not shown.</p>\n</header>\n<main>\n");
    boolean shown = r.teams().size() > r.hiddenTeams();
    if (shown) {
      b.append("<section class=\"criteria\">\n<h2>")
          .append(r.multiCriteria() ? "Criteria by team" : "Centralization by team")
          .append("</h2>\n<p class=\"caption\">In-degree centralization of the ties (1 = one"
              + " person leads, 0 = fully shared)")
          .append(r.multiCriteria() ? " per criterion and team; the criterion that leans most"
              + " on one person in each team is orange." : " per team.")
          .append(" A hatched bar is undefined or withheld.</p>\n<figure>")
          .append(chart(r)).append("</figure>\n");
      if (r.multiCriteria()) {
        b.append(NetworkTables.themes(r).html());
      }
      b.append("</section>\n");
    }
    b.append("<section class=\"teams\">\n<h2>Teams</h2>\n")
        .append(NetworkTables.teams(r).html());
    notes(b, NetworkTables.notes(r));
    if (shown && r.multiCriteria()) {
      b.append("<h3>Overlap of the criteria</h3>\n<p class=\"caption\">Pearson r of two"
              + " criteria's ratings over the dyads rated on both: high when the same people"
              + " are relied on for both.</p>\n")
          .append(NetworkTables.overlap(r).html());
    }
    b.append("</section>\n");
    if (r.climate() != null) {
      b.append("<section class=\"climate\">\n<h2>Climate and leadership</h2>\n<p>")
          .append(esc(NetworkTables.climateHeadline(r.climate()))).append(".</p>\n")
          .append(NetworkTables.correlations(r.climate()).html()).append("<p class=\"caption\">")
          .append(esc(NetworkTables.correlationNote())).append("</p>\n</section>\n");
    }
    if (r.showPeople() && shown) {
      b.append("<section class=\"people\">\n<h2>People</h2>\n");
      for (NetworkResult t : r.teams()) {
        if (t instanceof NetworkResult.Reported rep) {
          b.append("<h3>").append(esc(t.team())).append("</h3>\n")
              .append(NetworkTables.people(r, rep).html());
        }
      }
      b.append("</section>\n");
    }
    b.append("<section class=\"method\">\n<h2>Definitions</h2>\n<ul>\n");
    NetworkTables.definitions(r).forEach(d -> b.append("<li>").append(esc(d)).append("</li>\n"));
    b.append("</ul>\n</section>\n</main>\n");
    HtmlRenderer.footer(b, r.toolVersion());
    return b.toString();
  }

  private static void notes(StringBuilder b, List<String> notes) {
    for (String n : notes) {
      b.append("<p class=\"caption\">").append(esc(n)).append("</p>\n");
    }
  }

  /** Small multiples: one panel per shown team, a bar per criterion, centralization 0..1. */
  static String chart(NetworkReport r) {
    List<NetworkResult.Reported> teams = r.teams().stream()
        .filter(t -> t instanceof NetworkResult.Reported)
        .map(t -> (NetworkResult.Reported) t).toList();
    int criteria = r.criteria().size();
    int panelH = 26 + criteria * ROW_H + 8;
    int rows = (teams.size() + PER_ROW - 1) / PER_ROW;
    int width = PANEL_W * PER_ROW;
    int height = rows * panelH + 6;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart centralization-chart\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc("Centralization by " + (r.multiCriteria() ? "criterion and " : "") + "team"))
        .append("</title>\n<defs>").append(Html.hatchPattern("net-withheld")).append("</defs>\n");
    for (int k = 0; k < teams.size(); k++) {
      NetworkResult.Reported t = teams.get(k);
      double x0 = (k % PER_ROW) * PANEL_W;
      double y0 = (k / PER_ROW) * panelH;
      NetworkResult.Criterion top = NetworkTables.central(t,
          BinaryOperator.maxBy(NetworkTables.BY_CENTRALIZATION));
      s.append("<g class=\"team-panel\">");
      s.append(text(x0 + 4, y0 + 16, "start", "team-label", clip(t.team(), 30)));
      double bx = x0 + LABEL_W;
      s.append("<line class=\"grid\" x1=\"").append(num(bx)).append("\" y1=\"")
          .append(num(y0 + 22)).append("\" x2=\"").append(num(bx)).append("\" y2=\"")
          .append(num(y0 + 24 + criteria * ROW_H)).append("\"/>");
      for (int c = 0; c < criteria; c++) {
        NetworkResult.Criterion crit = t.criteria().get(c);
        double v = crit.metrics().centralization();
        double y = y0 + 24 + c * ROW_H;
        String name = r.multiCriteria() ? crit.name() : "";
        s.append(text(bx - 4, y + 12, "end", "tick", clip(name, 12)));
        if (Double.isNaN(v)) {
          s.append("<rect class=\"withheld-bar\" x=\"").append(num(bx)).append("\" y=\"")
              .append(num(y + 3)).append("\" width=\"").append(BAR_W).append("\" height=\"")
              .append(ROW_H - 6).append("\" fill=\"url(#net-withheld)\"><title>")
              .append(esc(t.team() + (name.isEmpty() ? "" : " · " + name)
                  + ": centralization undefined or withheld"))
              .append("</title></rect>");
          continue;
        }
        String color = crit == top && r.multiCriteria() ? TeamDotPlot.VERMILLION
            : TeamDotPlot.BLUE;
        s.append("<rect class=\"centralization-bar\" x=\"").append(num(bx)).append("\" y=\"")
            .append(num(y + 3)).append("\" width=\"").append(num(Math.max(1, v * BAR_W)))
            .append("\" height=\"").append(ROW_H - 6).append("\" fill=\"").append(color)
            .append("\"><title>")
            .append(esc(t.team() + (name.isEmpty() ? "" : " · " + name) + ": centralization "
                + String.format(Locale.ROOT, "%.2f", v)))
            .append("</title></rect>");
        s.append(text(bx + Math.max(1, v * BAR_W) + 4, y + 12, "start", "num",
            Numbers.fixed(v, 2)));
      }
      s.append("</g>\n");
    }
    return s.append("</svg>").toString();
  }
}
