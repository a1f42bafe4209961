package org.leadsurvey.report;

import static org.leadsurvey.report.Numbers.fixed;
import static org.leadsurvey.report.Numbers.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.stats.NaturalOrder;
import org.leadsurvey.stats.PearsonCorrelation;
import org.leadsurvey.stats.network.NetworkMetrics;


/** The human-readable sections of a network report, shared by the terminal and Markdown. */
final class NetworkTables {
  static final String TITLE = "Shared leadership network";

  private NetworkTables() {}

  static String description(NetworkReport r) {
    return "Peer ratings " + r.scaleMin() + ".." + r.scaleMax() + ", a tie is a rating of "
        + threshold(r) + " or more; " + r.rows() + " rows (" + r.layout() + " layout), "
        + r.teams().size() + (r.teams().size() == 1 ? " team." : " teams.");
  }

  static String threshold(NetworkReport r) {
    double t = r.tieThreshold();
    return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
  }

  static TextTable teams(NetworkReport r) {
    if (r.multiCriteria()) {
      return criteria(r);
    }
    List<String> cols = new ArrayList<>(List.of("team", ">n", ">raters", ">response", ">density",
        ">ties", ">centralization", ">valued c.", ">reciprocity"));
    if (r.climate() != null) {
      cols.add(">" + r.climate().scaleId());
    }
    TextTable t = new TextTable(cols.toArray(String[]::new));
    for (NetworkResult tr : r.teams()) {
      List<String> cells = new ArrayList<>();
      if (tr instanceof NetworkResult.Reported rep) {
        NetworkMetrics m = rep.metrics();
        cells.addAll(List.of(m.team(), Integer.toString(m.n()), Integer.toString(m.raters()),
            percent(m.responseRate()), fixed(m.density(), 2), percent(m.densityBinary()),
            fixed(m.centralization(), 2), fixed(m.valuedCentralization(), 2),
            fixed(m.reciprocity(), 2)));
        if (r.climate() != null) {
          Double mean = r.climate().means().get(m.team());
          cells.add(mean == null ? "" : fixed(mean, 2));
        }
      } else {
        cells.addAll(List.of(tr.team(), "", "hidden", "", "", "", "", "", ""));
        if (r.climate() != null) {
          cells.add("");
        }
      }
      t.row(cells.toArray(String[]::new));
    }
    return t;
  }

  /** Several criteria: one row per team and criterion (the team named on its first row). */
  private static TextTable criteria(NetworkReport r) {
    List<String> cols = new ArrayList<>(List.of("team", "criterion", ">n", ">raters",
        ">response", ">density", ">ties", ">centralization", ">valued c.", ">reciprocity"));
    if (r.climate() != null) {
      cols.add(">" + r.climate().scaleId());
    }
    TextTable t = new TextTable(cols.toArray(String[]::new));
    for (NetworkResult tr : r.teams()) {
      if (tr instanceof NetworkResult.Reported rep) {
        boolean first = true;
        for (NetworkResult.Criterion c : rep.criteria()) {
          NetworkMetrics m = c.metrics();
          List<String> cells = new ArrayList<>(List.of(first ? rep.team() : "", c.name(),
              first ? Integer.toString(m.n()) : "", Integer.toString(m.raters()),
              percent(m.responseRate()), fixed(m.density(), 2), percent(m.densityBinary()),
              fixed(m.centralization(), 2), fixed(m.valuedCentralization(), 2),
              fixed(m.reciprocity(), 2)));
          if (r.climate() != null) {
            Double mean = first ? r.climate().means().get(rep.team()) : null;
            cells.add(mean == null ? "" : fixed(mean, 2));
          }
          t.row(cells.toArray(String[]::new));
          first = false;
        }
      } else {
        List<String> cells = new ArrayList<>(List.of(tr.team(), "", "", "hidden", "", "", "",
            "", "", ""));
        if (r.climate() != null) {
          cells.add("");
        }
        t.row(cells.toArray(String[]::new));
      }
    }
    return t;
  }

  /**
   * Several criteria: per shown team, the criterion that leans most on one person (highest
   * centralization), the most shared one (lowest), and whether the same people lead in every
   * criterion: yes when every pair's overlap r is at least {@link #SAME_LEADERS}, else the pair
   * that overlaps least.
   */
  static final Comparator<NetworkResult.Criterion> BY_CENTRALIZATION =
      Comparator.comparingDouble(c -> c.metrics().centralization());

  /**
   * The criterion {@code pick} keeps among those with a centralization (the first of equals),
   * or null: the theme that leans most on one person ({@code maxBy}) or the most shared.
   */
  static NetworkResult.Criterion central(NetworkResult.Reported rep,
      BinaryOperator<NetworkResult.Criterion> pick) {
    return rep.criteria().stream().filter(c -> !Double.isNaN(c.metrics().centralization()))
        .reduce(pick).orElse(null);
  }

  static TextTable themes(NetworkReport r) {
    TextTable t = new TextTable("team", "leans on one person", "most shared", ">overlap r",
        "same people lead?");
    for (NetworkResult tr : r.teams()) {
      if (tr instanceof NetworkResult.Reported rep) {
        NetworkResult.Criterion most = central(rep, BinaryOperator.maxBy(BY_CENTRALIZATION));
        NetworkResult.Criterion least = central(rep, BinaryOperator.minBy(BY_CENTRALIZATION));
        NetworkResult.Overlap low = null;
        double high = Double.NaN;
        for (NetworkResult.Overlap o : rep.overlap()) {
          if (!Double.isNaN(o.r())) {
            if (low == null || o.r() < low.r()) {
              low = o;
            }
            high = Double.isNaN(high) ? o.r() : Math.max(high, o.r());
          }
        }
        String range = low == null ? Numbers.DASH : low.r() == high ? fixed(high, 2)
            : fixed(low.r(), 2) + " to " + fixed(high, 2);
        String same = low == null ? Numbers.DASH : low.r() >= SAME_LEADERS ? "yes"
            : "no: least " + low.a() + "/" + low.b();
        t.row(rep.team(), most == null ? Numbers.DASH : most.name() + " "
            + fixed(most.metrics().centralization(), 2), least == null || least == most
            ? Numbers.DASH : least.name() + " " + fixed(least.metrics().centralization(), 2),
            range, same);
      }
    }
    return t;
  }

  /** Overlap r from which the same people are said to lead in two criteria. */
  static final double SAME_LEADERS = 0.5;

  /** Several criteria: every pair's overlap, per shown team. */
  static TextTable overlap(NetworkReport r) {
    TextTable t = new TextTable("team", "criteria", ">dyads", ">r");
    for (NetworkResult tr : r.teams()) {
      if (tr instanceof NetworkResult.Reported rep) {
        for (NetworkResult.Overlap o : rep.overlap()) {
          t.row(rep.team(), o.a() + " / " + o.b(), Long.toString(o.dyads()), fixed(o.r(), 2));
        }
      }
    }
    return t;
  }

  /**
   * A shown team's people: one criterion, their raters, mean and rank; several,
   * per criterion their mean and raters. Withheld figures are a dash.
   */
  static TextTable people(NetworkReport r, NetworkResult.Reported rep) {
    if (!r.multiCriteria()) {
      TextTable t = new TextTable("person", ">rated by", ">mean received", ">rank");
      for (NetworkResult.Standing p : rep.criteria().get(0).people()) {
        NetworkResult.Figures f = p.shown();
        t.row(p.person(), Integer.toString(p.raters()),
            f == null ? Numbers.DASH : fixed(f.mean(), 2),
            f == null ? Numbers.DASH : Integer.toString(f.rank()));
      }
      return t;
    }
    List<String> cols = new ArrayList<>(List.of("person"));
    rep.criteria().forEach(c -> cols.add(">" + c.name()));
    TextTable t = new TextTable(cols.toArray(String[]::new));
    for (String person : peopleOf(rep)) {
      List<String> cells = new ArrayList<>(List.of(person));
      for (NetworkResult.Criterion c : rep.criteria()) {
        NetworkResult.Standing s = c.standing(person);
        cells.add((s.shown() == null ? Numbers.DASH : fixed(s.shown().mean(), 2)) + " ("
            + s.raters() + ")");
      }
      t.row(cells.toArray(String[]::new));
    }
    return t;
  }

  /** A team's members in natural order of their names (several criteria: no rank order). */
  static List<String> peopleOf(NetworkResult.Reported rep) {
    return rep.criteria().get(0).people().stream().map(NetworkResult.Standing::person)
        .sorted(NaturalOrder.INSTANCE).toList();
  }

  static List<String> notes(NetworkReport r) {
    List<String> out = new ArrayList<>();
    long hidden = r.hiddenTeams();
    if (hidden > 0) {
      out.add(hidden + (hidden == 1 ? " team is" : " teams are") + " hidden: fewer than "
          + r.minGroup() + " raters, or hidden so that a small team cannot be worked out from"
          + " the others.");
    }
    long withheld = 0;
    long centralization = 0;
    for (NetworkResult t : r.teams()) {
      if (t instanceof NetworkResult.Reported rep) {
        for (NetworkResult.Criterion c : rep.criteria()) {
          withheld += c.people().stream().filter(p -> p.shown() == null).count();
          centralization += c.centralizationWithheld() ? 1 : 0;
        }
      }
    }
    if (r.showPeople() && withheld > 0) {
      out.add("A person's figures on a criterion are shown only when at least " + r.minRaters()
          + " teammates rated them on it, and withheld for more people where the withheld"
          + " ratings together would be fewer (" + withheld + " withheld, shown as "
          + Numbers.DASH + ").");
    }
    if (centralization > 0) {
      out.add(centralization + " centralization figure(s) withheld: they would show how many"
          + " ties a person with fewer than " + r.minRaters() + " raters received.");
    }
    if (r.selfRatings() > 0) {
      out.add(r.selfRatings() + (r.selfRatings() == 1 ? " self-rating was" : " self-ratings were")
          + " ignored.");
    }
    return out;
  }

  static String climateHeadline(NetworkReport.Climate c) {
    return c.scaleName() + " (" + c.scaleId() + ", team means from " + c.file()
        + ") and the network, across the " + c.means().size()
        + " teams reportable in both";
  }

  static TextTable correlations(NetworkReport.Climate c) {
    TextTable t = new TextTable("team mean with", ">r", ">95% CI", ">p", ">teams");
    for (NetworkReport.Correlations k : c.correlations()) {
      String prefix = k.criterion().isEmpty() ? "" : k.criterion() + " ";
      row(t, prefix + "density", k.density());
      row(t, prefix + "centralization", k.centralization());
    }
    return t;
  }

  private static void row(TextTable t, String name, PearsonCorrelation.Result r) {
    String ci = Double.isNaN(r.ci95().lower()) ? Numbers.DASH
        : fixed(r.ci95().lower(), 2) + " to " + fixed(r.ci95().upper(), 2);
    t.row(name, fixed(r.r(), 2), ci, Numbers.pValue(r.p()).replace("p = ", "").replace("p ", ""),
        Long.toString(r.n()));
  }

  /** One line per metric: what it is and where it comes from. */
  static List<String> definitions() {
    return List.of(
        "response: rated dyads / n(n-1), n = members (raters and people rated, or the roster).",
        "density: mean rating over rated dyads (Carson, Tesluk & Marrone 2007).",
        "ties: share of the n(n-1) possible directed ties with a rating at or above the threshold.",
        "centralization: Freeman in-degree centralization of the ties, sum(max - in_i)/(n-1)^2;"
            + " 1 = one person leads, 0 = fully shared (Freeman 1978).",
        "valued c.: the same on in-strength, the sum of ratings received rescaled to 0..1.",
        "reciprocity: share of ties returned (igraph reciprocity(), default mode).");
  }

  /** The definitions, plus the overlap's when several criteria were rated. */
  static List<String> definitions(NetworkReport r) {
    List<String> out = new ArrayList<>(definitions());
    if (r.multiCriteria()) {
      out.add("overlap r: Pearson r of two criteria's ratings over the dyads rated on both"
          + " (none below 3 dyads); the same people lead when every pair is " + SAME_LEADERS
          + " or more.");
    }
    return out;
  }

  static String correlationNote() {
    return String.format(Locale.ROOT, "Pearson r, 95%% CI by Fisher's z (as R's cor.test);"
        + " centralization is the binary in-degree centralization.");
  }
}
