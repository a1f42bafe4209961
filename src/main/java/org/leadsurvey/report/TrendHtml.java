package org.leadsurvey.report;

import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Numbers.fixed;

import java.io.PrintWriter;
import java.util.List;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.result.ScaleTrend;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.WaveChange;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/**
 * The {@code html} format for several waves: one self-contained page like {@link HtmlRenderer}.
 * First, per scale, the trend: a headline (latest score, change over the period, teams
 * compared, alpha per wave), the organisation's mean per wave as a line, every team's change
 * from the first wave to the last as an interval chart, and the trend tables. Then the waves in
 * detail, latest first, each with {@link HtmlRenderer}'s sections: all waves for {@code analyze},
 * the latest only for {@code trend} (its tables already give every wave's scores). One wave is
 * simply {@link HtmlRenderer}'s page.
 */
final class TrendHtml {
  private TrendHtml() {}

  static void write(TrendReport report, boolean allWaves, PrintWriter out) {
    out.print(render(report, allWaves));
    out.flush();
  }

  static String render(TrendReport report, boolean allWaves) {
    if (report.waves().size() == 1) {
      return HtmlRenderer.render(report.waves().get(0).report());
    }
    StringBuilder b = new StringBuilder(128 * 1024);
    HtmlRenderer.head(b, report.toolVersion(), report.instrument().name() + " – survey trend");
    b.append("<body>\n");
    header(b, report);
    b.append("<main>\n");
    for (int i = 0; i < report.trends().size(); i++) {
      trend(b, report, report.trends().get(i), "t" + (i + 1));
    }
    List<WaveReport> waves = report.waves();
    for (int w = waves.size() - 1; w >= (allWaves ? 0 : waves.size() - 1); w--) {
      wave(b, waves.get(w), "w" + (w + 1), w == waves.size() - 1);
    }
    HtmlRenderer.methodNotes(b, report.minGroup(), true);
    HtmlRenderer.citation(b, report.instrument());
    b.append("</main>\n");
    HtmlRenderer.footer(b, report.toolVersion());
    return b.toString();
  }

  private static void header(StringBuilder b, TrendReport report) {
    List<String> names = report.waves().stream().map(WaveReport::name).toList();
    b.append("<header>\n<h1>").append(esc(report.instrument().name())).append("</h1>\n")
        .append("<p class=\"meta\">Survey trend over ").append(names.size()).append(" waves (")
        .append(esc(String.join(", ", names))).append(") from <span class=\"file\">")
        .append(esc(String.join(", ", report.files()))).append("</span> · ")
        .append(report.rows()).append(" rows · teams smaller than ").append(report.minGroup())
        .append(" are not shown in a wave</p>\n</header>\n");
  }

  /** One scale's trend: headline, trend line, change chart, tables. */
  private static void trend(StringBuilder b, TrendReport report,
      TrendReport.ScaleTrendReport st, String id) {
    ScaleTrend t = st.trend();
    b.append("<section class=\"scale trend\" id=\"").append(id).append("\">\n<h2>Trend");
    if (report.trends().size() > 1) {
      b.append(": ").append(esc(ReportTables.title(st.scale())));
    }
    b.append("</h2>\n");
    headline(b, st, t);
    b.append("<section class=\"figure\" id=\"").append(id).append("-line\">\n")
        .append("<h3>The organisation over time</h3>\n")
        .append("<p class=\"caption\">The organisation's mean in each wave with its 95% ")
        .append("confidence interval; the change between waves is printed on the line, with a ")
        .append("diamond when its 95% interval excludes zero. Under each wave: its number ")
        .append("of people scored and Cronbach's alpha, so a drop in reliability is visible.</p>\n")
        .append("<figure>").append(TrendLineChart.svg(st.scale().responses(), t,
            "Organisation mean per wave of " + st.scale().name())).append("</figure>\n</section>\n");
    changes(b, report, st, id);
    tables(b, t);
    b.append("</section>\n");
  }

  private static void headline(StringBuilder b, TrendReport.ScaleTrendReport st, ScaleTrend t) {
    String first = t.waves().get(0);
    String last = t.waves().get(t.waves().size() - 1);
    ScaleTrend.WaveScore latest = t.organisation().scores().get(t.waves().size() - 1);
    b.append("<div class=\"headline\">\n");
    HtmlRenderer.card(b, "Waves", Integer.toString(t.waves().size()), first + " to " + last);
    if (latest.score() != null) {
      TeamScore o = latest.score();
      HtmlRenderer.card(b, esc(st.scale().name()), fixed(o.mean(), 2) + "<small> / "
          + st.scale().responses().max() + "</small>", "organisation in " + last + ", 95% CI "
          + fixed(o.ci95().lower(), 2) + "–" + fixed(o.ci95().upper(), 2));
    } else {
      HtmlRenderer.card(b, esc(st.scale().name()), Numbers.DASH, "too few people scored in "
          + last + ": not shown");
    }
    WaveChange overall = ChangeChart.overall(t.organisation(), t);
    if (overall instanceof WaveChange.Shown s) {
      HtmlRenderer.card(b, "Change since " + esc(first),
          esc(TrendLineChart.signed(s.change())), "95% CI "
              + ChangeChart.minus(fixed(s.welch().ci().lower(), 2)) + " to "
              + ChangeChart.minus(fixed(s.welch().ci().upper(), 2))
              + (s.marked() ? "; unlikely to be chance (" + Numbers.pValue(s.pHolm()) + ")"
                  : " (includes zero); may be chance"));
    } else {
      HtmlRenderer.card(b, "Change since " + esc(first), Numbers.DASH, "not shown: the "
          + "organisation is too small in a wave");
    }
    int compared = ChangeChart.shownTeams(t).size();
    int withheld = ChangeChart.withheldTeams(t).size();
    if (compared + withheld > 0) {
      HtmlRenderer.card(b, "Teams compared", Integer.toString(compared), "of " + (compared
          + withheld) + (withheld == 0 ? ", all reported in both waves"
          : "; " + withheld + " not reported in both waves"));
    }
    Reliability rel = t.alphas().get(t.alphas().size() - 1);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Reliability r : t.alphas()) {
      if (!Double.isNaN(r.alpha())) {
        lo = Math.min(lo, r.alpha());
        hi = Math.max(hi, r.alpha());
      }
    }
    String words = Numbers.reliabilityWords(rel.alpha());
    HtmlRenderer.card(b, "Reliability in " + esc(last),
        Character.toUpperCase(words.charAt(0)) + words.substring(1),
        "alpha " + fixed(rel.alpha(), 2) + (lo <= hi ? "; " + fixed(lo, 2) + "–" + fixed(hi, 2)
            + " across waves" : ""));
    b.append("</div>\n");
    b.append("<p class=\"lede\">").append(esc(TrendText.reliabilityLine(t))).append(".</p>\n");
  }

  private static void changes(StringBuilder b, TrendReport report,
      TrendReport.ScaleTrendReport st, String id) {
    ScaleTrend t = st.trend();
    String first = t.waves().get(0);
    String last = t.waves().get(t.waves().size() - 1);
    b.append("<section class=\"figure\" id=\"").append(id).append("-changes\">\n")
        .append("<h3>Change per team, ").append(esc(first)).append(" to ").append(esc(last))
        .append("</h3>\n");
    String svg = ChangeChart.svg(t, "Change per team of " + st.scale().name() + ", " + first
        + " to " + last);
    if (svg == null) {
      b.append("<p class=\"empty\">No team is reported in both ").append(esc(first))
          .append(" and ").append(esc(last)).append(", so no change can be shown.</p>\n");
    } else {
      b.append("<p class=\"caption\">Each team's change in mean score over the whole period, ")
          .append("with its 95% confidence interval (Welch), the organisation on top, largest ")
          .append("rise first. An interval crossing the zero line may be chance. A filled ")
          .append("diamond marks a change unlikely to be chance even among this many teams ")
          .append("(Welch test after Holm&#39;s adjustment, p &lt; .05); an open circle, one ")
          .append("that may be chance.")
          .append(t.waves().size() > 2 ? " The changes between consecutive waves are in the "
              + "table below." : "").append("</p>\n");
      b.append("<figure>").append(svg).append("</figure>\n");
    }
    List<String> withheld = ChangeChart.withheldTeams(t);
    if (!withheld.isEmpty()) {
      b.append("<div class=\"hidden-teams\"><p>Not compared, to protect people's privacy or ")
          .append("because they did not take part: teams not reported in both ").append(esc(first))
          .append(" and ").append(esc(last)).append(" (fewer than ").append(report.minGroup())
          .append(" respondents, hidden, or absent in one of them):</p>\n<ul>");
      for (String team : withheld) {
        b.append("<li class=\"not-compared\">").append(esc(team)).append("</li>");
      }
      b.append("</ul></div>\n");
    }
    b.append("</section>\n");
  }

  private static void tables(StringBuilder b, ScaleTrend t) {
    b.append("<section class=\"tables\">\n<h3>Trend in numbers</h3>\n")
        .append("<h4>Scores by wave (mean, n)</h4>\n").append(TrendText.scores(t).html())
        .append("<h4>Changes</h4>\n").append(TrendText.changes(t).html())
        .append("<p class=\"caption\">").append(esc(TrendText.LEGEND)).append("</p>\n")
        .append("</section>\n");
  }

  /** One wave in detail: {@link HtmlRenderer}'s sections under the wave's name. */
  private static void wave(StringBuilder b, WaveReport w, String id, boolean latest) {
    AnalysisReport r = w.report();
    b.append("<section class=\"wave\" id=\"").append(id).append("\">\n<h2 class=\"wave-title\">")
        .append("Wave ").append(esc(w.name())).append(latest ? " (latest)" : "").append("</h2>\n")
        .append("<p class=\"meta\">From <span class=\"file\">")
        .append(esc(String.join(", ", r.files()))).append("</span> · ").append(r.rows())
        .append(" rows</p>\n");
    HtmlRenderer.scales(b, r, id + "-s");
    b.append("</section>\n");
  }
}
