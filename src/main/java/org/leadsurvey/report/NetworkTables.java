package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.stats.PearsonCorrelation;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.result.NetworkReport;

/** The human-readable sections of a network report, shared by the terminal and Markdown. */
final class NetworkTables {
  static final String TITLE = "Shared leadership network";

  private NetworkTables() {}

  static String description(NetworkReport r) {
    return "Peer ratings " + r.scaleMin() + ".." + r.scaleMax() + ", a tie is a rating of "
        + threshold(r) + " or more; " + r.rows() + " rows (" + r.layout() + " layout), "
        + r.teams().size() + (r.teams().size() == 1 ? " team." : " teams.");
  }

  static String threshold(NetworkReport r) {
    double t = r.tieThreshold();
    return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
  }

  static TextTable teams(NetworkReport r) {
    List<String> cols = new ArrayList<>(List.of("team", ">n", ">raters", ">response", ">density",
        ">ties", ">centralization", ">valued c.", ">reciprocity"));
    if (r.climate() != null) {
      cols.add(">" + r.climate().scaleId());
    }
    TextTable t = new TextTable(cols.toArray(String[]::new));
    for (NetworkResult tr : r.teams()) {
      List<String> cells = new ArrayList<>();
      if (tr instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        cells.addAll(List.of(m.team(), Integer.toString(m.n()), Integer.toString(m.raters()),
            percent(m.responseRate()), fixed(m.density(), 2), percent(m.densityBinary()),
            fixed(m.centralization(), 2), fixed(m.valuedCentralization(), 2),
            fixed(m.reciprocity(), 2)));
        if (r.climate() != null) {
          Double mean = r.climate().means().get(m.team());
          cells.add(mean == null ? "" : fixed(mean, 2));
        }
      } else {
        cells.addAll(List.of(tr.team(), "", "hidden", "", "", "", "", "", ""));
        if (r.climate() != null) {
          cells.add("");
        }
      }
      t.row(cells.toArray(String[]::new));
    }
    return t;
  }

  static TextTable people(NetworkMetrics m) {
    TextTable t = new TextTable("person", ">in-degree", ">rated by", ">mean received", ">rank");
    for (NetworkMetrics.PersonStanding p : m.people()) {
      t.row(p.person(), Integer.toString(p.inDegree()), Integer.toString(p.ratingsReceived()),
          fixed(p.meanReceived(), 2), Integer.toString(p.rank()));
    }
    return t;
  }

  static List<String> notes(NetworkReport r) {
    List<String> out = new ArrayList<>();
    long hidden = r.hiddenTeams();
    if (hidden > 0) {
      out.add(hidden + (hidden == 1 ? " team is" : " teams are") + " hidden: fewer than "
          + r.minGroup() + " raters, or hidden so that a small team cannot be worked out from"
          + " the others.");
    }
    if (r.selfRatings() > 0) {
      out.add(r.selfRatings() + (r.selfRatings() == 1 ? " self-rating was" : " self-ratings were")
          + " ignored.");
    }
    return out;
  }

  static String climateHeadline(NetworkReport.Climate c) {
    return c.scaleName() + " (" + c.scaleId() + ", team means from " + c.file()
        + ") and the network, across the " + c.means().size()
        + " teams reportable in both";
  }

  static TextTable correlations(NetworkReport.Climate c) {
    TextTable t = new TextTable("team mean with", ">r", ">95% CI", ">p", ">teams");
    row(t, "density", c.density());
    row(t, "centralization", c.centralization());
    return t;
  }

  private static void row(TextTable t, String name, PearsonCorrelation.Result r) {
    String ci = Double.isNaN(r.ci95().lower()) ? Numbers.DASH
        : fixed(r.ci95().lower(), 2) + " to " + fixed(r.ci95().upper(), 2);
    t.row(name, fixed(r.r(), 2), ci, Numbers.pValue(r.p()).replace("p = ", "").replace("p ", ""),
        Long.toString(r.n()));
  }

  /** One line per metric: what it is and where it comes from. */
  static List<String> definitions() {
    return List.of(
        "response: rated dyads / n(n-1), n = members (raters and people rated, or the roster).",
        "density: mean rating over rated dyads (Carson, Tesluk & Marrone 2007).",
        "ties: share of the n(n-1) possible directed ties with a rating at or above the threshold.",
        "centralization: Freeman in-degree centralization of the ties, sum(max - in_i)/(n-1)^2;"
            + " 1 = one person leads, 0 = fully shared (Freeman 1978).",
        "valued c.: the same on in-strength, the sum of ratings received rescaled to 0..1.",
        "reciprocity: share of ties returned (igraph reciprocity(), default mode).");
  }

  static String correlationNote() {
    return String.format(Locale.ROOT, "Pearson r, 95%% CI by Fisher's z (as R's cor.test);"
        + " centralization is the binary in-degree centralization.");
  }
}
