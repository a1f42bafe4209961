package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.List;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.result.AdviceTeam;

/**
 * {@code network --scope organisation --format csv}: one row per team (level {@code team};
 * a hidden team has only its name), the organisation (level {@code organisation}, team
 * {@code all teams} or {@code shown teams}), one row per cell of the matrix (level
 * {@code tie}: team asking, advisor_team, ties; an empty team name is the hidden teams
 * together), and with {@code --show-people} one row per person (level {@code person}).
 */
final class AdviceCsv {
  static final List<String> HEADER = List.of("level", "team", "advisor_team", "person",
      "suppressed", "n", "respondents", "internal", "external", "ei_index", "ties",
      "betweenness");

  private AdviceCsv() {}

  static void write(AdviceReport r, Writer out) {
    CsvOutput p = CsvOutput.to(out);
    p.row(HEADER);
    for (AdviceTeam t : r.teams()) {
      if (t instanceof AdviceTeam.Shown s) {
        p.row("team", s.team(), "", "", false, s.n(), s.respondents(), s.internal(),
            s.external(), exact(s.eiIndex()), "", "");
      } else {
        p.row("team", t.team(), "", "", true, "", "", "", "", "", "", "");
      }
    }
    AdviceReport.Organisation o = r.organisation();
    if (o != null) {
      p.row("organisation", o.allTeams() ? "all teams" : "shown teams", "", "", false, "", "",
          o.internal(), o.external(), exact(o.eiIndex()), "", "");
    }
    AdviceReport.Matrix m = r.matrix();
    for (int i = 0; m != null && i < m.size(); i++) {
      for (int j = 0; j < m.size(); j++) {
        p.row("tie", cell(m, i), cell(m, j), "", false, "", "", "", "", "", m.counts()[i][j],
            "");
      }
    }
    for (AdviceReport.Broker b : r.people()) {
      p.row("person", b.team(), "", b.person(), false, "", "", "", "", "", "",
          exact(b.betweenness()));
    }
    p.flush();
  }

  private static String cell(AdviceReport.Matrix m, int i) {
    return m.isPool(i) ? "" : m.teams().get(i);
  }
}
