package org.leadsurvey.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.result.NetworkReport;

/** Renders a {@link NetworkReport} in the chosen format. */
public final class NetworkRenderers {
  private NetworkRenderers() {}

  /** Each format's renderer. */
  private static final Map<NetworkFormat, Renderer<NetworkReport>> BY_FORMAT =
      new EnumMap<>(Map.of(
          NetworkFormat.TABLE, (r, out, color) -> terminal(r, color, out),
          NetworkFormat.JSON, (r, out, color) -> NetworkJson.write(r, out),
          NetworkFormat.CSV, (r, out, color) -> NetworkCsv.write(r, out),
          NetworkFormat.MD, Renderer.markdown((r, out, color) -> markdown(r, out)),
          NetworkFormat.HTML, (r, out, color) -> NetworkHtml.write(r, out),
          NetworkFormat.DOT, (r, out, color) -> NetworkDot.write(r, out)));

  /** @param color ANSI colour for the table format */
  public static void write(NetworkReport report, NetworkFormat format, boolean color, Writer out)
      throws IOException {
    BY_FORMAT.get(format).write(report, out, color);
  }

  private static void terminal(NetworkReport r, boolean color, PrintWriter out) {
    TerminalStyle s = new TerminalStyle(color);
    out.println(s.dim("leadsurvey " + r.toolVersion() + " · " + String.join(", ", r.files())
        + " · " + r.rows() + " rows"));
    out.println();
    out.println(s.bold(NetworkTables.TITLE));
    out.println(NetworkTables.description(r));
    NetworkTables.teams(r).printTerminal(out, s, null);
    NetworkTables.notes(r).forEach(n -> out.println(s.dim("  " + n)));
    if (r.multiCriteria() && r.teams().size() > r.hiddenTeams()) {
      NetworkTables.themes(r).printTerminal(out, s, "Criteria by team");
    }
    if (r.showPeople()) {
      for (NetworkResult t : r.teams()) {
        if (t instanceof NetworkResult.Reported rep) {
          NetworkTables.people(r, rep).printTerminal(out, s, "People · " + t.team());
        }
      }
    }
    if (r.climate() != null) {
      NetworkTables.correlations(r.climate()).printTerminal(out, s,
          NetworkTables.climateHeadline(r.climate()));
      out.println(s.dim("  " + NetworkTables.correlationNote()));
    }
    out.println();
    out.println(s.bold("Definitions"));
    NetworkTables.definitions(r).forEach(d -> out.println(s.dim("  " + d)));
    out.flush();
  }

  private static void markdown(NetworkReport r, PrintWriter out) {
    out.println("# " + NetworkTables.TITLE);
    out.println();
    out.println("Input: " + String.join(", ", r.files()) + ". leadsurvey " + r.toolVersion()
        + ". " + NetworkTables.description(r));
    NetworkTables.teams(r).printMarkdown(out);
    NetworkTables.notes(r).forEach(n -> out.println("> **Note:** " + n));
    if (r.multiCriteria() && r.teams().size() > r.hiddenTeams()) {
      out.println();
      out.println("## Criteria by team");
      NetworkTables.themes(r).printMarkdown(out);
      out.println("Overlap of each pair of criteria (Pearson r over the dyads rated on both):");
      NetworkTables.overlap(r).printMarkdown(out);
    }
    if (r.showPeople()) {
      for (NetworkResult t : r.teams()) {
        if (t instanceof NetworkResult.Reported rep) {
          out.println();
          out.println("## People: " + t.team());
          NetworkTables.people(r, rep).printMarkdown(out);
        }
      }
    }
    if (r.climate() != null) {
      out.println();
      out.println("## Climate and leadership");
      out.println();
      out.println(NetworkTables.climateHeadline(r.climate()) + ".");
      NetworkTables.correlations(r.climate()).printMarkdown(out);
      out.println(NetworkTables.correlationNote());
    }
    out.println();
    out.println("## Definitions");
    out.println();
    NetworkTables.definitions(r).forEach(d -> out.println("- " + d));
    out.flush();
  }

}
