package org.leadsurvey.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.TeamResult;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statistic against R (psych 2.2.9, multilevel 2.7) on the oracle datasets. Tolerances
 * from the oracle README: 1e-9 closed form, 1e-4 for minres-based figures.
 */
class OracleAgreementTest {
  private static final double CLOSED = 1e-9;
  private static final double ITERATIVE = 1e-4;

  static List<Oracle.Survey> surveys() {
    return List.of(Oracle.Survey.ACME, Oracle.Survey.COHESION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void reliabilityMatchesPsychAlpha(Oracle.Survey s) {
    Map<String, Double> exp = Oracle.stats(s.folder() + "/expected-reliability.csv");
    ScaleStatistics r = s.accumulate(MissingPolicy.PAIRWISE).statistics(5, true);
    Reliability rel = r.reliability().scale();
    assertEquals(exp.get("n_rows"), r.rows(), 0);
    assertEquals(exp.get("n_scored"), r.scored(), 0);
    assertEquals(exp.get("alpha"), rel.alpha(), CLOSED, "alpha");
    assertEquals(exp.get("alpha_std"), rel.alphaStd(), CLOSED, "alpha_std");
    assertEquals(exp.get("lambda6"), rel.lambda6(), CLOSED, "lambda6");
    assertEquals(exp.get("average_r"), rel.averageR(), CLOSED, "average_r");
    assertEquals(exp.get("alpha_feldt_lower"), rel.alphaCi().lower(), CLOSED, "feldt lower");
    assertEquals(exp.get("alpha_feldt_upper"), rel.alphaCi().upper(), CLOSED, "feldt upper");
    assertEquals(exp.get("omega_total"), rel.omegaTotal(), ITERATIVE, "omega_total");
    Reliability listwise = r.completeCases().scale();
    assertEquals(exp.get("n_listwise"), r.complete(), 0);
    assertEquals(exp.get("alpha_listwise"), listwise.alpha(), CLOSED, "alpha_listwise");
    assertEquals(exp.get("alpha_std_listwise"), listwise.alphaStd(), CLOSED, "alpha_std_listwise");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void listwisePolicyUsesCompleteRowsOnly(Oracle.Survey s) {
    Map<String, Double> exp = Oracle.stats(s.folder() + "/expected-reliability.csv");
    ScaleStatistics r = s.accumulate(MissingPolicy.LISTWISE).statistics(5, true);
    assertEquals(exp.get("n_rows"), r.rows(), 0);
    assertEquals(exp.get("n_listwise"), r.reliability().scale().observations(), 0);
    assertEquals(exp.get("alpha_listwise"), r.reliability().scale().alpha(), CLOSED);
    assertEquals(exp.get("alpha_std_listwise"), r.reliability().scale().alphaStd(), CLOSED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void itemStatisticsMatchPsychAlphaAndFa(Oracle.Survey s) {
    List<NamedCsvRecord> exp = Oracle.csv(s.folder() + "/expected-items.csv");
    List<ItemStatistics> items = s.accumulate(MissingPolicy.PAIRWISE).statistics(5, true)
        .reliability().items();
    assertEquals(exp.size(), items.size());
    for (int i = 0; i < exp.size(); i++) {
      NamedCsvRecord e = exp.get(i);
      ItemStatistics a = items.get(i);
      String item = e.getField("item");
      assertEquals(item, a.item());
      assertEquals(Long.parseLong(e.getField("n")), a.n(), item + " n");
      assertEquals(Double.parseDouble(e.getField("mean")), a.mean(), CLOSED, item + " mean");
      assertEquals(Double.parseDouble(e.getField("sd")), a.sd(), CLOSED, item + " sd");
      assertEquals(Double.parseDouble(e.getField("r_drop")), a.rDrop(), CLOSED, item + " r_drop");
      assertEquals(Double.parseDouble(e.getField("alpha_if_deleted")), a.alphaIfDeleted(), CLOSED,
          item + " alpha_if_deleted");
      assertEquals(Double.parseDouble(e.getField("loading")), a.loading(), ITERATIVE, item + " loading");
    }
  }

  /** psych-alpha/oracle.R: the rest of psych::alpha's item analysis, 1e-9. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void fullItemAnalysisMatchesPsychAlpha(Oracle.Survey s) {
    ScaleStatistics st = s.accumulate(MissingPolicy.PAIRWISE).statistics(5, true);
    Reliability rel = st.reliability().scale();
    NamedCsvRecord scale = Oracle.csv("psych-alpha/expected-scale.csv").stream()
        .filter(r -> r.getField("case").equals(s.folder())).findFirst().orElseThrow();
    assertEquals(Long.parseLong(scale.getField("n_obs")), rel.observations());
    assertEquals(d(scale, "raw_alpha"), rel.alpha(), CLOSED, "alpha");
    assertEquals(d(scale, "signal_to_noise"), rel.signalToNoise(), CLOSED, "S/N");
    assertEquals(d(scale, "ase"), rel.ase(), CLOSED, "ase");
    assertEquals(d(scale, "median_r"), rel.medianR(), CLOSED, "median_r");
    assertEquals(d(scale, "duhachek_lower"), rel.alphaCiDuhachek().lower(), CLOSED, "Duhachek");
    assertEquals(d(scale, "duhachek_upper"), rel.alphaCiDuhachek().upper(), CLOSED, "Duhachek");
    assertEquals(d(scale, "feldt_lower"), rel.alphaCi().lower(), CLOSED, "Feldt");
    List<NamedCsvRecord> exp = Oracle.csv("psych-alpha/expected-items.csv").stream()
        .filter(r -> r.getField("case").equals(s.folder())).toList();
    List<ItemStatistics> items = st.reliability().items();
    assertEquals(exp.size(), items.size());
    for (int i = 0; i < exp.size(); i++) {
      NamedCsvRecord e = exp.get(i);
      ItemStatistics a = items.get(i);
      String item = e.getField("item");
      assertEquals(item, a.item());
      assertEquals(Long.parseLong(e.getField("n")), a.n(), item + " n");
      assertEquals(d(e, "raw_r"), a.rawR(), CLOSED, item + " raw.r");
      assertEquals(d(e, "std_r"), a.stdR(), CLOSED, item + " std.r");
      assertEquals(d(e, "r_cor"), a.rCor(), CLOSED, item + " r.cor");
      assertEquals(d(e, "r_drop"), a.rDrop(), CLOSED, item + " r.drop");
      assertEquals(d(e, "mean"), a.mean(), CLOSED, item + " mean");
      assertEquals(d(e, "sd"), a.sd(), CLOSED, item + " sd");
      ItemFrequency f = st.frequencies().get(i);
      assertEquals(d(e, "miss"), 1 - (double) f.n() / st.rows(), CLOSED, item + " miss");
      for (int option = s.min(); option <= s.max(); option++) {
        assertEquals(d(e, "freq_" + option), f.share(option), CLOSED, item + " " + option);
      }
    }
  }

  /** favourable/oracle.R: --favourable 5..7 on acme, every group's share, 1e-9. */
  @org.junit.jupiter.api.Test
  void favourableSharesFollowTheRange() {
    ScaleStatistics st = Oracle.Survey.ACME
        .accumulate(MissingPolicy.PAIRWISE, new FavourableRange(5, 7)).statistics(5, true);
    assertEquals(new FavourableRange(5, 7), st.favourable());
    Map<String, Double> byGroup = new LinkedHashMap<>();
    byGroup.put(st.organisation().team(), st.organisation().favourable());
    st.teams().forEach(t -> byGroup.put(t.team(), t.favourable()));
    List<NamedCsvRecord> exp = Oracle.csv("favourable/expected-groups.csv");
    assertEquals(exp.size(), byGroup.size());
    for (NamedCsvRecord e : exp) {
      assertEquals(d(e, "favourable"), byGroup.get(e.getField("group")), CLOSED,
          e.getField("group"));
    }
    // the default is the top two options
    assertEquals(new FavourableRange(6, 7), Oracle.Survey.ACME.accumulate(MissingPolicy.PAIRWISE)
        .statistics(5, true).favourable());
  }

  /**
   * multilevel/oracle.R: omega within and between of the two-level one-factor CFA over the
   * reported teams against lavaan and semTools::compRelSEM (obs.var = FALSE), within 0.01. On
   * complete data (lavaan drops no one) and on acme with its missing answers (lavaan drops the
   * incomplete rows, leadsurvey uses every answer).
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"complete-k5", "complete-k7",
      "acme-k5"})
  void multilevelOmegaMatchesLavaan(String name) {
    NamedCsvRecord e = Oracle.csv("multilevel/expected-multilevel.csv").stream()
        .filter(r -> r.getField("case").equals(name)).findFirst().orElseThrow();
    Oracle.Survey s = name.startsWith("complete") ? new Oracle.Survey("multilevel/complete",
        "team", Oracle.Survey.ACME.items(), Oracle.Survey.ACME.reverse(), 1, 7)
        : Oracle.Survey.ACME;
    int minGroup = Integer.parseInt(name.substring(name.length() - 1));
    ScaleStatistics st = s.accumulate(MissingPolicy.PAIRWISE).statistics(minGroup, true);
    // The published result withholds it while teams are hidden (the within-team correlations
    // pool every row); the fit over the teams the rule shows is what lavaan is given.
    org.leadsurvey.result.ScaleResult published = Disclosure.publish(st, minGroup);
    boolean[] hidden = new boolean[published.teams().size()];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = published.teams().get(i) instanceof org.leadsurvey.result.TeamResult.Hidden;
    }
    MultilevelReliability m = st.twoLevel().fit(hidden);
    assertNotNull(m);
    assertEquals(true, m.converged());
    assertEquals(Long.parseLong(e.getField("teams")), m.teams(), name + " teams");
    assertEquals(m.teams() < 30, m.fewTeams());
    double tolerance = 0.01;
    assertEquals(d(e, "omega_within"), m.omegaWithin(), tolerance, name + " omega within");
    assertEquals(d(e, "omega_between"), m.omegaBetween(), tolerance, name + " omega between");
    assertEquals(d(e, "semtools_omega_w"), m.omegaWithin(), tolerance, name + " semTools W");
    assertEquals(d(e, "semtools_omega_b"), m.omegaBetween(), tolerance, name + " semTools B");
  }

  /**
   * The ML fit itself is lavaan's: given the exact pooled-within matrix and means of the shown
   * teams (computed here from the rows of multilevel/complete), it agrees to 1e-4; what is left
   * of the 0.01 above is the pooled-within correlations taken over every row.
   */
  @ParameterizedTest(name = "min group {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {5, 7})
  void multilevelFitOnExactSumsIsLavaansToFourDecimals(int minGroup) {
    List<String> items = Oracle.Survey.ACME.items();
    Map<String, List<double[]>> byTeam = new java.util.TreeMap<>();
    for (NamedCsvRecord r : Oracle.csv("multilevel/complete/responses.csv")) {
      double[] x = new double[items.size()];
      for (int i = 0; i < x.length; i++) {
        double raw = Double.parseDouble(r.getField(items.get(i)));
        x[i] = Oracle.Survey.ACME.reverse().contains(items.get(i)) ? 8 - raw : raw;
      }
      byTeam.computeIfAbsent(r.getField("team"), t -> new ArrayList<>()).add(x);
    }
    int k = items.size();
    double[][] w = new double[k][k];
    long people = 0;
    List<TeamScore> teams = new ArrayList<>();
    for (Map.Entry<String, List<double[]>> e : byTeam.entrySet()) {
      List<double[]> rows = e.getValue();
      if (rows.size() < minGroup) {
        continue;
      }
      double[] m = new double[k];
      for (double[] x : rows) {
        for (int i = 0; i < k; i++) {
          m[i] += x[i] / rows.size();
        }
      }
      for (double[] x : rows) {
        for (int a = 0; a < k; a++) {
          for (int c = 0; c < k; c++) {
            w[a][c] += (x[a] - m[a]) * (x[c] - m[c]);
          }
        }
      }
      people += rows.size();
      teams.add(new TeamScore(e.getKey(), rows.size(), Double.NaN, Double.NaN, null, Double.NaN,
          Double.NaN, DoubleValues.wrap(m)));
    }
    for (double[] row : w) {
      for (int c = 0; c < k; c++) {
        row[c] /= people - teams.size();
      }
    }
    MultilevelReliability m = MultilevelReliability.fit(w, teams);
    NamedCsvRecord e = Oracle.csv("multilevel/expected-multilevel.csv").stream()
        .filter(r -> r.getField("case").equals("complete-k" + minGroup)).findFirst().orElseThrow();
    assertEquals(Long.parseLong(e.getField("people")), m.people());
    assertEquals(d(e, "omega_within"), m.omegaWithin(), 1e-4, "omega within");
    assertEquals(d(e, "omega_between"), m.omegaBetween(), 1e-4, "omega between");
  }

  private static double d(NamedCsvRecord r, String field) {
    return Double.parseDouble(r.getField(field));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void aggregationMatchesBlieseIcc(Oracle.Survey s) {
    Map<String, Double> exp = Oracle.stats(s.folder() + "/expected-aggregation.csv");
    // Over every team, as R's aov on all the data: the math, before disclosure control.
    Aggregation a = Aggregation.of(OneWayAnova.of(
        s.accumulate(MissingPolicy.PAIRWISE).statistics(5, true).teamScores()));
    assertNotNull(a);
    assertEquals(exp.get("teams"), a.teams(), 0);
    assertEquals(exp.get("icc1"), a.icc1(), CLOSED, "icc1");
    assertEquals(exp.get("icc2"), a.icc2(), CLOSED, "icc2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void everyTeamScoreMatchesIncludingHiddenOnes(Oracle.Survey s) {
    NamedAccumulator acc = s.accumulate(MissingPolicy.PAIRWISE);
    Map<String, TeamScore> actual = new LinkedHashMap<>();
    for (TeamScore t : acc.teamScores()) {
      actual.put(t.team(), t);
    }
    List<NamedCsvRecord> exp = Oracle.csv(s.folder() + "/expected-teams.csv");
    assertEquals(exp.size(), actual.size());
    for (NamedCsvRecord e : exp) {
      String team = e.getField("team");
      TeamScore t = actual.get(team);
      assertNotNull(t, team);
      assertEquals(Long.parseLong(e.getField("n")), t.n(), team + " n");
      assertEquals(Double.parseDouble(e.getField("mean")), t.mean(), CLOSED, team + " mean");
      assertEquals(Double.parseDouble(e.getField("sd")), t.sd(), CLOSED, team + " sd");
      assertEquals(Double.parseDouble(e.getField("rwg_j")), t.rwgJ(), CLOSED, team + " rwg_j");
      assertEquals(Double.parseDouble(e.getField("favourable")), t.favourable(), CLOSED,
          team + " favourable");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void suppressedTeamsAreExactlyTheOracleOnes(Oracle.Survey s) {
    ScaleResult r = Disclosure.publish(s.accumulate(MissingPolicy.PAIRWISE).statistics(5, true),
        5);
    Map<String, TeamResult> byTeam = new LinkedHashMap<>();
    r.teams().forEach(t -> byTeam.put(t.team(), t));
    for (NamedCsvRecord e : Oracle.csv(s.folder() + "/expected-teams.csv")) {
      TeamResult t = byTeam.get(e.getField("team"));
      if (Boolean.parseBoolean(e.getField("suppressed").toLowerCase())) {
        assertInstanceOf(TeamResult.Hidden.class, t, e.getField("team"));
      } else {
        assertInstanceOf(TeamResult.Reported.class, t, e.getField("team"));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void bh1996IccMatchesMultilevel() {
    Map<String, List<Double>> cols = Oracle.columns("bh1996/data.csv");
    List<Double> grp = cols.get("GRP");
    for (NamedCsvRecord e : Oracle.csv("bh1996/expected-icc.csv")) {
      String variable = e.getField("variable");
      List<Double> y = cols.get(variable);
      Map<Double, RunningStats> groups = new LinkedHashMap<>();
      for (int i = 0; i < y.size(); i++) {
        groups.computeIfAbsent(grp.get(i), g -> new RunningStats()).add(y.get(i));
      }
      Icc icc = Icc.of(OneWayAnova.of(new ArrayList<>(groups.values())));
      assertEquals(Double.parseDouble(e.getField("icc1")), icc.icc1(), CLOSED, variable + " ICC1");
      assertEquals(Double.parseDouble(e.getField("icc2")), icc.icc2(), CLOSED, variable + " ICC2");
    }
  }
}
