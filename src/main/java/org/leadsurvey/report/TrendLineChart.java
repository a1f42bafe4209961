package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.result.WaveChange;
import org.leadsurvey.stats.TeamScore;

/**
 * One scale's organisation mean per wave as a line: each wave's mean as a dot on its 95% CI,
 * consecutive waves joined, the change printed on each segment (with a diamond when its 95% CI
 * excludes zero, so it reads without colour), and under each wave its name, n and Cronbach's
 * alpha. A wave where the organisation is not reportable is labelled, never drawn. The y axis
 * spans whole or half answer options around the intervals (at least one option), so a change
 * is neither hidden in the full scale nor blown up.
 */
final class TrendLineChart {
  static final String VERMILLION = TeamDotPlot.VERMILLION;

  private static final int WIDTH = 900;
  private static final int X0 = 120;
  private static final int X1 = 860;
  private static final int TOP = 34;
  private static final int PLOT = 210;

  private TrendLineChart() {}

  static String svg(ResponseScale scale, ScaleTrend trend, String title) {
    List<ScaleTrend.WaveScore> scores = trend.organisation().scores();
    int waves = scores.size();
    double[] range = range(scale, scores);
    double min = range[0];
    double max = range[1];
    int bottom = TOP + PLOT;
    DoubleUnaryOperator y = v ->
        bottom - (Math.max(min, Math.min(max, v)) - min) / (max - min) * PLOT;
    double step = (X1 - X0) / (double) waves;
    IntToDoubleFunction x = w -> X0 + (w + 0.5) * step;
    int height = bottom + 84;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart trend-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc(title)).append("</title>\n");
    // grid and y ticks
    double tick = max - min > 3 ? 1 : 0.5;
    for (double v = min; v <= max + 1e-9; v += tick) {
      double gy = y.applyAsDouble(v);
      s.append("<line class=\"grid\" x1=\"").append(X0).append("\" x2=\"").append(X1)
          .append("\" y1=\"").append(num(gy)).append("\" y2=\"").append(num(gy)).append("\"/>");
      s.append(text(X0 - 8, gy + 4, "end", "tick", tickLabel(v)));
    }
    s.append(text(18, TOP + PLOT / 2.0, "middle", "axis-title", "organisation mean")
        .replace("<text ", "<text transform=\"rotate(-90 18 " + num(TOP + PLOT / 2.0) + ")\" "));
    s.append('\n');
    // the line: consecutive reported waves, with the change on each segment
    for (int w = 1; w < waves; w++) {
      TeamScore a = scores.get(w - 1).score();
      TeamScore b = scores.get(w).score();
      if (a == null || b == null) {
        continue;
      }
      double ax = x.applyAsDouble(w - 1);
      double bx = x.applyAsDouble(w);
      double ay = y.applyAsDouble(a.mean());
      double by = y.applyAsDouble(b.mean());
      s.append("<line class=\"trend-line\" stroke=\"").append(VERMILLION).append("\" x1=\"")
          .append(num(ax)).append("\" y1=\"").append(num(ay)).append("\" x2=\"").append(num(bx))
          .append("\" y2=\"").append(num(by)).append("\"/>");
      WaveChange c = consecutive(trend, w);
      if (c instanceof WaveChange.Shown shown) {
        boolean reliable = shown.marked();
        double mx = (ax + bx) / 2;
        double my = (ay + by) / 2 - 12;
        s.append(text(mx, my, "middle", "segment-change" + (reliable ? " reliable" : ""),
            signed(shown.change()) + (reliable ? " ◆" : "")));
      }
    }
    s.append('\n');
    for (int w = 0; w < waves; w++) {
      ScaleTrend.WaveScore ws = scores.get(w);
      double cx = x.applyAsDouble(w);
      if (ws.score() != null) {
        TeamScore o = ws.score();
        double lo = y.applyAsDouble(o.ci95().lower());
        double hi = y.applyAsDouble(o.ci95().upper());
        s.append("<g class=\"trend-wave\"><title>").append(esc(ws.wave())).append(": mean ")
            .append(fixed(o.mean(), 2)).append(", 95% CI ").append(fixed(o.ci95().lower(), 2))
            .append("–").append(fixed(o.ci95().upper(), 2)).append(", n ").append(o.n())
            .append("</title>");
        if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
          s.append("<line class=\"trend-ci\" stroke=\"").append(VERMILLION).append("\" x1=\"")
              .append(num(cx)).append("\" x2=\"").append(num(cx)).append("\" y1=\"")
              .append(num(lo)).append("\" y2=\"").append(num(hi)).append("\"/>");
          for (double end : new double[] {lo, hi}) {
            s.append("<line class=\"trend-ci-cap\" stroke=\"").append(VERMILLION)
                .append("\" x1=\"").append(num(cx - 6)).append("\" x2=\"").append(num(cx + 6))
                .append("\" y1=\"").append(num(end)).append("\" y2=\"").append(num(end))
                .append("\"/>");
          }
        }
        double cy = y.applyAsDouble(o.mean());
        s.append("<circle class=\"trend-point\" cx=\"").append(num(cx)).append("\" cy=\"")
            .append(num(cy)).append("\" r=\"6\" stroke=\"").append(VERMILLION)
            .append("\" fill=\"").append(VERMILLION).append("\"/>");
        s.append(text(cx + 12, cy + 4.5, "start", "point-value", fixed(o.mean(), 2)));
        s.append("</g>\n");
      } else {
        s.append(text(cx, TOP + PLOT / 2.0, "middle", "not-shown",
            ws.status() == ScaleTrend.Status.ABSENT ? "no respondents" : "too few to show"));
      }
      // the wave's name, n and alpha under the axis
      s.append(text(cx, bottom + 20, "middle", "wave-name", clip(ws.wave(), 22)));
      String n = ws.score() == null ? "" : "n " + ws.score().n() + " · ";
      s.append(text(cx, bottom + 38, "middle", "wave-note",
          n + "alpha " + fixed(trend.alphas().get(w).alpha(), 2)));
    }
    s.append(text(X0, bottom + 70, "start", "legend",
        "● mean with 95% CI   ◆ change unlikely to be chance (95% CI excludes zero)"));
    s.append("</svg>");
    return s.toString();
  }

  /** The change from wave {@code w - 1} to {@code w} (the consecutive changes come first). */
  private static WaveChange consecutive(ScaleTrend trend, int w) {
    return trend.organisation().changes().get(w - 1);
  }

  /**
   * Half answer options around every interval, at least one option wide, within the scale.
   */
  static double[] range(ResponseScale scale, List<ScaleTrend.WaveScore> scores) {
    List<TeamScore> shown = new ArrayList<>();
    for (ScaleTrend.WaveScore w : scores) {
      if (w.score() != null) {
        shown.add(w.score());
      }
    }
    double[] extent = TeamDotPlot.extent(shown);
    double lo = extent[0];
    double hi = extent[1];
    if (lo > hi) {
      return new double[] {scale.min(), scale.max()};
    }
    lo = Math.max(scale.min(), Math.floor(lo * 2) / 2);
    hi = Math.min(scale.max(), Math.ceil(hi * 2) / 2);
    while (hi - lo < 1) {
      if (lo > scale.min()) {
        lo -= 0.5;
      }
      if (hi - lo < 1 && hi < scale.max()) {
        hi += 0.5;
      }
      if (lo <= scale.min() && hi >= scale.max()) {
        break;
      }
    }
    return new double[] {Math.max(scale.min(), lo), Math.min(scale.max(), hi)};
  }

  private static String tickLabel(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String signed(double v) {
    return Numbers.signed(v).replace('-', '−');
  }
}
