package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadsurvey.instrument.Scale;
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

/** The human-readable sections of a scale's results, shared by the terminal and Markdown. */
final class ReportTables {
  private ReportTables() {}

  static String title(Scale s) {
    return s.name() + " (" + s.id() + ")";
  }

  static String description(Scale s, ScaleResult r) {
    String reverse = s.reverseKeyed().isEmpty() ? "none reverse keyed"
        : "reverse keyed: " + String.join(", ", s.reverseKeyed());
    return s.items().size() + (s.items().size() == 1 ? " item" : " items") + ", scale " + s.responses() + ", " + reverse + ". "
        + r.rows() + " rows, " + (r.shown() ? r.scored() + " respondents scored"
        + (r.missing().name().equals("LISTWISE") ? " (complete answers only)." : ".")
        : "organisation-level figures are not shown.");
  }

  static String reliabilityHeadline(ScaleResult r) {
    if (r.reliability() == null) {
      return "Reliability is not shown (see the notes above).";
    }
    double alpha = r.reliability().scale().alpha();
    if (Double.isNaN(alpha)) {
      return "Reliability is not defined (it needs two or more items that vary).";
    }
    return Character.toUpperCase(Numbers.reliabilityWords(alpha).charAt(0))
        + Numbers.reliabilityWords(alpha).substring(1) + " reliability: alpha " + fixed(alpha, 2)
        + ".";
  }

  /** The reliability table, or null when it is withheld. */
  static TextTable reliability(ScaleResult r) {
    if (r.reliability() == null) {
      return null;
    }
    Reliability rel = r.reliability().scale();
    TextTable t = new TextTable("statistic", ">value", "note")
        .row("Cronbach's alpha", fixed(rel.alpha(), 3), "95% CI " + fixed(rel.alphaCi().lower(), 3)
            + " to " + fixed(rel.alphaCi().upper(), 3) + " (Feldt), "
            + fixed(rel.alphaCiDuhachek().lower(), 3) + " to "
            + fixed(rel.alphaCiDuhachek().upper(), 3) + " (Duhachek), "
            + Numbers.reliabilityWords(rel.alpha()))
        .row("Standardized alpha", fixed(rel.alphaStd(), 3), "from the correlation matrix")
        .row("Guttman's lambda 6", fixed(rel.lambda6(), 3), "squared multiple correlations")
        .row("McDonald's omega total", fixed(rel.omegaTotal(), 3), "one-factor minres fit")
        .row("Average inter-item r", fixed(rel.averageR(), 3), "median " + fixed(rel.medianR(), 3)
            + ", signal/noise " + fixed(rel.signalToNoise(), 2));
    MultilevelReliability ml = r.multilevel();
    if (ml != null && ml.converged()) {
      String basis = "two-level CFA, " + ml.teams() + " reported teams"
          + (ml.fewTeams() ? " (fewer than " + MultilevelReliability.FEW_TEAMS + ": unstable)" : "");
      t.row("Omega within teams", fixed(ml.omegaWithin(), 3), basis)
          .row("Omega between teams", fixed(ml.omegaBetween(), 3), "reliability of a team's mean");
    } else if (ml != null) {
      t.row("Omega within/between", Numbers.DASH, "the two-level fit did not converge ("
          + ml.teams() + " reported teams)");
    }
    return t;
  }

  /** The item table, or null when no item's figures are shown. */
  static TextTable items(Scale s, ScaleResult r) {
    if (r.reliability() == null || r.reliability().items().isEmpty()) {
      return null;
    }
    TextTable t = new TextTable("item", ">n", ">missing", ">mean", ">sd", ">r.drop",
        ">alpha if deleted", ">loading");
    List<String> reverse = s.reverseKeyed();
    for (ItemStatistics i : r.reliability().items()) {
      t.row(i.item() + (reverse.contains(i.item()) ? " (R)" : ""), Long.toString(i.n()),
          missing(r, i.item()), fixed(i.mean(), 2), fixed(i.sd(), 2), fixed(i.rDrop(), 2),
          fixed(i.alphaIfDeleted(), 3), fixed(i.loading(), 2));
    }
    return t;
  }

  /** The share of rows that left the item unanswered, as a percentage. */
  static String missing(ScaleResult r, String item) {
    ItemFrequency f = CsvTables.frequency(r, item);
    return f == null ? "" : percent(CsvTables.missingShare(f, r.rows()));
  }

  static String aggregation(ScaleResult r) {
    Aggregation a = r.aggregation();
    if (a == null) {
      return null;
    }
    if (a.teams() < 2) {
      return "Not computed: it needs two or more reported teams.";
    }
    return String.format(Locale.ROOT, "ICC(1) %s, ICC(2) %s; F(%s, %s) = %s, %s; %d reported"
        + " team%s, %d people (hidden teams are left out).",
        fixed(a.icc1(), 3), fixed(a.icc2(), 3), fixed(a.dfBetween(), 0), fixed(a.dfWithin(), 0),
        fixed(a.f(), 2), Numbers.pValue(a.p()), a.teams(), a.teams() == 1 ? "" : "s", a.people());
  }

  static TextTable teams(ScaleResult r) {
    TextTable t = new TextTable("team", ">n", ">mean", ">95% CI", ">sd", ">rwg(j)",
        ">favourable " + r.favourable());
    if (r.organisation() != null) {
      TeamScore o = r.organisation();
      t.row(o.team(), Long.toString(o.n()), fixed(o.mean(), 2), ci(o), fixed(o.sd(), 2),
          "", percent(o.favourable()));
    }
    for (TeamResult tr : r.teams()) {
      if (tr instanceof TeamResult.Reported rep) {
        TeamScore s = rep.score();
        t.row(s.team(), Long.toString(s.n()), fixed(s.mean(), 2), ci(s), fixed(s.sd(), 2),
            fixed(s.rwgJ(), 2), percent(s.favourable()));
      } else {
        t.row(tr.team(), "", "hidden", "", "", "", "");
      }
    }
    return t;
  }

  static String privacyNote(ScaleResult r, int minGroup) {
    long hidden = r.hiddenTeams();
    if (hidden == 0) {
      return null;
    }
    return hidden + (hidden == 1 ? " team is" : " teams are") + " hidden: fewer than " + minGroup
        + " scored respondents, or hidden so that a small team's score cannot be worked out"
        + " from the totals.";
  }

  private static String ci(TeamScore s) {
    if (Double.isNaN(s.ci95().lower())) {
      return Numbers.DASH;
    }
    return fixed(s.ci95().lower(), 2) + "–" + fixed(s.ci95().upper(), 2);
  }

  /** Lower triangle of the scale-score correlations, or null with fewer than two scales. */
  static TextTable correlations(AnalysisReport report) {
    ScaleCorrelations c = report.correlations();
    if (c == null || c.scales().size() < 2) {
      return null;
    }
    int s = c.scales().size();
    String[] columns = new String[s];
    columns[0] = "scale";
    for (int b = 0; b < s - 1; b++) {
      columns[b + 1] = ">" + c.scales().get(b);
    }
    TextTable t = new TextTable(columns);
    for (int a = 1; a < s; a++) {
      String[] cells = new String[s];
      cells[0] = c.scales().get(a);
      for (int b = 0; b < s - 1; b++) {
        cells[b + 1] = b < a ? fixed(c.r(a, b), 2) : "";
      }
      t.row(cells);
    }
    return t;
  }

  static String correlationNote(AnalysisReport report) {
    ScaleCorrelations c = report.correlations();
    long min = Long.MAX_VALUE;
    long max = 0;
    boolean few = false;
    for (int a = 0; a < c.scales().size(); a++) {
      for (int b = a + 1; b < c.scales().size(); b++) {
        if (c.n(a, b) < 0) {
          few = true;
          continue;
        }
        min = Math.min(min, c.n(a, b));
        max = Math.max(max, c.n(a, b));
      }
    }
    String n = max == 0 ? "" : " (" + (min == max ? "n = " + min : "n = " + min + " to " + max)
        + ")";
    return "Pearson r between person scale scores, people scored on both scales" + n
        + (few ? "; pairs scored together by too few people are not shown." : ".");
  }

  static List<String> citation(AnalysisReport report) {
    List<String> out = new ArrayList<>();
    if (!report.instrument().citation().isBlank()) {
      out.add("Instrument: " + report.instrument().citation().strip());
    }
    return out;
  }
}
