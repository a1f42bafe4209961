package org.leadsurvey.report;

import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.Numbers.percent;

import java.io.PrintWriter;
import java.util.List;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.FavourableRange;
import org.leadsurvey.stats.ItemStatistics;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;

/**
 * The {@code html} format: one self-contained page (inline CSS and SVG, no scripts, no network
 * references) that people can open, print and email. Charts are drawn here as SVG, so the page
 * works without JavaScript; a Content-Security-Policy forbids scripts and remote loads as a
 * second line of defence behind escaping every user-provided string.
 *
 * <p>Each part of a scale's page is one small method; a scale's sections are listed in
 * {@link #scale}. Several waves are laid out by {@link TrendHtml}, which reuses these parts.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  public static void write(AnalysisReport report, PrintWriter out) {
    out.print(render(report));
    out.flush();
  }

  static String render(AnalysisReport report) {
    StringBuilder b = new StringBuilder(64 * 1024);
    head(b, report.toolVersion(), report.instrument().name() + " – survey report");
    b.append("<body>\n");
    header(b, report);
    b.append("<main>\n");
    scales(b, report, "s");
    methodNotes(b, report.minGroup(), false);
    citation(b, report.instrument());
    b.append("</main>\n");
    footer(b, report.toolVersion());
    return b.toString();
  }

  /** Every scale's sections, with element ids {@code <idPrefix>1}, {@code <idPrefix>2}, ... */
  static void scales(StringBuilder b, AnalysisReport report, String idPrefix) {
    for (int i = 0; i < report.scales().size(); i++) {
      scale(b, report, report.scales().get(i), idPrefix + (i + 1));
    }
  }

  static void footer(StringBuilder b, String toolVersion) {
    b.append("<footer>leadsurvey ").append(esc(toolVersion))
        .append(" · a self-contained report: no scripts, nothing loaded from the network.</footer>\n");
    b.append("</body>\n</html>\n");
  }

  /** The document head; {@code title} is plain text (escaped here). */
  static void head(StringBuilder b, String toolVersion, String title) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"leadsurvey ").append(esc(toolVersion))
        .append("\">\n<title>").append(esc(title))
        .append("</title>\n<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n");
  }

  private static void header(StringBuilder b, AnalysisReport report) {
    b.append("<header>\n<h1>").append(esc(report.instrument().name())).append("</h1>\n")
        .append("<p class=\"meta\">Survey report from <span class=\"file\">")
        .append(esc(String.join(", ", report.files()))).append("</span> · ").append(report.rows())
        .append(" rows · teams smaller than ").append(report.minGroup())
        .append(" are not shown</p>\n</header>\n");
  }

  /** One scale: the sections in reading order. */
  private static void scale(StringBuilder b, AnalysisReport report, ScaleReport s, String id) {
    ScaleResult r = s.result();
    b.append("<section class=\"scale\" id=\"").append(id).append("\">\n");
    if (report.scales().size() > 1) {
      b.append("<h2>").append(esc(ReportTables.title(s.scale()))).append("</h2>\n");
    }
    headline(b, report, s);
    warnings(b, r);
    teams(b, report, s, id);
    items(b, s, id);
    heatmap(b, report, s, id);
    CutsHtml.section(b, report, s, id);
    tables(b, report, s);
    b.append("</section>\n");
  }

  private static void headline(StringBuilder b, AnalysisReport report, ScaleReport s) {
    ScaleResult r = s.result();
    TeamScore org = r.organisation();
    long reported = r.teams().size() - r.hiddenTeams();
    b.append("<div class=\"headline\">\n");
    if (r.shown()) {
      card(b, "Respondents", Long.toString(r.scored()), "scored, of " + r.rows() + " rows");
    } else {
      card(b, "Respondents", Numbers.DASH, r.rows() + " rows; too few to show");
    }
    if (r.aggregation() != null || !r.teams().isEmpty()) {
      card(b, "Teams reported", Long.toString(reported),
          r.hiddenTeams() == 0 ? "of " + r.teams().size() + ", none hidden"
              : "of " + r.teams().size() + "; " + r.hiddenTeams() + " hidden");
    }
    if (org != null) {
      card(b, esc(s.scale().name()), fixed(org.mean(), 2) + "<small> / "
          + s.scale().responses().max() + "</small>", "organisation, 95% CI "
          + fixed(org.ci95().lower(), 2) + "–" + fixed(org.ci95().upper(), 2));
      card(b, "Favourable", percent(org.favourable()),
          "of answers " + favourableWords(s.scale(), r.favourable()));
    } else {
      card(b, esc(s.scale().name()), Numbers.DASH, "fewer than " + report.minGroup()
          + " people scored: not shown");
    }
    if (r.reliability() != null) {
      Reliability rel = r.reliability().scale();
      String words = Numbers.reliabilityWords(rel.alpha());
      card(b, "Reliability", Character.toUpperCase(words.charAt(0)) + words.substring(1),
          "alpha " + fixed(rel.alpha(), 2) + " (95% CI " + fixed(rel.alphaCi().lower(), 2) + "–"
              + fixed(rel.alphaCi().upper(), 2) + ")");
    } else {
      card(b, "Reliability", Numbers.DASH, "not shown");
    }
    b.append("</div>\n");
    b.append("<p class=\"lede\">").append(esc(ReportTables.reliabilityHeadline(r)))
        .append(' ').append(esc(ReportTables.description(s.scale(), r))).append("</p>\n");
  }

  /** @param value and {@code label} are trusted markup (escape user text before passing it) */
  static void card(StringBuilder b, String label, String value, String note) {
    b.append("<div class=\"card\"><div class=\"card-label\">").append(label)
        .append("</div><div class=\"card-value\">").append(value)
        .append("</div><div class=\"card-note\">").append(esc(note)).append("</div></div>\n");
  }

  private static void warnings(StringBuilder b, ScaleResult r) {
    if (r.warnings().isEmpty()) {
      return;
    }
    b.append("<ul class=\"warnings\">\n");
    for (String w : r.warnings()) {
      b.append("<li>").append(esc(w)).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void teams(StringBuilder b, AnalysisReport report, ScaleReport s, String id) {
    ScaleResult r = s.result();
    if (r.teams().isEmpty()) {
      return;
    }
    b.append("<section class=\"figure\" id=\"").append(id).append("-teams\">\n")
        .append("<h3>Team scores</h3>\n");
    List<TeamScore> shown = TeamDotPlot.sorted(r);
    if (shown.isEmpty() || r.organisation() == null) {
      b.append("<p class=\"empty\">No team is large enough to be shown.</p>\n");
    } else {
      b.append("<p class=\"caption\">Each team's mean with its 95% confidence interval, highest ")
          .append("first. A filled dot means the members largely agree (rwg(j) at least .70); ")
          .append("an open dot means their answers differ, so the mean may hide a split.</p>\n");
      b.append("<figure>").append(TeamDotPlot.svg(s.scale().responses(), r,
          "Team scores of " + s.scale().name())).append("</figure>\n");
    }
    hiddenTeams(b, report, r);
    b.append("</section>\n");
  }

  private static void hiddenTeams(StringBuilder b, AnalysisReport report, ScaleResult r) {
    if (r.hiddenTeams() == 0) {
      return;
    }
    b.append("<div class=\"hidden-teams\"><p>Hidden to protect people's privacy (fewer than ")
        .append(report.minGroup()).append(" respondents, or hidden so that a small team's ")
        .append("score cannot be worked out from the totals):</p>\n<ul>");
    for (TeamResult t : r.teams()) {
      if (t instanceof TeamResult.Hidden) {
        b.append("<li class=\"hidden-team\">").append(esc(t.team())).append("</li>");
      }
    }
    b.append("</ul></div>\n");
  }

  private static void items(StringBuilder b, ScaleReport s, String id) {
    ScaleResult r = s.result();
    b.append("<section class=\"figure\" id=\"").append(id).append("-items\">\n")
        .append("<h3>Answers per item</h3>\n");
    if (r.frequencies().isEmpty()) {
      b.append("<p class=\"empty\">Too few respondents to show answers.</p>\n</section>\n");
      return;
    }
    b.append("<p class=\"caption\">All respondents' answers, keyed so that right is always ")
        .append("favourable: for reverse-keyed items (R) agreeing with the statement counts as ")
        .append("unfavourable. Answers ").append(favourableWords(s.scale(), r.favourable()))
        .append(" are favourable (right of the centre line), their mirror image unfavourable ")
        .append("(left), the options between neutral (split across the line); the percentages ")
        .append("are the unfavourable, favourable and neutral shares.")
        .append(optionLabels(s.scale())).append("</p>\n");
    b.append("<figure>").append(ItemBars.svg(s.scale(), r.frequencies(), r.favourable(), id,
        "Answers per item of " + s.scale().name())).append("</figure>\n</section>\n");
  }

  /** "6–7 of 7": the favourable options of the scale. */
  static String favourableWords(Scale scale, FavourableRange f) {
    return (f.lo() == f.hi() ? Integer.toString(f.hi()) : f.lo() + "–" + f.hi()) + " of "
        + scale.responses().max();
  }

  /** " Options: 1 Very inaccurate, ..." as answered (escaped), or nothing without labels. */
  private static String optionLabels(Scale scale) {
    List<String> labels = scale.responses().labels();
    if (labels.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" Answer options: ");
    for (int i = 0; i < labels.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(scale.responses().min() + i).append(" ")
          .append(esc(labels.get(i)));
    }
    return b.append(" (as ticked; reversed for (R) items).").toString();
  }

  private static void heatmap(StringBuilder b, AnalysisReport report, ScaleReport s, String id) {
    ScaleResult r = s.result();
    if (TeamDotPlot.sorted(r).isEmpty() || r.organisation() == null) {
      return;
    }
    b.append("<section class=\"figure\" id=\"").append(id).append("-heatmap\">\n")
        .append("<h3>Teams by item</h3>\n")
        .append("<p class=\"caption\">Each reported team's mean keyed answer per item, in the ")
        .append("order of the team chart, with the organisation on top. Lighter is more ")
        .append("favourable.</p>\n");
    b.append("<figure>").append(TeamItemHeatmap.svg(s.scale(), r, report.minGroup(), id,
        "Team by item means of " + s.scale().name())).append("</figure>\n</section>\n");
  }

  private static void tables(StringBuilder b, AnalysisReport report, ScaleReport s) {
    ScaleResult r = s.result();
    b.append("<section class=\"tables\">\n<h3>Numbers</h3>\n");
    if (r.organisation() != null || r.hiddenTeams() < r.teams().size()) {
      b.append("<h4>Scores</h4>\n").append(scoreTable(r));
    }
    if (r.reliability() != null) {
      b.append("<h4>Reliability</h4>\n").append(ReportTables.reliability(r).html());
      if (!r.reliability().items().isEmpty()) {
        b.append("<h4>Items</h4>\n").append(itemTable(s.scale(), r));
      }
    }
    String agg = ReportTables.aggregation(r);
    if (agg != null) {
      b.append("<h4>Differences between teams</h4>\n<p>").append(esc(agg)).append("</p>\n");
    }
    b.append("</section>\n");
  }

  private static String scoreTable(ScaleResult r) {
    StringBuilder t = new StringBuilder("<table class=\"scores\"><thead><tr><th>team</th>"
        + "<th class=\"num\">n</th><th class=\"num\">mean</th><th class=\"num\">95% CI</th>"
        + "<th class=\"num\">sd</th><th class=\"num\">rwg(j)</th><th class=\"num\">favourable "
        + r.favourable() + "</th></tr></thead>\n<tbody>\n");
    if (r.organisation() != null) {
      scoreRow(t, r.organisation(), "org");
    }
    for (TeamResult tr : r.teams()) {
      if (tr instanceof TeamResult.Reported rep) {
        scoreRow(t, rep.score(), "team");
      } else {
        t.append("<tr class=\"hidden-team\"><td>").append(esc(tr.team()))
            .append("</td><td colspan=\"6\" class=\"hidden\">hidden</td></tr>\n");
      }
    }
    return t.append("</tbody></table>\n").toString();
  }

  private static void scoreRow(StringBuilder t, TeamScore s, String cls) {
    t.append("<tr class=\"").append(cls).append("\"><td>").append(esc(s.team()))
        .append("</td><td class=\"num\">").append(s.n()).append("</td><td class=\"num\">")
        .append(fixed(s.mean(), 2)).append("</td><td class=\"num\">")
        .append(fixed(s.ci95().lower(), 2)).append("–").append(fixed(s.ci95().upper(), 2))
        .append("</td><td class=\"num\">").append(fixed(s.sd(), 2))
        .append("</td><td class=\"num\">").append(cls.equals("org") ? "" : fixed(s.rwgJ(), 2))
        .append("</td><td class=\"num\">").append(percent(s.favourable())).append("</td></tr>\n");
  }

  private static String itemTable(Scale scale, ScaleResult r) {
    StringBuilder t = new StringBuilder("<table class=\"items\"><thead><tr><th>item</th>"
        + "<th>text</th><th class=\"num\">n</th><th class=\"num\">missing</th>"
        + "<th class=\"num\">mean</th><th class=\"num\">sd</th>"
        + "<th class=\"num\">r.drop</th><th class=\"num\">alpha if deleted</th>"
        + "<th class=\"num\">loading</th></tr></thead>\n<tbody>\n");
    for (ItemStatistics i : r.reliability().items()) {
      Item item = scale.items().stream().filter(it -> it.id().equals(i.item())).findFirst()
          .orElse(new Item(i.item(), "", false, null));
      t.append("<tr><td>").append(esc(i.item() + (item.reverse() ? " (R)" : "")))
          .append("</td><td class=\"text\">").append(esc(item.text()))
          .append("</td><td class=\"num\">").append(i.n())
          .append("</td><td class=\"num\">").append(ReportTables.missing(r, i.item()))
          .append("</td><td class=\"num\">").append(fixed(i.mean(), 2))
          .append("</td><td class=\"num\">").append(fixed(i.sd(), 2))
          .append("</td><td class=\"num\">").append(fixed(i.rDrop(), 2))
          .append("</td><td class=\"num\">").append(fixed(i.alphaIfDeleted(), 3))
          .append("</td><td class=\"num\">").append(fixed(i.loading(), 2)).append("</td></tr>\n");
    }
    return t.append("</tbody></table>\n").toString();
  }

  /** @param trend whether to explain the changes between waves too */
  static void methodNotes(StringBuilder b, int minGroup, boolean trend) {
    b.append("<section class=\"notes\" id=\"method\">\n<h2>How to read the numbers</h2>\n<dl>\n");
    note(b, "Score", "A person's score is the mean of their answers, keyed so that higher is "
        + "always more favourable (reverse-keyed items are flipped: min + max − answer). It is "
        + "given when at least half of the items are answered. A team's score is the mean of its "
        + "members' scores, with a t-based 95% confidence interval: a wide interval means the "
        + "team's score is uncertain, usually because the team is small.");
    note(b, "Favourable", "The share of all keyed answers in the favourable options: the top "
        + "two unless --favourable names others (the headline and the item chart say which). The "
        + "headline, the team tables, the item chart and the JSON all use the same options.");
    note(b, "rwg(j)", "Agreement within a team, from 0 (no more agreement than random answers) to"
        + " 1 (everyone answers alike); .70 or more is the usual sign that a team mean speaks "
        + "for its members (James, Demaree &amp; Wolf, 1984; LeBreton &amp; Senter, 2008).");
    note(b, "ICC(1), ICC(2)", "ICC(1) is the share of the differences between people that lies "
        + "between teams; ICC(2) is how reliably team means can be told apart, .70 or more being "
        + "good (Bliese, 2000).");
    note(b, "Reliability", "Cronbach's alpha (Cronbach, 1951) with its 95% Feldt interval "
        + "(Feldt, Woodruff &amp; Salih, 1987), McDonald's omega total from a one-factor fit "
        + "(McDonald, 1999) and Guttman's lambda 6 (Guttman, 1945); in words: .90 excellent, "
        + ".80 good, .70 acceptable, .60 questionable, .50 poor (George &amp; Mallery, 2003). "
        + "Item r.drop is the item's correlation with the rest of the scale; missing is the "
        + "share of respondents who left the item empty. The JSON and CSV outputs carry "
        + "psych::alpha's full item analysis (raw.r, std.r, r.cor, answer shares, signal/noise, "
        + "alpha's standard error and its Duhachek interval).");
    if (trend) {
      note(b, "Change", "A change is the later wave's mean minus the earlier one's. Its 95% "
          + "confidence interval is Welch's t interval (Welch, 1947): waves are independent "
          + "samples, since anonymous answers cannot be paired across waves. Cohen's d is the "
          + "change in pooled standard deviations (Cohen, 1988). An interval that crosses zero "
          + "means the change may be chance.");
      note(b, "Marked change", "A filled diamond marks a change that is unlikely to be chance: "
          + "its Welch test rejects no change at the 5% level after Holm&#39;s adjustment over "
          + "the teams compared between the same two waves (Holm, 1979), so that among many "
          + "teams the marks are not mostly chance; the organisation&#39;s own change is tested "
          + "alone, so its mark means its 95% interval excludes zero. The reliable change index "
          + "of Jacobson &amp; Truax (1991) is in the JSON and CSV outputs only: the measurement "
          + "error of a group mean shrinks with the number of people, so it calls nearly every "
          + "change real.");
    }
    note(b, "Privacy", "Teams with fewer than " + minGroup + " scored respondents are "
        + "hidden, and more teams are hidden when needed so that no hidden score can be worked "
        + "out from the totals. Answer counts per item are shown for the whole organisation only; "
        + "a team's item mean is shown only when at least " + minGroup
        + " of its members answered the item."
        + (trend ? " A team hidden in a wave stays hidden for that wave, and its change is "
            + "shown only between waves where it is reported in both." : ""));
    b.append("</dl>\n<h3>References</h3>\n<ul class=\"refs\">\n");
    for (String ref : REFERENCES) {
      if (trend || !TREND_REFERENCES.contains(ref)) {
        b.append("<li>").append(ref).append("</li>\n");
      }
    }
    b.append("</ul>\n</section>\n");
  }

  private static void note(StringBuilder b, String term, String trustedText) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(trustedText).append("</dd>\n");
  }

  private static final String COHEN = "Cohen, J. (1988). <i>Statistical power analysis for the "
      + "behavioral sciences</i> (2nd ed.). Erlbaum.";
  private static final String JACOBSON = "Jacobson, N. S., &amp; Truax, P. (1991). Clinical "
      + "significance: A statistical approach to defining meaningful change in psychotherapy "
      + "research. <i>Journal of Consulting and Clinical Psychology</i>, 59, 12–19.";
  private static final String WELCH = "Welch, B. L. (1947). The generalization of "
      + "&quot;Student&#39;s&quot; problem when several different population variances are "
      + "involved. <i>Biometrika</i>, 34, 28–35.";
  private static final String HOLM = "Holm, S. (1979). A simple sequentially rejective "
      + "multiple test procedure. <i>Scandinavian Journal of Statistics</i>, 6, 65–70.";
  private static final List<String> TREND_REFERENCES = List.of(COHEN, HOLM, JACOBSON, WELCH);

  private static final List<String> REFERENCES = List.of(
      "Bliese, P. D. (2000). Within-group agreement, non-independence, and reliability. In K. J. "
          + "Klein &amp; S. W. J. Kozlowski (Eds.), <i>Multilevel theory, research, and methods in "
          + "organizations</i> (pp. 349–381). Jossey-Bass.",
      COHEN,
      "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. "
          + "<i>Psychometrika</i>, 16, 297–334.",
      "Feldt, L. S., Woodruff, D. J., &amp; Salih, F. A. (1987). Statistical inference for "
          + "coefficient alpha. <i>Applied Psychological Measurement</i>, 11, 93–103.",
      "George, D., &amp; Mallery, P. (2003). <i>SPSS for Windows step by step</i> (4th ed.). "
          + "Allyn &amp; Bacon.",
      "Guttman, L. (1945). A basis for analyzing test-retest reliability. <i>Psychometrika</i>, "
          + "10, 255–282.",
      HOLM,
      JACOBSON,
      "James, L. R., Demaree, R. G., &amp; Wolf, G. (1984). Estimating within-group interrater "
          + "reliability with and without response bias. <i>Journal of Applied Psychology</i>, 69, "
          + "85–98.",
      "LeBreton, J. M., &amp; Senter, J. L. (2008). Answers to 20 questions about interrater "
          + "reliability and interrater agreement. <i>Organizational Research Methods</i>, 11, "
          + "815–852.",
      "McDonald, R. P. (1999). <i>Test theory: A unified treatment</i>. Erlbaum.",
      WELCH);

  static void citation(StringBuilder b, Instrument instrument) {
    b.append("<section class=\"citation\">\n<h2>Instrument</h2>\n<p>")
        .append(esc(instrument.name()));
    if (!instrument.citation().isBlank()) {
      b.append(". ").append(esc(instrument.citation().strip()));
    }
    b.append("</p>\n");
    if (!instrument.licence().isBlank()) {
      b.append("<p class=\"licence\">").append(esc(instrument.licence().strip()))
          .append("</p>\n");
    }
    b.append("</section>\n");
  }
}
