package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.RowChart.LABEL_RIGHT;
import static org.leadsurvey.report.RowChart.ROW;
import static org.leadsurvey.report.RowChart.WIDTH;
import static org.leadsurvey.report.RowChart.X0;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.result.NameOrder;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;

/**
 * Team scores as a dot plot: one row per reported team, highest mean first, the mean as a dot
 * on its 95% CI, the organisation's mean as a dashed line over its CI band. Agreement within
 * the team is drawn by the dot's shape (filled: rwg(j) at least .70, open: below) and printed
 * beside it, so it reads in black and white. Hidden teams are never drawn.
 */
final class TeamDotPlot {
  /** The conventional rwg(j) cut-off for "members agree" (LeBreton &amp; Senter, 2008). */
  static final double AGREEMENT = 0.70;
  static final String BLUE = "#0072B2"; // Okabe-Ito blue
  static final String VERMILLION = "#D55E00"; // Okabe-Ito vermillion

  private static final int X1 = 680;
  private static final int TOP = 46;

  private TeamDotPlot() {}

  /** Reported teams, highest mean first (ties by name). */
  static List<TeamScore> sorted(ScaleResult r) {
    List<TeamScore> teams = new ArrayList<>();
    for (TeamResult t : r.teams()) {
      if (t instanceof TeamResult.Reported rep) {
        teams.add(rep.score());
      }
    }
    teams.sort(Comparator.comparingDouble((TeamScore t) -> Double.isNaN(t.mean())
        ? Double.NEGATIVE_INFINITY : -t.mean())
        .thenComparing(TeamScore::team, NameOrder.forDefaultLocale()));
    return teams;
  }

  static String svg(ResponseScale scale, ScaleResult r, String title) {
    List<TeamScore> teams = sorted(r);
    TeamScore org = r.organisation();
    int height = TOP + teams.size() * ROW + 78;
    double[] range = range(scale, teams, org);
    double min = range[0];
    double max = range[1];
    DoubleUnaryOperator x = v ->
        X0 + (Math.max(min, Math.min(max, v)) - min) / (max - min) * (X1 - X0);
    int bottom = TOP + teams.size() * ROW;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart team-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(esc(title)).append("</title>\n");
    // column headers
    s.append(text(LABEL_RIGHT, 16, "end", "col-head", "team"));
    s.append(text(745, 16, "end", "col-head", "n"));
    s.append(text(805, 16, "end", "col-head", "mean"));
    s.append(text(880, 16, "end", "col-head", "rwg(j)"));
    // zebra rows and grid
    for (int i = 0; i < teams.size(); i++) {
      if (i % 2 == 0) {
        s.append("<rect class=\"zebra\" x=\"0\" y=\"").append(TOP + i * ROW).append("\" width=\"")
            .append(WIDTH).append("\" height=\"").append(ROW).append("\"/>\n");
      }
    }
    for (int v = (int) min; v <= (int) max; v++) {
      double gx = x.applyAsDouble(v);
      s.append("<line class=\"grid\" x1=\"").append(num(gx)).append("\" x2=\"").append(num(gx))
          .append("\" y1=\"").append(TOP - 4).append("\" y2=\"").append(bottom).append("\"/>");
      s.append(text(gx, bottom + 16, "middle", "tick", Integer.toString(v)));
    }
    s.append('\n');
    if (org != null) {
      double lo = x.applyAsDouble(org.ci95().lower());
      double hi = x.applyAsDouble(org.ci95().upper());
      if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
        s.append("<rect class=\"org-band\" x=\"").append(num(lo)).append("\" y=\"").append(TOP - 4)
            .append("\" width=\"").append(num(Math.max(1, hi - lo))).append("\" height=\"")
            .append(bottom - TOP + 4).append("\"/>");
      }
      double mx = x.applyAsDouble(org.mean());
      s.append("<line class=\"org-mean\" stroke=\"").append(VERMILLION).append("\" x1=\"")
          .append(num(mx)).append("\" x2=\"").append(num(mx)).append("\" y1=\"").append(TOP - 12)
          .append("\" y2=\"").append(bottom).append("\"><title>Organisation mean ")
          .append(fixed(org.mean(), 2)).append(", 95% CI ").append(fixed(org.ci95().lower(), 2))
          .append("–").append(fixed(org.ci95().upper(), 2)).append("</title></line>");
      s.append(text(mx, TOP - 16, "middle", "org-label",
          "Organisation " + fixed(org.mean(), 2)));
      s.append('\n');
    }
    for (int i = 0; i < teams.size(); i++) {
      TeamScore t = teams.get(i);
      double cy = TOP + i * ROW + ROW / 2.0;
      boolean agree = t.rwgJ() >= AGREEMENT;
      s.append("<g class=\"team-row\"><title>").append(esc(t.team())).append(": mean ")
          .append(fixed(t.mean(), 2)).append(", 95% CI ").append(fixed(t.ci95().lower(), 2))
          .append("–").append(fixed(t.ci95().upper(), 2)).append(", n ").append(t.n())
          .append(", rwg(j) ").append(fixed(t.rwgJ(), 2)).append("</title>");
      s.append(text(LABEL_RIGHT, cy + 4.5, "end", "team-label", clip(t.team(), 28)));
      double lo = x.applyAsDouble(t.ci95().lower());
      double hi = x.applyAsDouble(t.ci95().upper());
      if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
        s.append("<line class=\"team-ci\" stroke=\"").append(BLUE).append("\" x1=\"")
            .append(num(lo)).append("\" x2=\"").append(num(hi)).append("\" y1=\"").append(num(cy))
            .append("\" y2=\"").append(num(cy)).append("\"/>");
        for (double end : new double[] {lo, hi}) {
          s.append("<line class=\"team-ci-cap\" stroke=\"").append(BLUE).append("\" x1=\"")
              .append(num(end)).append("\" x2=\"").append(num(end)).append("\" y1=\"")
              .append(num(cy - 4)).append("\" y2=\"").append(num(cy + 4)).append("\"/>");
        }
      }
      s.append("<circle class=\"team-dot ").append(agree ? "agree" : "disagree")
          .append("\" cx=\"").append(num(x.applyAsDouble(t.mean()))).append("\" cy=\"")
          .append(num(cy)).append("\" r=\"5.5\" stroke=\"").append(BLUE).append("\" fill=\"")
          .append(agree ? BLUE : "#ffffff").append("\"/>");
      s.append(text(745, cy + 4.5, "end", "num", Long.toString(t.n())));
      s.append(text(805, cy + 4.5, "end", "num", fixed(t.mean(), 2)));
      s.append(text(880, cy + 4.5, "end", "num" + (agree ? "" : " low-agreement"),
          fixed(t.rwgJ(), 2)));
      s.append("</g>\n");
    }
    // axis title and legend
    s.append(text((X0 + X1) / 2.0, bottom + 34, "middle", "axis-title",
        "mean score with 95% CI (scale " + scale.min() + "–" + scale.max() + ", " + scale.max()
            + " most favourable)"));
    int ly = bottom + 60;
    s.append("<circle class=\"legend-mark\" cx=\"").append(X0).append("\" cy=\"").append(ly - 4)
        .append("\" r=\"5.5\" stroke=\"").append(BLUE).append("\" fill=\"").append(BLUE).append("\"/>");
    s.append(text(X0 + 10, ly, "start", "legend", "members agree (rwg(j) ≥ .70)"));
    s.append("<circle class=\"legend-mark\" cx=\"").append(X0 + 210).append("\" cy=\"")
        .append(ly - 4).append("\" r=\"5.5\" stroke=\"").append(BLUE)
        .append("\" fill=\"#ffffff\"/>");
    s.append(text(X0 + 220, ly, "start", "legend", "members disagree (< .70)"));
    if (org != null) {
      s.append("<line class=\"org-mean\" stroke=\"").append(VERMILLION).append("\" x1=\"")
          .append(X0 + 400).append("\" x2=\"").append(X0 + 400).append("\" y1=\"").append(ly - 12)
          .append("\" y2=\"").append(ly + 3).append("\"/>");
      s.append(text(X0 + 410, ly, "start", "legend", "organisation mean and its 95% CI"));
    }
    s.append("</svg>");
    return s.toString();
  }

  /**
   * The axis: whole answer options around every interval (at least two options wide), within
   * the scale, so that teams are told apart without stretching the scale's meaning.
   */
  /**
   * The lowest and highest of the scores' means and 95% bounds, NaN left out; {+inf, -inf}
   * when there is none. Each chart then rounds it to its own grid.
   */
  static double[] extent(Iterable<TeamScore> scores) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (TeamScore t : scores) {
      for (double v : new double[] {t.mean(), t.ci95().lower(), t.ci95().upper()}) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return new double[] {lo, hi};
  }

  static double[] range(ResponseScale scale, List<TeamScore> teams, TeamScore org) {
    List<TeamScore> all = new ArrayList<>(teams);
    if (org != null) {
      all.add(org);
    }
    double[] extent = extent(all);
    double lo = extent[0];
    double hi = extent[1];
    if (lo > hi) {
      return new double[] {scale.min(), scale.max()};
    }
    lo = Math.max(scale.min(), Math.floor(lo));
    hi = Math.min(scale.max(), Math.ceil(hi));
    while (hi - lo < 2) {
      if (lo > scale.min()) {
        lo--;
      }
      if (hi - lo < 2 && hi < scale.max()) {
        hi++;
      }
      if (lo == scale.min() && hi == scale.max()) {
        break;
      }
    }
    return new double[] {lo, hi};
  }

  static String text(double x, double y, String anchor, String cls, String content) {
    return "<text class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\""
        + anchor + "\">" + esc(content) + "</text>";
  }
}
