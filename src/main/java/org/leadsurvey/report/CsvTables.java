package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.exact;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.ItemFrequency;
import org.leadsurvey.stats.ItemStatistics;
import org.leadsurvey.stats.MultilevelReliability;
import org.leadsurvey.stats.Reliability;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.TeamScore;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.CutGroup;
import org.leadsurvey.result.CutResult;
import org.leadsurvey.stats.GroupScore;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScreeningReport;

/**
 * The results as tidy CSV tables, one row per scale and thing, full precision, empty cells for
 * undefined numbers. {@code --format csv} prints the {@code teams} table; {@code --output-dir}
 * writes all of them.
 */
final class CsvTables {
  private CsvTables() {}

  /**
   * The report's tables, name (file or sheet name) to writer, in a fixed order: every table
   * {@code --output-dir} writes and the workbook holds, and no other.
   */
  static Map<String, BiConsumer<AnalysisReport, Writer>> all(AnalysisReport report) {
    Map<String, BiConsumer<AnalysisReport, Writer>> m = new LinkedHashMap<>();
    m.put("reliability", CsvTables::reliability);
    m.put("items", CsvTables::items);
    m.put("teams", CsvTables::teams);
    m.put("frequencies", CsvTables::frequencies);
    m.put("aggregation", CsvTables::aggregation);
    if (report.correlations() != null) {
      m.put("scale-correlations", CsvTables::scaleCorrelations);
    }
    if (report.screening() != null) {
      m.put("screening", CsvTables::screening);
    }
    if (hasCuts(report)) {
      m.put("groups", CsvTables::groups);
      m.put("cells", CsvTables::cells);
    }
    return m;
  }

  public static void teams(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "level", "team", "n", "suppressed", "mean", "sd", "ci_low",
        "ci_high", "rwg_j", "favourable"), p -> {
          for (ScaleReport s : report.scales()) {
            ScaleResult r = s.result();
            if (r.organisation() != null) {
              TeamScore o = r.organisation();
              p.row(s.scale().id(), "organisation", "", o.n(), false, exact(o.mean()),
                  exact(o.sd()), exact(o.ci95().lower()), exact(o.ci95().upper()), "",
                  exact(o.favourable()));
            }
            for (TeamResult t : r.teams()) {
              if (t instanceof TeamResult.Reported rep) {
                TeamScore x = rep.score();
                p.row(s.scale().id(), "team", x.team(), x.n(), false, exact(x.mean()),
                    exact(x.sd()), exact(x.ci95().lower()), exact(x.ci95().upper()),
                    exact(x.rwgJ()), exact(x.favourable()));
              } else {
                p.row(s.scale().id(), "team", t.team(), "", true, "", "", "", "", "", "");
              }
            }
          }
        });
  }

  public static void reliability(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "rows", "respondents", "observations", "alpha", "alpha_std",
        "lambda6", "average_r", "alpha_ci_lower", "alpha_ci_upper", "omega_total",
        "signal_to_noise", "ase", "median_r", "alpha_ci_duhachek_lower",
        "alpha_ci_duhachek_upper", "omega_within", "omega_between", "multilevel_teams"), p -> {
          for (ScaleReport s : report.scales()) {
            if (s.result().reliability() == null) {
              continue;
            }
            Reliability r = s.result().reliability().scale();
            MultilevelReliability ml = s.result().multilevel();
            p.row(s.scale().id(), s.result().rows(), s.result().scored(), r.observations(),
                exact(r.alpha()), exact(r.alphaStd()), exact(r.lambda6()), exact(r.averageR()),
                exact(r.alphaCi().lower()), exact(r.alphaCi().upper()), exact(r.omegaTotal()),
                exact(r.signalToNoise()), exact(r.ase()), exact(r.medianR()),
                exact(r.alphaCiDuhachek().lower()), exact(r.alphaCiDuhachek().upper()),
                ml == null ? "" : exact(ml.omegaWithin()),
                ml == null ? "" : exact(ml.omegaBetween()), ml == null ? "" : ml.teams());
          }
        });
  }

  public static void items(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "item", "reverse", "n", "mean", "sd", "r_drop",
        "alpha_if_deleted", "loading", "raw_r", "std_r", "r_cor", "missing_share"), p -> {
          for (ScaleReport s : report.scales()) {
            if (s.result().reliability() == null) {
              continue;
            }
            for (ItemStatistics i : s.result().reliability().items()) {
              ItemFrequency f = frequency(s.result(), i.item());
              p.row(s.scale().id(), i.item(), s.scale().reverseKeyed().contains(i.item()),
                  i.n(), exact(i.mean()), exact(i.sd()), exact(i.rDrop()),
                  exact(i.alphaIfDeleted()), exact(i.loading()), exact(i.rawR()),
                  exact(i.stdR()), exact(i.rCor()),
                  f == null ? "" : exact(missingShare(f, s.result().rows())));
            }
          }
        });
  }

  /**
   * One row per scale, item and answer option (keyed): the organisation's count and share of the
   * answered, psych's {@code response.freq}. Written by {@code --output-dir}.
   */
  public static void frequencies(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "item", "option", "count", "share"), p -> {
      for (ScaleReport s : report.scales()) {
        if (s.result().reliability() == null) {
          continue;
        }
        for (ItemStatistics i : s.result().reliability().items()) {
          ItemFrequency f = frequency(s.result(), i.item());
          for (int o = s.scale().responses().min(); f != null
              && o <= s.scale().responses().max(); o++) {
            p.row(s.scale().id(), i.item(), o, f.count(o), exact(f.share(o)));
          }
        }
      }
    });
  }

  /** The organisation's answer counts of a shown item; null when they are not published. */
  static ItemFrequency frequency(ScaleResult r, String item) {
    for (ItemFrequency f : r.frequencies()) {
      if (f.item().equals(item)) {
        return f;
      }
    }
    return null;
  }

  /** Share of the rows read that did not answer the item ({@code miss} of response.freq). */
  static double missingShare(ItemFrequency f, long rows) {
    return rows == 0 ? Double.NaN : 1 - (double) f.n() / rows;
  }

  public static void aggregation(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "teams", "people", "icc1", "icc2", "f", "df_between",
        "df_within", "p"), p -> {
          for (ScaleReport s : report.scales()) {
            Aggregation a = s.result().aggregation();
            if (a != null) {
              p.row(s.scale().id(), a.teams(), a.people(), exact(a.icc1()),
                  exact(a.icc2()), exact(a.f()), exact(a.dfBetween()), exact(a.dfWithin()),
                  exact(a.p()));
            }
          }
        });
  }

  /**
   * One row per pair of scales: Pearson r of person scores (pairwise complete) and n. Written
   * by {@code --output-dir} as {@code scale-correlations.csv} when there are two or more scales.
   */
  public static void scaleCorrelations(AnalysisReport report, Writer out) {
    print(out, List.of("scale_x", "scale_y", "r", "n"), p -> {
      ScaleCorrelations c = report.correlations();
      for (int a = 0; c != null && a < c.scales().size(); a++) {
        for (int b = a + 1; b < c.scales().size(); b++) {
          p.row(c.scales().get(a), c.scales().get(b), exact(c.r(a, b)),
              c.n(a, b) < 0 ? "" : c.n(a, b));
        }
      }
    });
  }

  interface Rows {
    void print(TableOut p);
  }

  /** Careless-response flags per rule (counts only); written by --output-dir when screened. */
  public static void screening(AnalysisReport report, Writer out) {
    print(out, List.of("rule", "applied", "flagged", "screened", "excluded", "criterion"), p -> {
      ScreeningReport sr = report.screening();
      if (sr == null) {
        return;
      }
      for (org.leadsurvey.stats.CarelessScreen.Rule r : org.leadsurvey.stats.CarelessScreen.Rule.values()) {
        Long n = sr.counts().byRule().get(r);
        p.row(r.key(), n != null, n == null ? "" : n, sr.counts().screened(),
            sr.excluded() && n != null ? n : 0, n == null ? "" : sr.describe(r));
      }
      p.row("any", true, sr.counts().flagged(), sr.counts().screened(),
          sr.excluded() ? sr.counts().flagged() : 0, "flagged by at least one rule");
    });
  }

  /** Whether any scale has demographic cuts ({@code --by}). */
  static boolean hasCuts(AnalysisReport report) {
    return report.scales().stream().anyMatch(s -> s.cuts() != null);
  }

  /** Every group of every --by column: its score and gap, or only that it is hidden. */
  public static void groups(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "by", "group", "n", "suppressed", "mean", "sd", "ci_low",
        "ci_high", "favourable", "gap", "gap_ci_low", "gap_ci_high", "p", "p_holm",
        "cohens_d"), p -> {
          for (ScaleReport s : report.scales()) {
            for (CutResult cut : s.cuts() == null ? List.<CutResult>of() : s.cuts().cuts()) {
              for (CutGroup g : cut.groups()) {
                if (!(g instanceof CutGroup.Shown shown)) {
                  p.row(s.scale().id(), cut.by(), g.group(), "", true, "", "", "", "", "", "",
                      "", "", "", "", "");
                  continue;
                }
                GroupScore x = shown.score();
                CutGroup.Gap gap = shown.gap();
                boolean none = gap == null;
                p.row(s.scale().id(), cut.by(), g.group(), x.n(), false, exact(x.mean()),
                    exact(x.sd()), exact(x.ci95().lower()), exact(x.ci95().upper()),
                    exact(x.favourable()), none ? "" : exact(gap.difference()),
                    none ? "" : exact(gap.ci95().lower()), none ? "" : exact(gap.ci95().upper()),
                    none ? "" : exact(gap.p()), none ? "" : exact(gap.pHolm()),
                    none ? "" : exact(gap.cohensD()));
              }
            }
          }
        });
  }

  /** The shown team x group cells of every --by column ({@code --cross-teams}). */
  public static void cells(AnalysisReport report, Writer out) {
    print(out, List.of("scale", "by", "team", "group", "n", "mean", "favourable"), p -> {
      for (ScaleReport s : report.scales()) {
        for (CutResult cut : s.cuts() == null ? List.<CutResult>of() : s.cuts().cuts()) {
          for (CutResult.TeamCells team : cut.cells()) {
            for (CutResult.Cell c : team.groups()) {
              p.row(s.scale().id(), cut.by(), team.team(), c.group(), c.n(), exact(c.mean()),
                  exact(c.favourable()));
            }
          }
        }
      }
    });
  }

  /** A header and rows, to a CSV writer or, the same rows as typed cells, to a sheet. */
  static void print(Writer out, List<String> header, Rows rows) {
    if (out instanceof WorkbookReport.Sheet sheet) { // the same rows, as typed cells
      sheet.header(header);
      rows.print(sheet);
      return;
    }
    CsvOutput p = CsvOutput.to(out);
    p.row(header);
    rows.print(p);
    p.flush();
  }
}
