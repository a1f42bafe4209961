package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;
import org.leadsurvey.result.AdviceReport;

/** Renders an {@link AdviceReport} (network --scope organisation) in the chosen format. */
public final class AdviceRenderers {
  private AdviceRenderers() {}

  private static final Map<NetworkFormat, Renderer<AdviceReport>> BY_FORMAT =
      new EnumMap<>(Map.of(
          NetworkFormat.TABLE, (r, out, color) -> terminal(r, color, out),
          NetworkFormat.JSON, (r, out, color) -> AdviceJson.write(r, out),
          NetworkFormat.CSV, (r, out, color) -> AdviceCsv.write(r, out),
          NetworkFormat.MD, Renderer.markdown((r, out, color) -> markdown(r, out)),
          NetworkFormat.HTML, (r, out, color) -> AdviceHtml.write(r, out)));

  /** Whether the organisation scope has this format (dot is for the within-team networks). */
  public static boolean supports(NetworkFormat format) {
    return BY_FORMAT.containsKey(format);
  }

  /** @param color ANSI colour for the table format */
  public static void write(AdviceReport report, NetworkFormat format, boolean color, Writer out)
      throws IOException {
    BY_FORMAT.get(format).write(report, out, color);
  }

  private static void terminal(AdviceReport r, boolean color, PrintWriter out) {
    TerminalStyle s = new TerminalStyle(color);
    out.println(s.dim("leadsurvey " + r.toolVersion() + " · " + String.join(", ", r.files())
        + " · " + r.rows() + " rows"));
    out.println();
    out.println(s.bold(AdviceTables.TITLE));
    out.println(AdviceTables.description(r));
    AdviceTables.teams(r).printTerminal(out, s, null);
    if (AdviceTables.drawsMatrix(r)) {
      AdviceTables.matrix(r.matrix()).printTerminal(out, s,
          "Ties from the team asking (rows) to the advisor's team (columns)");
    }
    if (r.showPeople() && !r.people().isEmpty()) {
      AdviceTables.brokers(r).printTerminal(out, s, AdviceTables.brokersHeadline(r));
    }
    AdviceTables.notes(r).forEach(n -> out.println(s.dim("  " + n)));
    out.println();
    out.println(s.bold("Definitions"));
    AdviceTables.definitions().forEach(d -> out.println(s.dim("  " + d)));
    out.flush();
  }

  private static void markdown(AdviceReport r, PrintWriter out) {
    out.println("# " + AdviceTables.TITLE);
    out.println();
    out.println("Input: " + String.join(", ", r.files()) + ". leadsurvey " + r.toolVersion()
        + ". " + AdviceTables.description(r));
    AdviceTables.teams(r).printMarkdown(out);
    if (AdviceTables.drawsMatrix(r)) {
      out.println("## Ties from the team asking (rows) to the advisor's team (columns)");
      AdviceTables.matrix(r.matrix()).printMarkdown(out);
    }
    if (r.showPeople() && !r.people().isEmpty()) {
      out.println("## " + AdviceTables.brokersHeadline(r));
      AdviceTables.brokers(r).printMarkdown(out);
    }
    AdviceTables.notes(r).forEach(n -> out.println("> **Note:** " + n));
    out.println();
    out.println("## Definitions");
    out.println();
    AdviceTables.definitions().forEach(d -> out.println("- " + d));
    out.flush();
  }

}
