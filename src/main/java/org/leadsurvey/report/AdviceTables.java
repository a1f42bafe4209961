package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.result.AdviceTeam;

/** The human-readable sections of the advice network, shared by terminal, Markdown and HTML. */
final class AdviceTables {
  static final String TITLE = "Advice across teams";
  static final String POOL = "(hidden teams)";
  /**
   * Rows of the largest matrix drawn in the text formats and HTML; a larger one (a thousand
   * teams make a million cells) is left to JSON and CSV, with a note.
   */
  static final int MATRIX_MAX = 40;
  /** Brokers listed in the text formats; JSON and CSV list everyone. */
  static final int BROKERS = 10;

  private AdviceTables() {}

  static String description(AdviceReport r) {
    return "Nominations \"whom do you go to for advice?\" from " + r.rows() + " rows, "
        + r.teams().size() + (r.teams().size() == 1 ? " team" : " teams") + " on the roster; "
        + "a tie goes from the person asking to their advisor.";
  }

  static TextTable teams(AdviceReport r) {
    TextTable t = new TextTable("team", ">n", ">answered", ">internal", ">external",
        ">E-I index");
    for (AdviceTeam team : r.teams()) {
      if (team instanceof AdviceTeam.Shown s) {
        t.row(s.team(), Long.toString(s.n()), Long.toString(s.respondents()),
            Long.toString(s.internal()), Long.toString(s.external()), fixed(s.eiIndex(), 2));
      } else {
        t.row(team.team(), "", "hidden", "", "", "");
      }
    }
    AdviceReport.Organisation o = r.organisation();
    if (o != null) {
      t.row(o.allTeams() ? "organisation" : "shown teams", "", "", Long.toString(o.internal()),
          Long.toString(o.external()), fixed(o.eiIndex(), 2));
    }
    return t;
  }

  /** Rows: the team asking; columns: the advisor's team, numbered as the rows. */
  static TextTable matrix(AdviceReport.Matrix m) {
    List<String> cols = new ArrayList<>(List.of(">#", "asking \\ asked"));
    for (int j = 0; j < m.size(); j++) {
      cols.add(">" + label(m, j));
    }
    cols.add(">sent");
    TextTable t = new TextTable(cols.toArray(String[]::new));
    for (int i = 0; i < m.size(); i++) {
      List<String> cells = new ArrayList<>(List.of(label(m, i), name(m, i)));
      long sum = 0;
      for (int j = 0; j < m.size(); j++) {
        cells.add(Long.toString(m.counts()[i][j]));
        sum += m.counts()[i][j];
      }
      cells.add(Long.toString(sum));
      t.row(cells.toArray(String[]::new));
    }
    List<String> received = new ArrayList<>(List.of("", "received"));
    for (int j = 0; j < m.size(); j++) {
      long sum = 0;
      for (int i = 0; i < m.size(); i++) {
        sum += m.counts()[i][j];
      }
      received.add(Long.toString(sum));
    }
    received.add("");
    t.row(received.toArray(String[]::new));
    return t;
  }

  /** The column number of row/column i: 1.., and "H" for the hidden teams together. */
  static String label(AdviceReport.Matrix m, int i) {
    return m.isPool(i) ? "H" : Integer.toString(i + 1);
  }

  static String name(AdviceReport.Matrix m, int i) {
    return m.isPool(i) ? POOL : m.teams().get(i);
  }

  static TextTable brokers(AdviceReport r) {
    TextTable t = new TextTable("person", "team", ">betweenness");
    r.people().stream().limit(BROKERS).forEach(b ->
        t.row(b.person(), b.team(), fixed(b.betweenness(), 3)));
    return t;
  }

  static String brokersHeadline(AdviceReport r) {
    return "Brokers: betweenness among the " + r.people().size() + " people of the shown teams"
        + (r.people().size() > BROKERS ? " (top " + BROKERS + ")" : "");
  }

  /** Whether the text formats and HTML draw the matrix. */
  static boolean drawsMatrix(AdviceReport r) {
    return r.matrix() != null && r.matrix().size() <= MATRIX_MAX;
  }

  static List<String> notes(AdviceReport r) {
    List<String> out = new ArrayList<>();
    if (r.matrix() != null && !drawsMatrix(r)) {
      out.add("The matrix has " + r.matrix().size() + " rows, too many to draw here (at most "
          + MATRIX_MAX + "): see it with -f csv or -f json.");
    }
    long hidden = r.hiddenTeams();
    if (hidden > 0) {
      out.add(hidden + (hidden == 1 ? " team is" : " teams are") + " hidden: fewer than "
          + r.minGroup() + " members answered, or hidden so that the hidden teams together"
          + " hold at least " + r.minGroup() + ".");
    }
    if (r.organisation() == null) {
      out.add("No team can be shown, so no figure is.");
    } else if (!r.organisation().allTeams()) {
      out.add("'shown teams' counts the ties the shown teams' members send; the matrix pools"
          + " the hidden teams into one row and column, H " + POOL + ".");
    }
    return out;
  }

  /** One line per figure: what it is and where it comes from. */
  static List<String> definitions() {
    return List.of(
        "n: members on the roster; answered: members who named an advisor or answered naming"
            + " nobody.",
        "internal / external: ties the team's members send to their own team / to other teams"
            + " (self-nominations ignored, a repeated nomination counted once).",
        "E-I index: (external - internal) / (external + internal), -1 = all advice sought"
            + " inside the team, +1 = all outside (Krackhardt & Stern 1988).",
        "matrix: ties from the asking team (rows) to the advisor's team (columns).",
        "betweenness (--show-people): share of shortest directed paths between two others that"
            + " pass through the person, divided by (n-1)(n-2), among the shown teams' people"
            + " (igraph betweenness(directed = TRUE, normalized = TRUE); Freeman 1977).");
  }
}
