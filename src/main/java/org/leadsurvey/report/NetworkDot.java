package org.leadsurvey.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.stats.network.NetworkMetrics;

/**
 * {@code network --format dot}: a Graphviz digraph with one cluster per shown team (per team and
 * criterion when several were rated; hidden teams are never drawn). Only ties (ratings at or
 * above the threshold) are drawn, all alike, between anonymous people P1..Pn, numbered by
 * in-degree and out-degree (both readable off the graph) and then in an order no name predicts;
 * a node's size grows with its in-degree. Even with {@code --show-people} no node is named and
 * no rating's value is drawn: a named edge would be one rater's rating.
 * Render with {@code dot -Tsvg leadership.dot -o leadership.svg}.
 */
final class NetworkDot {
  private NetworkDot() {}

  static void write(NetworkReport r, PrintWriter out) {
    // One line, whatever the file names hold: a line break would end the comment.
    out.println("// leadsurvey " + r.toolVersion() + " · "
        + SafeText.oneLine(String.join(", ", r.files()))
        + " · peer ratings " + r.scaleMin() + ".." + r.scaleMax() + ", tie = rating >= "
        + NetworkTables.threshold(r));
    out.println("// edge: tie (rating >= threshold); node size: in-degree; people anonymous."
        + (r.hiddenTeams() > 0 ? " " + r.hiddenTeams() + " hidden team(s) not drawn." : ""));
    out.println("digraph leadership {");
    out.println("  graph [fontname=\"Helvetica\", compound=true, newrank=true];");
    out.println("  node [shape=circle, style=filled, fillcolor=\"#dbe9f6\", color=\"#4a6fa5\","
        + " fontname=\"Helvetica\", fixedsize=true];");
    out.println("  edge [arrowsize=0.5];");
    int cluster = 0;
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        for (NetworkResult.Criterion c : rep.criteria()) {
          cluster++;
          team(r, cluster, rep.team(), c, out);
        }
      }
    }
    out.println("}");
    out.flush();
  }

  private static void team(NetworkReport r, int k, String team, NetworkResult.Criterion c,
      PrintWriter out) {
    NetworkMetrics m = c.metrics();
    NetworkResult.TieGraph g = c.ties();
    out.println("  subgraph cluster_" + k + " {");
    out.println("    label=" + quote(String.format(Locale.ROOT,
        "%s%s (density %s, centralization %s)", team,
        r.multiCriteria() ? " · " + c.name() : "", Numbers.fixed(m.density(), 2),
        Numbers.fixed(m.centralization(), 2))) + ";");
    int maxIn = Math.max(1, g.n() - 1);
    for (int i = 0; i < g.n(); i++) {
      double width = 0.5 + 0.7 * g.inDegree(i) / maxIn;
      out.println(String.format(Locale.ROOT, "    t%d_%d [label=\"P%d\", width=%.2f];", k,
          i + 1, i + 1, width));
    }
    for (int i = 0; i < g.n(); i++) {
      for (int j = 0; j < g.n(); j++) {
        if (g.tie(i, j)) {
          out.println("    t" + k + "_" + (i + 1) + " -> t" + k + "_" + (j + 1)
              + " [penwidth=1.5, color=\"#2b4c7e\"];");
        }
      }
    }
    out.println("  }");
  }

  /** A DOT string on one line: line breaks and control characters shown as escapes. */
  private static String quote(String s) {
    return "\"" + SafeText.oneLine(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
