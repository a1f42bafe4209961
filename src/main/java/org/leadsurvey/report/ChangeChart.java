package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.RowChart.LABEL_RIGHT;
import static org.leadsurvey.report.RowChart.ROW;
import static org.leadsurvey.report.RowChart.WIDTH;
import static org.leadsurvey.report.RowChart.X0;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.leadsurvey.result.NameOrder;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.WaveChange;

/**
 * The change of every team's score over the whole period (first wave to last; with two waves
 * the one change), as a horizontal 95% Welch interval around the change, the organisation on
 * top and teams largest rise first, with a zero line. A marked change (Holm-adjusted p &lt; .05) is a
 * filled diamond, any other an open circle, so it reads in black and white; the colour (blue up,
 * vermillion down, Okabe-Ito; grey for no change at two decimals) only repeats the direction.
 * First-to-last rather than consecutive changes: one interval per team answers "where do we
 * stand against where we started", and the consecutive changes are in the table beside it. Only {@link WaveChange.Shown} changes
 * are drawn: a team hidden or absent in either wave has no row and no number here.
 */
final class ChangeChart {
  static final String BLUE = TeamDotPlot.BLUE;
  static final String VERMILLION = TeamDotPlot.VERMILLION;
  static final String GREY = "#5b5b5b";

  private static final int X1 = 615;
  private static final int TOP = 50;

  private ChangeChart() {}

  /** A group's change over the whole period: from its first wave to its last. */
  static WaveChange overall(ScaleTrend.GroupTrend g, ScaleTrend trend) {
    String first = trend.waves().get(0);
    String last = trend.waves().get(trend.waves().size() - 1);
    for (WaveChange c : g.changes()) {
      if (c.from().equals(first) && c.to().equals(last)) {
        return c;
      }
    }
    throw new IllegalStateException("no first-to-last change for " + g.group());
  }

  /** A team's overall change, when it is shown. */
  record Row(String group, WaveChange.Shown change) {}

  /** Teams whose overall change is shown, largest rise first (ties by name). */
  static List<Row> shownTeams(ScaleTrend trend) {
    List<Row> rows = new ArrayList<>();
    for (ScaleTrend.GroupTrend g : trend.teams()) {
      if (overall(g, trend) instanceof WaveChange.Shown s) {
        rows.add(new Row(g.group(), s));
      }
    }
    rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.change().change())
        ? Double.POSITIVE_INFINITY : -r.change().change())
        .thenComparing(Row::group, NameOrder.forDefaultLocale()));
    return rows;
  }

  /** Teams seen in some wave whose overall change is withheld (names only). */
  static List<String> withheldTeams(ScaleTrend trend) {
    List<String> out = new ArrayList<>();
    for (ScaleTrend.GroupTrend g : trend.teams()) {
      if (overall(g, trend) instanceof WaveChange.Withheld) {
        out.add(g.group());
      }
    }
    return out;
  }

  /** @return null when neither the organisation nor any team has a shown change */
  static String svg(ScaleTrend trend, String title) {
    List<Row> rows = new ArrayList<>();
    WaveChange orgChange = overall(trend.organisation(), trend);
    boolean hasOrg = orgChange instanceof WaveChange.Shown;
    if (orgChange instanceof WaveChange.Shown s) {
      rows.add(new Row(trend.organisation().group(), s));
    }
    rows.addAll(shownTeams(trend));
    if (rows.isEmpty()) {
      return null;
    }
    double reach = reach(rows);
    double tickStep = reach <= 0.5 ? 0.25 : reach <= 1.5 ? 0.5 : 1;
    DoubleUnaryOperator x = v ->
        (X0 + X1) / 2.0 + Math.max(-reach, Math.min(reach, v)) / reach * (X1 - X0) / 2.0;
    int gap = hasOrg ? 8 : 0; // space under the organisation's row
    int bottom = TOP + rows.size() * ROW + gap;
    int height = bottom + 74;
    String from = orgChange.from();
    String to = orgChange.to();
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart change-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc(title)).append("</title>\n");
    s.append(text(LABEL_RIGHT, 16, "end", "col-head", "team"));
    s.append(text(690, 16, "end", "col-head", clip(from, 10)));
    s.append(text(760, 16, "end", "col-head", clip(to, 10)));
    s.append(text(830, 16, "end", "col-head", "change"));
    s.append(text(885, 16, "end", "col-head", "d"));
    s.append(text(x.applyAsDouble(-reach), 34, "start", "direction", "← lower in " + clip(to, 14)));
    s.append(text(x.applyAsDouble(reach), 34, "end", "direction", "higher in " + clip(to, 14)
        + " →"));
    for (int i = 0; i < rows.size(); i++) {
      if (i % 2 == 0) {
        s.append("<rect class=\"zebra\" x=\"0\" y=\"").append(rowTop(i, hasOrg, gap))
            .append("\" width=\"").append(WIDTH).append("\" height=\"").append(ROW).append("\"/>");
      }
    }
    s.append('\n');
    for (double v = -Math.floor(reach / tickStep) * tickStep; v <= reach + 1e-9; v += tickStep) {
      double gx = x.applyAsDouble(v);
      boolean zero = Math.abs(v) < 1e-9;
      s.append("<line class=\"").append(zero ? "zero" : "grid").append("\" x1=\"").append(num(gx))
          .append("\" x2=\"").append(num(gx)).append("\" y1=\"").append(TOP - 4)
          .append("\" y2=\"").append(bottom).append("\"/>");
      s.append(text(gx, bottom + 16, "middle", "tick", tick(v)));
    }
    s.append('\n');
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      boolean org = hasOrg && i == 0;
      WaveChange.Shown c = r.change();
      double cy = rowTop(i, hasOrg, gap) + ROW / 2.0;
      boolean reliable = c.marked();
      String colour = Math.abs(c.change()) < 0.005 ? GREY : c.change() < 0 ? VERMILLION : BLUE;
      s.append("<g class=\"change-row ").append(org ? "org" : "team").append("\"><title>")
          .append(esc(r.group())).append(": ").append(fixed(c.before().mean(), 2)).append(" → ")
          .append(fixed(c.after().mean(), 2)).append(", change ")
          .append(TrendLineChart.signed(c.change())).append(", 95% CI ")
          .append(fixed(c.welch().ci().lower(), 2)).append(" to ")
          .append(fixed(c.welch().ci().upper(), 2)).append(", d ").append(fixed(c.d(), 2))
          .append(", ").append(Numbers.pValue(c.pHolm()).replace("p ", "p (Holm) "))
          .append(reliable ? " (unlikely to be chance)" : "").append("</title>");
      s.append(text(LABEL_RIGHT, cy + 4.5, "end", org ? "org-label team-label" : "team-label",
          clip(r.group(), 28)));
      double lo = x.applyAsDouble(c.welch().ci().lower());
      double hi = x.applyAsDouble(c.welch().ci().upper());
      if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
        s.append("<line class=\"change-ci\" stroke=\"").append(colour).append("\" x1=\"")
            .append(num(lo)).append("\" x2=\"").append(num(hi)).append("\" y1=\"").append(num(cy))
            .append("\" y2=\"").append(num(cy)).append("\"/>");
        for (double end : new double[] {lo, hi}) {
          s.append("<line class=\"change-ci-cap\" stroke=\"").append(colour).append("\" x1=\"")
              .append(num(end)).append("\" x2=\"").append(num(end)).append("\" y1=\"")
              .append(num(cy - 4)).append("\" y2=\"").append(num(cy + 4)).append("\"/>");
        }
      }
      double cx = x.applyAsDouble(c.change());
      if (!Double.isNaN(cx)) {
        s.append(mark(cx, cy, colour, reliable));
      }
      s.append(text(690, cy + 4.5, "end", "num", fixed(c.before().mean(), 2)));
      s.append(text(760, cy + 4.5, "end", "num", fixed(c.after().mean(), 2)));
      s.append(text(830, cy + 4.5, "end", "num" + (reliable ? " reliable" : ""),
          TrendLineChart.signed(c.change()) + (reliable ? " ◆" : "")));
      s.append(text(885, cy + 4.5, "end", "num", minus(fixed(c.d(), 2))));
      s.append("</g>\n");
    }
    s.append(text((X0 + X1) / 2.0, bottom + 34, "middle", "axis-title",
        "change in mean score, " + clip(from, 14) + " to " + clip(to, 14) + ", with 95% CI"));
    int ly = bottom + 60;
    s.append(mark(150, ly - 4, BLUE, true));
    s.append(text(162, ly, "start", "legend", "unlikely to be chance (Holm-adjusted"
        + " p < .05)"));
    s.append(mark(480, ly - 4, BLUE, false));
    s.append(text(492, ly, "start", "legend", "may be chance"));
    s.append(text(890, ly, "end", "legend", "blue: up · vermillion: down"));
    s.append("</svg>");
    return s.toString();
  }

  /** An axis label: "0", "+0.5", "−1", "+0.25". */
  private static String tick(double v) {
    if (Math.abs(v) < 1e-9) {
      return "0";
    }
    String s = String.format(Locale.ROOT, "%+.2f", v).replaceAll("0+$", "")
        .replaceAll("\\.$", "");
    return s.replace('-', '−');
  }

  /** A typographic minus, and no "−0.00". */
  static String minus(String number) {
    return number.equals("-0.00") ? "0.00" : number.replace('-', '−');
  }

  private static int rowTop(int i, boolean hasOrg, int gap) {
    return TOP + i * ROW + (hasOrg && i > 0 ? gap : 0);
  }

  /** A filled diamond (marked change) or an open circle: the shape carries the meaning. */
  private static String mark(double cx, double cy, String colour, boolean reliable) {
    if (reliable) {
      return "<rect class=\"change-mark reliable\" x=\"" + num(cx - 5) + "\" y=\"" + num(cy - 5)
          + "\" width=\"10\" height=\"10\" transform=\"rotate(45 " + num(cx) + " " + num(cy)
          + ")\" stroke=\"" + colour + "\" fill=\"" + colour + "\"/>";
    }
    return "<circle class=\"change-mark\" cx=\"" + num(cx) + "\" cy=\"" + num(cy)
        + "\" r=\"5\" stroke=\"" + colour + "\" fill=\"#ffffff\"/>";
  }

  /** Half the axis: the largest distance from zero of any interval end, rounded up. */
  private static double reach(List<Row> rows) {
    double m = 0;
    for (Row r : rows) {
      for (double v : new double[] {r.change().change(), r.change().welch().ci().lower(),
          r.change().welch().ci().upper()}) {
        if (!Double.isNaN(v)) {
          m = Math.max(m, Math.abs(v));
        }
      }
    }
    double step = m <= 0.5 ? 0.25 : m <= 1.5 ? 0.5 : 1;
    return Math.max(0.5, Math.ceil(m / step - 1e-9) * step);
  }
}
