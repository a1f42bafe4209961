package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.result.NetworkReport;

/**
 * {@code network --format csv}: one row per team (level {@code team}), full precision, empty
 * cells for undefined numbers and for every number of a hidden team; with
 * {@code --show-people}, one row per person after their team (level {@code person}).
 * Correlations with the climate are in the other formats.
 */
final class NetworkCsv {
  static final List<String> HEADER = List.of("level", "team", "person", "suppressed", "n",
      "raters", "observed_dyads", "response_rate", "density", "density_binary", "centralization",
      "valued_centralization", "reciprocity", "climate_mean", "in_degree", "ratings_received",
      "mean_received", "rank");

  private NetworkCsv() {}

  static void write(NetworkReport r, Writer out) {
    CsvOutput p = CsvOutput.to(out);
    p.row(HEADER);
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        Double mean = r.climate() == null ? null : r.climate().means().get(m.team());
        p.row("team", m.team(), "", false, m.n(), m.raters(), m.observedDyads(),
            exact(m.responseRate()), exact(m.density()), exact(m.densityBinary()),
            exact(m.centralization()), exact(m.valuedCentralization()),
            exact(m.reciprocity()), mean == null ? "" : exact(mean), "", "", "", "");
        if (r.showPeople()) {
          for (NetworkMetrics.PersonStanding ps : m.people()) {
            List<Object> row = new ArrayList<>(List.of("person", m.team(), ps.person(), false));
            while (row.size() < HEADER.size() - 4) {
              row.add("");
            }
            row.addAll(List.of(ps.inDegree(), ps.ratingsReceived(), exact(ps.meanReceived()),
                ps.rank()));
            p.row(row);
          }
        }
      } else {
        List<Object> row = new ArrayList<>(List.of("team", t.team(), "", true));
        while (row.size() < HEADER.size()) {
          row.add("");
        }
        p.row(row);
      }
    }
    p.flush();
  }
}
