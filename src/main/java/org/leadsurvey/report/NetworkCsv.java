package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.stats.network.NetworkMetrics;

/**
 * {@code network --format csv}: one row per team (level {@code team}), full precision, empty
 * cells for undefined or withheld numbers and for every number of a hidden team; with
 * {@code --show-people}, one row per person after their team (level {@code person}). Several
 * criteria add a {@code criterion} column (one team row per criterion) and, per team, one row
 * per pair of criteria (level {@code overlap}: criterion, {@code with}, dyads, r).
 * Correlations with the climate are in the other formats.
 */
final class NetworkCsv {
  static final List<String> HEADER = List.of("level", "team", "person", "suppressed", "n",
      "raters", "observed_dyads", "response_rate", "density", "density_binary", "centralization",
      "valued_centralization", "reciprocity", "climate_mean", "ratings_received",
      "mean_received", "rank");
  static final List<String> CRITERIA_HEADER;

  static {
    List<String> h = new ArrayList<>(HEADER);
    h.add(2, "criterion");
    h.addAll(List.of("with", "dyads", "overlap_r"));
    CRITERIA_HEADER = List.copyOf(h);
  }

  private NetworkCsv() {}

  static void write(NetworkReport r, Writer out) {
    CsvOutput p = CsvOutput.to(out);
    boolean multi = r.multiCriteria();
    List<String> header = multi ? CRITERIA_HEADER : HEADER;
    p.row(header);
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        Double mean = r.climate() == null ? null : r.climate().means().get(t.team());
        for (NetworkResult.Criterion c : rep.criteria()) {
          NetworkMetrics m = c.metrics();
          List<Object> row = new ArrayList<>(List.of("team", m.team(), "", false, m.n(),
              m.raters(), m.observedDyads(), exact(m.responseRate()), exact(m.density()),
              exact(m.densityBinary()), exact(m.centralization()),
              exact(m.valuedCentralization()), exact(m.reciprocity()),
              mean == null ? "" : exact(mean), "", "", "", ""));
          p.row(multi ? withCriterion(row, c.name(), header.size()) : row);
          if (r.showPeople()) {
            for (NetworkResult.Standing ps : c.people()) {
              List<Object> pr = new ArrayList<>(List.of("person", m.team(), ps.person(), false));
              while (pr.size() < HEADER.size() - 4) {
                pr.add("");
              }
              NetworkResult.Figures f = ps.shown();
              pr.addAll(List.of(ps.raters(),
                  f == null ? "" : exact(f.mean()), f == null ? "" : f.rank()));
              p.row(multi ? withCriterion(pr, c.name(), header.size()) : pr);
            }
          }
        }
        if (multi) {
          for (NetworkResult.Overlap o : rep.overlap()) {
            List<Object> row = new ArrayList<>(List.of("overlap", t.team(), o.a(), ""));
            while (row.size() < header.size() - 3) {
              row.add("");
            }
            row.addAll(List.of(o.b(), o.dyads(), exact(o.r())));
            p.row(row);
          }
        }
      } else {
        List<Object> row = new ArrayList<>(List.of("team", t.team(), "", true));
        if (multi) {
          row.add(2, "");
        }
        while (row.size() < header.size()) {
          row.add("");
        }
        p.row(row);
      }
    }
    p.flush();
  }

  /** A single-criterion row with the criterion after the team, padded to the header. */
  private static List<Object> withCriterion(List<Object> row, String criterion, int size) {
    List<Object> out = new ArrayList<>(row);
    out.add(2, criterion);
    while (out.size() < size) {
      out.add("");
    }
    return out;
  }
}
