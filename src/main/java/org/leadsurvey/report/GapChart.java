package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.RowChart.LABEL_RIGHT;
import static org.leadsurvey.report.RowChart.ROW;
import static org.leadsurvey.report.RowChart.WIDTH;
import static org.leadsurvey.report.RowChart.X0;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.util.Locale;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;

/**
 * The gap chart of one {@code --by} column: per group its difference from the rest of the
 * organisation (dot) with the Welch 95% CI (line), around a zero line; hidden groups get a
 * hatched row and no numbers.
 */
final class GapChart {
  private static final int X1 = 680;
  private static final int TOP = 30;

  private GapChart() {}

  static String svg(CutResult cut, String idPrefix, String title) {
    double reach = 0.25; // at least a quarter of a scale point either side
    for (CutGroup g : cut.groups()) {
      if (g instanceof CutGroup.Shown s && s.gap() != null) {
        reach = Math.max(reach, Math.max(abs(s.gap().ci95().lower()),
            abs(s.gap().ci95().upper())));
      }
    }
    double half = Math.ceil(reach * 4) / 4;
    int height = TOP + cut.groups().size() * ROW + 40;
    String hatch = idPrefix + "-hidden";
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart gap-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc(title)).append("</title>\n");
    s.append("<defs>").append(Html.hatchPattern(hatch)).append("</defs>\n");
    double zero = x(0, half);
    s.append("<line class=\"zero\" x1=\"").append(num(zero)).append("\" y1=\"").append(TOP - 8)
        .append("\" x2=\"").append(num(zero)).append("\" y2=\"")
        .append(TOP + cut.groups().size() * ROW).append("\" stroke=\"#555\"/>\n");
    for (double tick : new double[] {-half, 0, half}) {
      s.append(text(x(tick, half), TOP - 12, "middle", "axis",
          String.format(Locale.ROOT, "%+.2f", tick).replace("+0.00", "0")));
    }
    int i = 0;
    for (CutGroup g : cut.groups()) {
      double y = TOP + i++ * ROW;
      s.append("<g class=\"gap-row\">");
      s.append(text(LABEL_RIGHT, y + 15, "end", "team-label", clip(g.group(), 28)));
      if (!(g instanceof CutGroup.Shown shown) || shown.gap() == null) {
        s.append("<rect class=\"hidden-group\" x=\"").append(X0).append("\" y=\"")
            .append(num(y + 4)).append("\" width=\"").append(X1 - X0).append("\" height=\"")
            .append(ROW - 8).append("\" fill=\"url(#").append(hatch).append(")\"><title>")
            .append(esc(g.group())).append(": hidden</title></rect>");
      } else {
        CutGroup.Gap gap = shown.gap();
        double lo = x(gap.ci95().lower(), half);
        double hi = x(gap.ci95().upper(), half);
        String color = gap.pHolm() < 0.05 ? TeamDotPlot.VERMILLION : TeamDotPlot.BLUE;
        s.append("<line x1=\"").append(num(lo)).append("\" y1=\"").append(num(y + 11))
            .append("\" x2=\"").append(num(hi)).append("\" y2=\"").append(num(y + 11))
            .append("\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>");
        s.append("<circle class=\"gap-dot\" cx=\"").append(num(x(gap.difference(), half)))
            .append("\" cy=\"").append(num(y + 11)).append("\" r=\"5\" fill=\"").append(color)
            .append("\"><title>").append(esc(g.group())).append(": gap ")
            .append(String.format(Locale.ROOT, "%+.2f (95%% CI %+.2f to %+.2f), n %d",
                gap.difference(), gap.ci95().lower(), gap.ci95().upper(), shown.score().n()))
            .append("</title></circle>");
        s.append(text(X1 + 12, y + 15, "start", "value",
            String.format(Locale.ROOT, "%+.2f", gap.difference())));
      }
      s.append("</g>\n");
    }
    double ly = TOP + cut.groups().size() * ROW + 24;
    s.append(text(X0, ly, "start", "legend", "group minus the rest of the organisation, Welch"
        + " 95% CI; vermillion: p < .05 after Holm's adjustment; hatched: hidden"));
    s.append("</svg>");
    return s.toString();
  }

  private static double x(double v, double half) {
    return X0 + (Math.max(-half, Math.min(half, v)) + half) / (2 * half) * (X1 - X0);
  }

  private static double abs(double v) {
    return Double.isNaN(v) ? 0 : Math.abs(v);
  }
}
