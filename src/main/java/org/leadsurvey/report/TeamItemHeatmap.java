package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.stats.TeamScore;

/**
 * Reported teams x items: each cell is the team's mean keyed answer to the item, coloured on a
 * viridis-like scale over the range of the cells (dark = low, light = high; its lightness rises steadily, so it prints in
 * grey and suits colour-blind readers) and printed as a number. A cell with fewer answers than
 * the minimum group size is hatched and empty. Hidden teams have no row.
 */
final class TeamItemHeatmap {
  static final int[][] VIRIDIS = {{0x44, 0x01, 0x54}, {0x3b, 0x52, 0x8b},
      {0x21, 0x91, 0x8c}, {0x5e, 0xc9, 0x62}, {0xfd, 0xe7, 0x25}};
  private static final int LABEL_RIGHT = 190;
  private static final int X0 = 200;
  private static final int ROW = 22;
  private static final int TOP = 34;

  private TeamItemHeatmap() {}

  /** The viridis colour scale as an SVG gradient, for a legend bar: {@code fill="url(#id)"}. */
  static String viridisGradient(String id) {
    StringBuilder s = new StringBuilder("<linearGradient id=\"").append(id).append("\">");
    for (int i = 0; i < VIRIDIS.length; i++) {
      s.append("<stop offset=\"").append(num(100.0 * i / (VIRIDIS.length - 1)))
          .append("%\" stop-color=\"").append(ItemBars.interpolate(VIRIDIS,
              (double) i / (VIRIDIS.length - 1))).append("\"/>");
    }
    return s.append("</linearGradient>").toString();
  }

  static String svg(Scale scale, ScaleResult r, int minGroup, String idPrefix, String title) {
    return svg(scale, TeamDotPlot.sorted(r), r.organisation(), minGroup, idPrefix, title);
  }

  /** The heatmap of any rows (teams, or the groups of a demographic cut) under {@code org}. */
  static String svg(Scale scale, List<TeamScore> teams, TeamScore org, int minGroup,
      String idPrefix, String title) {
    List<Item> items = scale.items();
    int k = items.size();
    double cell = Math.max(34, Math.min(70, 680.0 / k));
    double width = Math.max(900, X0 + k * cell + 20);
    double top = TOP + (org == null ? 0 : ROW + 8);
    int height = (int) Math.ceil(top + teams.size() * ROW + 64);
    String hatch = idPrefix + "-gap";
    double[] range = range(scale, teams, org);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart heatmap\" role=\"img\" viewBox=\"0 0 ").append(num(width))
        .append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc(title)).append("</title>\n");
    s.append("<defs>").append(Html.hatchPattern(hatch))
        .append(viridisGradient(idPrefix + "-scale")).append("</defs>\n");
    for (int j = 0; j < k; j++) {
      Item item = items.get(j);
      s.append("<text class=\"col-head\" x=\"").append(num(X0 + j * cell + cell / 2))
          .append("\" y=\"22\" text-anchor=\"middle\"><title>").append(esc(item.text()))
          .append("</title>").append(esc(item.id() + (item.reverse() ? " (R)" : "")))
          .append("</text>");
    }
    s.append('\n');
    if (org != null) {
      row(s, scale, org, TOP, cell, "heat-org", hatch, minGroup, range);
    }
    for (int i = 0; i < teams.size(); i++) {
      row(s, scale, teams.get(i), top + i * ROW, cell, "heat-cell", hatch, minGroup, range);
    }
    // legend
    double ly = top + teams.size() * ROW + 22;
    s.append("<rect x=\"").append(X0).append("\" y=\"").append(num(ly)).append("\" width=\"240\" ")
        .append("height=\"12\" fill=\"url(#").append(idPrefix).append("-scale)\"/>");
    s.append(text(X0 - 6, ly + 10, "end", "legend", "mean " + Numbers.fixed(range[0], 1)));
    s.append(text(X0 + 246, ly + 10, "start", "legend", Numbers.fixed(range[1], 1)));
    s.append("<rect x=\"").append(X0 + 290).append("\" y=\"").append(num(ly))
        .append("\" width=\"24\" height=\"12\" fill=\"url(#").append(hatch)
        .append(")\" stroke=\"#999\"/>");
    s.append(text(X0 + 320, ly + 10, "start", "legend",
        "fewer than " + minGroup + " answers to the item: not shown"));
    s.append("</svg>");
    return s.toString();
  }

  /** The colour scale: the cells' range widened to half options, within the answer scale. */
  static double[] range(Scale scale, List<TeamScore> teams, TeamScore org) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    List<TeamScore> all = new ArrayList<>(teams);
    if (org != null) {
      all.add(org);
    }
    for (TeamScore t : all) {
      for (double m : t.itemMeans()) {
        if (!Double.isNaN(m)) {
          lo = Math.min(lo, m);
          hi = Math.max(hi, m);
        }
      }
    }
    double min = scale.responses().min();
    double max = scale.responses().max();
    if (lo > hi) {
      return new double[] {min, max};
    }
    lo = Math.max(min, Math.floor(lo * 2) / 2);
    hi = Math.min(max, Math.ceil(hi * 2) / 2);
    if (hi - lo < 1) {
      lo = Math.max(min, lo - 0.5);
      hi = Math.min(max, lo + 1);
    }
    return new double[] {lo, hi};
  }

  private static void row(StringBuilder s, Scale scale, TeamScore t, double y, double cell,
      String cls, String hatch, int minGroup, double[] range) {
    s.append("<g class=\"heat-row\">");
    s.append(text(LABEL_RIGHT, y + 15, "end", cls.equals("heat-org") ? "team-label org-label"
        : "team-label", clip(t.team(), 28)));
    List<Double> means = t.itemMeans();
    double min = range[0];
    double max = range[1];
    for (int j = 0; j < scale.items().size(); j++) {
      double m = j < means.size() ? means.get(j) : Double.NaN;
      double x = X0 + j * cell;
      String id = scale.items().get(j).id();
      boolean shown = !Double.isNaN(m);
      double pos = (m - min) / (max - min);
      s.append("<rect class=\"").append(cls).append("\" x=\"").append(num(x + 1)).append("\" y=\"")
          .append(num(y + 1)).append("\" width=\"").append(num(cell - 2)).append("\" height=\"")
          .append(ROW - 2).append("\" fill=\"")
          .append(shown ? ItemBars.interpolate(VIRIDIS, pos) : "url(#" + hatch + ")")
          .append("\"><title>").append(esc(t.team())).append(", ").append(esc(id)).append(": ")
          .append(shown ? "mean " + fixed(m, 2) : "fewer than " + minGroup + " answers")
          .append("</title></rect>");
      if (shown) {
        s.append("<text class=\"cell-value ").append(pos < 0.55 ? "on-dark" : "on-light")
            .append("\" x=\"").append(num(x + cell / 2)).append("\" y=\"").append(num(y + 15))
            .append("\" text-anchor=\"middle\">").append(fixed(m, 1)).append("</text>");
      }
    }
    s.append("</g>\n");
  }
}
