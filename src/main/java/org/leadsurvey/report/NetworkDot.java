package org.leadsurvey.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.stats.network.PeerNetwork;
import org.leadsurvey.result.NetworkReport;

/**
 * {@code network --format dot}: a Graphviz digraph with one cluster per shown team (hidden
 * teams are never drawn). A node's size grows with its in-degree. By default people are P1..Pn,
 * numbered by rank, and only ties (ratings at or above the threshold) are drawn, all alike: a
 * rating is one person's answer, so its value is shown only with {@code --show-people}, where
 * every rating above the scale's minimum is an edge whose width grows with the rating (ties dark,
 * weaker ratings light).
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
    out.println((r.showPeople() ? "// edge width: rating; dark edge: tie; node size: in-degree."
            : "// edge: tie (rating >= threshold); node size: in-degree.")
        + (r.hiddenTeams() > 0 ? " " + r.hiddenTeams() + " hidden team(s) not drawn." : ""));
    out.println("digraph leadership {");
    out.println("  graph [fontname=\"Helvetica\", compound=true, newrank=true];");
    out.println("  node [shape=circle, style=filled, fillcolor=\"#dbe9f6\", color=\"#4a6fa5\","
        + " fontname=\"Helvetica\", fixedsize=true];");
    out.println("  edge [arrowsize=0.5];");
    int cluster = 0;
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        cluster++;
        team(r, cluster, rep.metrics(), rep.network(), out);
      }
    }
    out.println("}");
    out.flush();
  }

  private static void team(NetworkReport r, int k, NetworkMetrics m, PeerNetwork net,
      PrintWriter out) {
    out.println("  subgraph cluster_" + k + " {");
    out.println("    label=" + quote(String.format(Locale.ROOT,
        "%s (density %s, centralization %s)", m.team(), Numbers.fixed(m.density(), 2),
        Numbers.fixed(m.centralization(), 2))) + ";");
    List<NetworkMetrics.PersonStanding> order = new ArrayList<>(m.people());
    // ties in rank broken by a hash, not by name or file order, so labels say nothing of names
    order.sort(Comparator.comparingInt(NetworkMetrics.PersonStanding::rank)
        .thenComparing(Comparator.comparingInt(NetworkMetrics.PersonStanding::inDegree).reversed())
        .thenComparingInt(p -> mix(p.person().hashCode())));
    Map<String, String> id = new HashMap<>();
    int maxIn = Math.max(1, net.n() - 1);
    for (int i = 0; i < order.size(); i++) {
      NetworkMetrics.PersonStanding p = order.get(i);
      String node = "t" + k + "_" + (i + 1);
      id.put(p.person(), node);
      String label = r.showPeople() ? p.person() : "P" + (i + 1);
      double width = 0.5 + 0.7 * p.inDegree() / maxIn;
      out.println(String.format(Locale.ROOT, "    %s [label=%s, width=%.2f];", node,
          quote(label), width));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < net.n(); i++) {
      index.put(net.people().get(i), i);
    }
    double range = Math.max(1, net.max() - net.min());
    for (NetworkMetrics.PersonStanding from : order) {
      for (NetworkMetrics.PersonStanding to : order) {
        double v = net.rating(index.get(from.person()), index.get(to.person()));
        if (Double.isNaN(v) || v <= net.min()) {
          continue;
        }
        boolean tie = v >= r.tieThreshold();
        if (!r.showPeople()) {
          if (tie) {
            out.println("    " + id.get(from.person()) + " -> " + id.get(to.person())
                + " [penwidth=1.5, color=\"#2b4c7e\"];");
          }
          continue;
        }
        out.println(String.format(Locale.ROOT, "    %s -> %s [penwidth=%.2f, color=\"%s\"];",
            id.get(from.person()), id.get(to.person()), 0.5 + 2.5 * (v - net.min()) / range,
            tie ? "#2b4c7e" : "#b8c4d6"));
      }
    }
    out.println("  }");
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** A DOT string on one line: line breaks and control characters shown as escapes. */
  private static String quote(String s) {
    return "\"" + SafeText.oneLine(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
