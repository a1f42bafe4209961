package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.TeamDotPlot.text;

import org.leadsurvey.result.AdviceReport;

/**
 * The team x team matrix of advice ties as a heatmap: a row is the team asking, a column the
 * advisor's team; each cell is coloured by its share of the row's ties (viridis, as
 * {@link TeamItemHeatmap}: dark = few, light = most) and printed as a count. The hidden teams
 * together, when there are any, are the last row and column, hatched as the other charts mark
 * what privacy withholds.
 */
final class AdviceHeatmap {
  private static final int LABEL_RIGHT = 190;
  private static final int X0 = 200;
  private static final int ROW = 24;
  private static final int TOP = 40;

  private AdviceHeatmap() {}

  static String svg(AdviceReport.Matrix m, String idPrefix, String title) {
    int k = m.size();
    double cell = Math.max(36, Math.min(70, 680.0 / k));
    double width = Math.max(900, X0 + k * cell + 20);
    int height = (int) Math.ceil(TOP + k * ROW + 64);
    String hatch = idPrefix + "-pool";
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart heatmap advice-matrix\" role=\"img\" viewBox=\"0 0 ")
        .append(num(width)).append(' ').append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(esc(title))
        .append("</title>\n<defs>").append(Html.hatchPattern(hatch))
        .append(TeamItemHeatmap.viridisGradient(idPrefix + "-scale")).append("</defs>\n");
    s.append(text(X0 - 6, 14, "end", "direction", "asking ↓  asked →"));
    for (int j = 0; j < k; j++) {
      s.append("<text class=\"col-head\" x=\"").append(num(X0 + j * cell + cell / 2))
          .append("\" y=\"30\" text-anchor=\"middle\"><title>")
          .append(esc(AdviceTables.name(m, j))).append("</title>")
          .append(esc(AdviceTables.label(m, j))).append("</text>");
    }
    s.append('\n');
    for (int i = 0; i < k; i++) {
      double y = TOP + i * ROW;
      long sent = 0;
      for (long c : m.counts()[i]) {
        sent += c;
      }
      boolean poolRow = m.isPool(i);
      s.append("<g class=\"heat-row\">");
      s.append(text(LABEL_RIGHT, y + 16, "end", poolRow ? "team-label pool-label" : "team-label",
          AdviceTables.label(m, i) + "  " + clip(AdviceTables.name(m, i), 26)));
      for (int j = 0; j < k; j++) {
        long c = m.counts()[i][j];
        double share = sent == 0 ? 0 : (double) c / sent;
        double x = X0 + j * cell;
        boolean pool = poolRow || m.isPool(j);
        s.append("<rect class=\"").append(pool ? "advice-pool" : "advice-cell").append("\" x=\"")
            .append(num(x + 1)).append("\" y=\"").append(num(y + 1)).append("\" width=\"")
            .append(num(cell - 2)).append("\" height=\"").append(ROW - 2).append("\" fill=\"")
            .append(ItemBars.interpolate(TeamItemHeatmap.VIRIDIS, share)).append("\"><title>")
            .append(esc(AdviceTables.name(m, i))).append(" asking ")
            .append(esc(AdviceTables.name(m, j))).append(": ").append(c)
            .append(c == 1 ? " tie" : " ties").append("</title></rect>");
        if (pool) {
          s.append("<rect x=\"").append(num(x + 1)).append("\" y=\"").append(num(y + 1))
              .append("\" width=\"").append(num(cell - 2)).append("\" height=\"")
              .append(ROW - 2).append("\" fill=\"url(#").append(hatch)
              .append(")\" opacity=\"0.6\"/>");
        }
        s.append("<text class=\"cell-value ").append(share < 0.55 ? "on-dark" : "on-light")
            .append("\" x=\"").append(num(x + cell / 2)).append("\" y=\"").append(num(y + 16))
            .append("\" text-anchor=\"middle\">").append(c).append("</text>");
      }
      s.append("</g>\n");
    }
    double ly = TOP + k * ROW + 22;
    s.append("<rect x=\"").append(X0).append("\" y=\"").append(num(ly))
        .append("\" width=\"240\" height=\"12\" fill=\"url(#").append(idPrefix)
        .append("-scale)\"/>");
    s.append(text(X0 - 6, ly + 10, "end", "legend", "share of the row's ties 0%"));
    s.append(text(X0 + 246, ly + 10, "start", "legend", "100%"));
    if (m.pooled()) {
      s.append("<rect x=\"").append(X0 + 300).append("\" y=\"").append(num(ly))
          .append("\" width=\"24\" height=\"12\" fill=\"url(#").append(hatch)
          .append(")\" stroke=\"#999\"/>");
      s.append(text(X0 + 330, ly + 10, "start", "legend",
          "H: the hidden teams together, never one by one"));
    }
    s.append("</svg>");
    return s.toString();
  }
}
