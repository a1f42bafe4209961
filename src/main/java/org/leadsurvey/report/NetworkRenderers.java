package org.leadsurvey.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
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
    Style s = new Style(color);
    out.println(s.dim("leadsurvey " + r.toolVersion() + " · " + String.join(", ", r.files())
        + " · " + r.rows() + " rows"));
    out.println();
    out.println(s.bold(NetworkTables.TITLE));
    out.println(NetworkTables.description(r));
    section(out, s, null, NetworkTables.teams(r));
    NetworkTables.notes(r).forEach(n -> out.println(s.dim("  " + n)));
    if (r.multiCriteria() && r.teams().size() > r.hiddenTeams()) {
      section(out, s, "Criteria by team", NetworkTables.themes(r));
    }
    if (r.showPeople()) {
      for (NetworkResult t : r.teams()) {
        if (t instanceof NetworkResult.Reported rep) {
          section(out, s, "People · " + t.team(), NetworkTables.people(r, rep));
        }
      }
    }
    if (r.climate() != null) {
      section(out, s, NetworkTables.climateHeadline(r.climate()),
          NetworkTables.correlations(r.climate()));
      out.println(s.dim("  " + NetworkTables.correlationNote()));
    }
    out.println();
    out.println(s.bold("Definitions"));
    NetworkTables.definitions(r).forEach(d -> out.println(s.dim("  " + d)));
    out.flush();
  }

  private static void section(PrintWriter out, Style s, String title, TextTable table) {
    out.println();
    if (title != null) {
      out.println(s.bold(title));
    }
    List<String> lines = table.terminalLines("  ");
    out.println(s.dim(lines.get(0)));
    lines.subList(1, lines.size()).forEach(out::println);
  }

  private static void markdown(NetworkReport r, PrintWriter out) {
    out.println("# " + NetworkTables.TITLE);
    out.println();
    out.println("Input: " + String.join(", ", r.files()) + ". leadsurvey " + r.toolVersion()
        + ". " + NetworkTables.description(r));
    table(out, NetworkTables.teams(r));
    NetworkTables.notes(r).forEach(n -> out.println("> **Note:** " + n));
    if (r.multiCriteria() && r.teams().size() > r.hiddenTeams()) {
      out.println();
      out.println("## Criteria by team");
      table(out, NetworkTables.themes(r));
      out.println("Overlap of each pair of criteria (Pearson r over the dyads rated on both):");
      table(out, NetworkTables.overlap(r));
    }
    if (r.showPeople()) {
      for (NetworkResult t : r.teams()) {
        if (t instanceof NetworkResult.Reported rep) {
          out.println();
          out.println("## People: " + t.team());
          table(out, NetworkTables.people(r, rep));
        }
      }
    }
    if (r.climate() != null) {
      out.println();
      out.println("## Climate and leadership");
      out.println();
      out.println(NetworkTables.climateHeadline(r.climate()) + ".");
      table(out, NetworkTables.correlations(r.climate()));
      out.println(NetworkTables.correlationNote());
    }
    out.println();
    out.println("## Definitions");
    out.println();
    NetworkTables.definitions(r).forEach(d -> out.println("- " + d));
    out.flush();
  }

  private static void table(PrintWriter out, TextTable t) {
    out.println();
    t.markdownLines().forEach(out::println);
    out.println();
  }

  private record Style(boolean color) {
    String bold(String s) {
      return new TerminalStyle(color).bold(s);
    }

    String dim(String s) {
      return new TerminalStyle(color).dim(s);
    }
  }
}
