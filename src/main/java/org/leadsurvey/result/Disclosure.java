package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;
import org.leadsurvey.stats.ItemFrequency;
import org.leadsurvey.stats.ItemStatistics;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.MultilevelReliability;
import org.leadsurvey.stats.OneWayAnova;
import org.leadsurvey.stats.PopulationShift;
import org.leadsurvey.stats.ReliabilityAnalysis;
import org.leadsurvey.stats.RunningStats;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.stats.ScaleStatistics;
import org.leadsurvey.stats.TeamScore;

/**
 * The one step between the statistics and every output: it turns what was computed into what
 * may be published, so that no reader, holding every output made from the same data, can work
 * out a person's answers or the score of a group smaller than the minimum group size.
 *
 * <ul>
 *   <li>Teams: {@link Suppression} (small teams, and complementary hiding so that the hidden
 *       people together, people with no team included, are none or at least the minimum).
 *   <li>Between-team statistics (F, ICC) over the shown teams only, so they follow from the
 *       shown teams' own figures.
 *   <li>Organisation level (respondent counts, score, reliability, item statistics,
 *       frequencies, correlations): only when at least the minimum were scored. An item answered
 *       by fewer has no published figure and is left out of the reliability; the reliability is
 *       withheld when any covariance it rests on comes from fewer rows.
 *   <li>Demographic cuts ({@code --by}): groups and team x group cells, hidden so that no small
 *       set of people lies in the linear span of everything published ({@link CutProtection}).
 *   <li>A run whose options move people relative to the default run ({@link PopulationShift}):
 *       a team is shown only when the options leave it as the default run has it, and the
 *       organisation level only when every combination of what the options act on holds none or
 *       at least the minimum; so the two runs cannot be subtracted from each other.
 * </ul>
 */
public final class Disclosure {
  private Disclosure() {}

  /** A run with the default options. */
  public static ScaleResult publish(ScaleStatistics s, int minGroup) {
    return publish(s, minGroup, null, null);
  }

  /**
   * @param shift how this run's options move people relative to the default run, or null when
   *     it has the default options
   * @param options those options as the user gave them (for the reason shown), or null
   */
  public static ScaleResult publish(ScaleStatistics s, int minGroup, PopulationShift shift,
      String options) {
    String withheld = null;
    if (s.scored() < minGroup) {
      withheld = "fewer than " + minGroup + " people were scored";
    } else if (shift != null && !shift.combinationsAtLeast(minGroup)) {
      withheld = "compared with a run without " + options + ", these figures would give away"
          + " the few people it leaves out or brings in";
    }
    boolean shown = withheld == null;

    List<TeamResult> teams = List.of();
    Aggregation aggregation = null;
    boolean[] hiddenTeams = null;
    long movedTeams = 0;
    if (s.hasTeams()) {
      boolean[] hidden = shift == null ? Suppression.hidden(s.teams(), s.unteamed(), minGroup)
          : hiddenAgainstDefault(s.teams(), shift, minGroup);
      List<TeamResult> out = new ArrayList<>(hidden.length);
      List<RunningStats> shownScores = new ArrayList<>();
      for (int i = 0; i < hidden.length; i++) {
        TeamScore t = s.teams().get(i);
        if (hidden[i]) {
          out.add(new TeamResult.Hidden(t.team()));
          movedTeams += shift != null && shift.moved(t.team()) > 0 ? 1 : 0;
        } else {
          out.add(new TeamResult.Reported(t));
          shownScores.add(s.teamScores().get(i));
        }
      }
      // Shown in the locale's order; decided above in the locale-free one.
      teams = NameOrder.forDefaultLocale().sorted(out, TeamResult::team);
      hiddenTeams = hidden;
      OneWayAnova anova = OneWayAnova.of(shownScores);
      aggregation = anova.groups() >= 2 ? Aggregation.of(anova)
          : new Aggregation(anova.groups(), anova.n(), Double.NaN, Double.NaN, Double.NaN,
              Double.NaN, Double.NaN, Double.NaN);
    }

    ReliabilityAnalysis reliability = null;
    ReliabilityAnalysis completeCases = null;
    List<String> hiddenItems = new ArrayList<>();
    List<ItemFrequency> frequencies = List.of();
    if (shown) {
      reliability = items(s.reliability(), minGroup, s.reliability().scale().observations(),
          hiddenItems);
      completeCases = s.complete() >= minGroup
          ? items(s.completeCases(), minGroup, s.complete(), new ArrayList<>()) : null;
      frequencies = new ArrayList<>();
      for (ItemFrequency f : s.frequencies()) {
        if (!hiddenItems.contains(f.item())) {
          frequencies.add(f);
        }
      }
    } else {
      hiddenItems.addAll(s.items());
    }
    // Like the ICCs, over the shown teams only; with the reliability, an organisation figure.
    // The fit's within-team correlations pool every row less every team's between part, so
    // with a team hidden (or people without a team) they would move when people move inside
    // the hidden part: shown only when nobody is hidden.
    boolean anyHidden = s.unteamed() > 0;
    for (int i = 0; hiddenTeams != null && i < hiddenTeams.length; i++) {
      anyHidden |= hiddenTeams[i];
    }
    MultilevelReliability multilevel = reliability == null || hiddenTeams == null || anyHidden
        ? null : s.twoLevel().fit(hiddenTeams);
    List<String> warnings = warnings(s, shown, withheld, reliability, hiddenItems, minGroup,
        movedTeams, options);
    if (multilevel != null && multilevel.fewTeams()) {
      warnings.add(multilevel.converged()
          ? "The multilevel reliability (omega within and between teams) rests on "
              + multilevel.teams() + " reported teams: with fewer than "
              + MultilevelReliability.FEW_TEAMS + ", its between-team figure is too unstable"
              + " to trust."
          : "The multilevel reliability (omega within and between teams) is not shown: on "
              + multilevel.teams() + " reported teams (fewer than "
              + MultilevelReliability.FEW_TEAMS + ") the two-level fit did not converge.");
    }
    return new ScaleResult(s.items(), s.missing(), s.rows(), shown ? s.scored() : -1,
        shown ? s.complete() : -1, reliability, completeCases, hiddenItems, aggregation,
        shown ? s.organisation() : null, teams, warnings, frequencies, withheld,
        s.favourable(), multilevel);
  }

  /**
   * The demographic cuts of a scale ({@code --by}), from its per-atom sums: groups of every
   * column, and with {@code crossTeams} team x group cells, hidden so that no set of 1 to
   * {@code minGroup - 1} people can be worked out from everything the run publishes (see
   * {@link CutProtection}).
   *
   * @param scale the scale as published (its shown teams and organisation level are taken as
   *     published: the cuts hide only groups and cells)
   * @param atoms the run's atoms: team x one value of every {@code --by} column
   * @param sums the scale's sums per atom, over scored people
   */
  public static CutsReport publish(ScaleResult scale, CutAtoms atoms, CutAccumulator sums,
      boolean crossTeams, int minGroup) {
    List<List<String>> labels = new ArrayList<>();
    for (int c = 0; c < atoms.columns().size(); c++) {
      labels.add(atoms.values(c));
    }
    return CutDisclosure.publish(scale, atoms, atoms.teams(), labels, sums, crossTeams,
        minGroup);
  }

  /**
   * The same, for atoms keyed by numbers the caller gave (the reader's team and value numbers)
   * rather than by {@link CutAtoms#team} and {@link CutAtoms#value}.
   *
   * @param teams team names by number
   * @param valueLabels per {@code --by} column, its values by number (blank: "" or "(no
   *     answer)")
   */
  public static CutsReport publish(ScaleResult scale, CutAtoms atoms, List<String> teams,
      List<List<String>> valueLabels, CutAccumulator sums, boolean crossTeams, int minGroup) {
    return CutDisclosure.publish(scale, atoms, teams, valueLabels, sums, crossTeams, minGroup);
  }

  /**
   * Correlations between scale scores: a pair scored on both by fewer than the minimum has no
   * r and no n (n = -1); none at all when any scale's organisation level is withheld.
   */
  public static ScaleCorrelations publish(ScaleCorrelations c, int minGroup,
      boolean organisationShown) {
    if (c == null || !organisationShown) {
      return null;
    }
    int s = c.scales().size();
    double[][] r = new double[s][s];
    long[][] n = new long[s][s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        boolean enough = c.n(a, b) >= Math.max(minGroup, 3);
        r[a][b] = enough || a == b ? c.r(a, b) : Double.NaN;
        n[a][b] = c.n(a, b) >= minGroup ? c.n(a, b) : -1;
      }
    }
    return new ScaleCorrelations(c.scales(), r, n);
  }

  /**
   * What {@code validate} may show.
   *
   * @param teamRows accepted rows per team
   * @param withoutTeam accepted rows with no team
   */
  public static ValidationReport validation(String file, ReadSummary summary, long accepted,
      List<String> neverAnswered, Map<String, Long> teamRows, long withoutTeam, int minGroup,
      ScreeningReport screening, Map<CarelessScreen.Rule, List<Long>> flaggedLines) {
    List<String> names = new ArrayList<>(teamRows.keySet());
    long[] sizes = names.stream().mapToLong(teamRows::get).toArray();
    long hidden = 0;
    for (boolean h : Suppression.hidden(names, sizes, withoutTeam, minGroup)) {
      hidden += h ? 1 : 0;
    }
    // Which items nobody answered is a fact about every row: about too few, it is theirs.
    return new ValidationReport(file, summary, accepted,
        accepted >= minGroup ? neverAnswered : List.of(), hidden, withoutTeam > 0, screening,
        flaggedLines);
  }

  /**
   * Hidden in this run: hidden in the default run (decided on the default run's team sizes,
   * exactly as that run decides), or changed by the options, or absent from the default run.
   */
  private static boolean[] hiddenAgainstDefault(List<TeamScore> teams, PopulationShift shift,
      int minGroup) {
    List<String> names = new ArrayList<>();
    for (String t : shift.teams()) {
      if (shift.defaultSize(t) > 0) { // teams with nobody scored do not exist for that run
        names.add(t);
      }
    }
    long[] sizes = new long[names.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = shift.defaultSize(names.get(i));
    }
    // Ties are broken by name, so the order of the teams does not matter.
    boolean[] hiddenByDefault = Suppression.hidden(names, sizes, shift.defaultUnteamed(),
        minGroup);
    Set<String> shownByDefault = new HashSet<>();
    for (int i = 0; i < sizes.length; i++) {
      if (!hiddenByDefault[i]) {
        shownByDefault.add(names.get(i));
      }
    }
    boolean[] out = new boolean[teams.size()];
    for (int i = 0; i < out.length; i++) {
      String name = teams.get(i).team();
      out[i] = !shownByDefault.contains(name) || shift.moved(name) > 0;
    }
    return out;
  }

  /** The reliability without the items answered by fewer than the minimum (listed in hidden). */
  private static ReliabilityAnalysis items(ReliabilityAnalysis r, int minGroup, long observations,
      List<String> hidden) {
    if (observations < minGroup || r.fewestPairAnswers() < minGroup) {
      for (ItemStatistics i : r.items()) {
        if (i.n() < minGroup) {
          hidden.add(i.item());
        }
      }
      return null;
    }
    List<ItemStatistics> shown = new ArrayList<>();
    for (ItemStatistics i : r.items()) {
      if (i.n() < minGroup) {
        hidden.add(i.item());
      } else {
        shown.add(i);
      }
    }
    return new ReliabilityAnalysis(r.scale(), shown, r.fewestPairAnswers());
  }

  private static List<String> warnings(ScaleStatistics s, boolean shown, String withheld,
      ReliabilityAnalysis r, List<String> hiddenItems, int minGroup, long movedTeams,
      String options) {
    List<String> w = new ArrayList<>();
    if (!shown) {
      w.add("Organisation-level figures are not shown: " + withheld + ".");
    } else if (r == null) {
      w.add("Reliability is not shown: some pair of items was answered together by fewer than "
          + minGroup + " people.");
    }
    if (r != null) {
      double alpha = r.scale().alpha();
      if (alpha < 0) {
        w.add(String.format(Locale.ROOT, "Alpha is negative (%.2f): as keyed, the items do not "
            + "measure one thing. Check for reverse-keyed items that are not marked as such.",
            alpha));
      }
      for (ItemStatistics i : r.items()) {
        if (i.sd() == 0) {
          w.add("Item " + i.item() + " has no variance (everyone gave the same answer): it is"
              + " left out of the reliability figures, as psych::alpha does, but counts in"
              + " scores.");
        } else if (i.rDrop() < 0) {
          w.add(String.format(Locale.ROOT, "Item %s correlates negatively with the rest of the "
              + "scale (r.drop %.2f): is it reverse keyed?", i.item(), i.rDrop()));
        }
      }
    }
    if (shown && !hiddenItems.isEmpty()) {
      w.add((hiddenItems.size() == 1 ? "Item " : "Items ") + String.join(", ", hiddenItems)
          + (hiddenItems.size() == 1 ? " was" : " were") + " answered by fewer than " + minGroup
          + " people: not shown, and left out of the reliability figures.");
    }
    if (shown) {
      int k = s.items().size();
      int minAnswered = (k + 1) / 2;
      long unscored = s.rows() - s.scored();
      if (s.missing() == MissingPolicy.PAIRWISE && unscored > 0) {
        w.add(unscored + (unscored == 1 ? " respondent" : " respondents") + " answered fewer"
            + " than " + minAnswered + " of " + k + " items and " + (unscored == 1 ? "is" : "are")
            + " not scored.");
      }
      if (s.missing() == MissingPolicy.LISTWISE && s.rows() > s.complete()) {
        w.add((s.rows() - s.complete()) + " respondents skipped an item and are left out"
            + " (listwise).");
      }
    }
    if (s.hasTeams() && s.unteamed() > 0) {
      w.add("Some scored respondents have no team: they count in the organisation only, and are"
          + " kept private like a small team.");
    }
    if (movedTeams > 0) {
      w.add(movedTeams + (movedTeams == 1 ? " team is" : " teams are") + " hidden because "
          + options + " changes " + (movedTeams == 1 ? "it" : "them") + ": compared with a run"
          + " without it, the people it leaves out or brings in would show.");
    }
    return w;
  }
}
