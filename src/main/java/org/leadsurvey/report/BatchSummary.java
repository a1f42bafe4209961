package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.List;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;

/**
 * {@code summary.csv} of a batch: one row per file and scale (status {@code ok}), or one row
 * for a file that could not be read (status {@code error}, with the one-line error).
 */
public final class BatchSummary {
  /**
   * @param folder the file's result folder under the output folder; null when it failed
   * @param report null when the file failed
   */
  public record Entry(String file, String folder, AnalysisReport report, String error) {
    public static Entry done(String file, String folder, AnalysisReport report) {
      return new Entry(file, folder, report, null);
    }

    public static Entry failed(String file, String error) {
      return new Entry(file, null, null, error);
    }
  }

  static final List<String> HEADER = List.of("file", "status", "error", "folder", "scale",
      "rows", "respondents", "alpha", "omega_total", "icc1", "icc2", "teams", "hidden_teams",
      "org_n", "org_mean", "org_sd");

  private BatchSummary() {}

  public static void write(List<Entry> entries, Writer out) {
    CsvOutput p = CsvOutput.to(out);
    p.row(HEADER);
    for (Entry e : entries) {
      if (e.report() == null) {
        p.row(e.file(), "error", e.error(), "", "", "", "", "", "", "", "", "", "", "",
            "", "");
        continue;
      }
      for (ScaleReport s : e.report().scales()) {
        ScaleResult r = s.result();
        Reliability rel = r.reliability() == null ? null : r.reliability().scale();
        Aggregation a = r.aggregation();
        TeamScore o = r.organisation();
        p.row(e.file(), "ok", "", e.folder(), s.scale().id(), e.report().rows(),
            r.shown() ? r.scored() : "", rel == null ? "" : exact(rel.alpha()),
            rel == null ? "" : exact(rel.omegaTotal()),
            a == null ? "" : exact(a.icc1()), a == null ? "" : exact(a.icc2()),
            r.teams().size(), r.hiddenTeams(), o == null ? "" : o.n(),
            o == null ? "" : exact(o.mean()), o == null ? "" : exact(o.sd()));
      }
    }
    p.flush();
  }
}
