package org.leadsurvey.report;

import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Numbers.fixed;

import java.io.PrintWriter;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.result.AdviceTeam;

/** {@code network --scope organisation --format html}: one self-contained page, as analyze's. */
final class AdviceHtml {
  private AdviceHtml() {}

  static void write(AdviceReport r, PrintWriter out) {
    out.print(render(r));
    out.flush();
  }

  static String render(AdviceReport r) {
    StringBuilder b = new StringBuilder(32 * 1024);
    HtmlRenderer.head(b, r.toolVersion(), AdviceTables.TITLE);
    b.append("<body>\n<header>\n<h1>").append(AdviceTables.TITLE).append("</h1>\n")
        .append("<p class=\"meta\">Advice network from <span class=\"file\">")
        .append(esc(String.join(", ", r.files()))).append("</span> · ").append(r.rows())
        .append(" rows · teams with fewer than ").append(r.minGroup())
        .append(" members answering are not shown</p>\n</header>\n<main>\n");
    headline(b, r);
    b.append("<section class=\"figure\" id=\"advice-matrix\">\n<h3>Who asks whom</h3>\n");
    AdviceReport.Matrix m = r.matrix();
    if (m == null) {
      b.append("<p class=\"empty\">No team is large enough to be shown.</p>\n");
    } else if (!AdviceTables.drawsMatrix(r)) {
      b.append("<p class=\"empty\">").append(m.size()).append(" rows: too many to draw (at")
          .append(" most ").append(AdviceTables.MATRIX_MAX).append("); see the matrix with")
          .append(" -f csv or -f json.</p>\n");
    } else {
      b.append("<p class=\"caption\">Advice ties from the team asking (rows) to the advisor's")
          .append(" team (columns), coloured by their share of the row's ties. The diagonal")
          .append(" is advice sought inside the team.</p>\n<figure>")
          .append(AdviceHeatmap.svg(m, "am", "Advice ties between teams"))
          .append("</figure>\n");
    }
    hidden(b, r);
    b.append("</section>\n<section class=\"tables\">\n<h3>Numbers</h3>\n<h4>Teams</h4>\n")
        .append(AdviceTables.teams(r).html());
    if (AdviceTables.drawsMatrix(r)) {
      b.append("<h4>Matrix</h4>\n").append(AdviceTables.matrix(m).html());
    }
    if (r.showPeople() && !r.people().isEmpty()) {
      b.append("<h4>").append(esc(AdviceTables.brokersHeadline(r))).append("</h4>\n")
          .append(AdviceTables.brokers(r).html());
    }
    for (String n : AdviceTables.notes(r)) {
      b.append("<p class=\"caption\">").append(esc(n)).append("</p>\n");
    }
    b.append("</section>\n<section class=\"notes\">\n<h3>Definitions</h3>\n<ul>\n");
    AdviceTables.definitions().forEach(d -> b.append("<li>").append(esc(d)).append("</li>\n"));
    b.append("</ul>\n</section>\n</main>\n");
    HtmlRenderer.footer(b, r.toolVersion());
    return b.toString();
  }

  private static void headline(StringBuilder b, AdviceReport r) {
    b.append("<div class=\"headline\">\n");
    long shown = r.teams().size() - r.hiddenTeams();
    HtmlRenderer.card(b, "Teams shown", Long.toString(shown), r.hiddenTeams() == 0
        ? "of " + r.teams().size() + ", none hidden"
        : "of " + r.teams().size() + "; " + r.hiddenTeams() + " hidden");
    AdviceReport.Organisation o = r.organisation();
    if (o != null) {
      String basis = o.allTeams() ? "organisation" : "shown teams";
      HtmlRenderer.card(b, "E-I index", fixed(o.eiIndex(), 2),
          basis + ": −1 all inside teams, +1 all across");
      HtmlRenderer.card(b, "Ties across teams", Long.toString(o.external()),
          basis + ", of " + (o.internal() + o.external()));
    }
    b.append("</div>\n");
  }

  private static void hidden(StringBuilder b, AdviceReport r) {
    if (r.hiddenTeams() == 0) {
      return;
    }
    b.append("<div class=\"hidden-teams\"><p>Hidden to protect people's privacy (fewer than ")
        .append(r.minGroup()).append(" members answered, or hidden so that the hidden teams")
        .append(" together hold enough people); their ties are counted only together, as H:</p>")
        .append("\n<ul>");
    for (AdviceTeam t : r.teams()) {
      if (t instanceof AdviceTeam.Hidden) {
        b.append("<li class=\"hidden-team\">").append(esc(t.team())).append("</li>");
      }
    }
    b.append("</ul></div>\n");
  }
}
