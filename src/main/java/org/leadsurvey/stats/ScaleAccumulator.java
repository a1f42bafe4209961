package org.leadsurvey.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over a scale's keyed answers: pairwise and complete-case covariance sums, person
 * scores, and per-team sums. Memory grows with teams x items, never with respondents.
 *
 * <p>A person's score is the mean of their answered items, given only when at least
 * {@code ceil(k/2)} of the {@code k} items are answered.
 */
public final class ScaleAccumulator {
  private final List<String> items;
  private final int k;
  private final int options;
  private double favourableFrom; // set once, by a constructor
  private FavourableRange favourable;
  private final int minAnswered;
  private final MissingPolicy missing;
  /** The scale's midpoint: answers are summed as distances from it (exact, and small). */
  private final double midpoint;

  /** Rows with a missing answer; with {@link #complete}, every row (see {@link #pairwise()}). */
  private final PairwiseCovariance incomplete;
  private final PairwiseCovariance complete;
  /** The organisation as one more group: slot 0 of its own table. */
  private final TeamTable organisation;
  private final int min;
  private final long[][] frequencies;
  private final TeamTable teams;
  private long rows;
  private long scored;
  private long completeRows;
  private long unteamed;

  /**
   * @param items item names, in the order of the arrays given to {@link #add}
   * @param min lowest answer option
   * @param max highest answer option
   */
  public ScaleAccumulator(List<String> items, int min, int max, MissingPolicy missing) {
    this.items = List.copyOf(items);
    this.k = items.size();
    this.options = max - min + 1;
    this.favourableFrom = max - 1;
    this.minAnswered = (k + 1) / 2;
    this.missing = missing;
    this.midpoint = (min + max) / 2.0;
    this.incomplete = new PairwiseCovariance(k, midpoint);
    this.complete = new PairwiseCovariance(k, midpoint);
    this.organisation = new TeamTable(k);
    this.organisation.list(0);
    this.min = min;
    this.frequencies = new long[k][options];
    this.teams = new TeamTable(k);
  }

  /** The team number of a respondent who has no team. */
  public static final int NO_TEAM = -1;

  /**
   * Prepares to add a respondent of team {@code team} soon: a batch of rows is touched first,
   * then added (see {@link TeamTable#touch}). Returns a meaningless value to be used.
   */
  public double touch(int team) {
    return teams.touch(team);
  }

  /**
   * @param favourable the options that count as favourable (ending at {@code max}); see
   *     {@link FavourableRange#problem}
   */
  public ScaleAccumulator(List<String> items, int min, int max, MissingPolicy missing,
      FavourableRange favourable) {
    this(items, min, max, missing);
    this.favourable = favourable;
    this.favourableFrom = favourable.lo();
  }

  /**
   * Adds one respondent.
   *
   * @param team the team's number: the same small number (0, 1, ...) for every row of a team
   *     (the reader numbers teams as they first appear), or {@link #NO_TEAM}
   * @param keyed keyed answers, NaN for missing; not kept
   * @return the person's score, NaN when they are not scored (too few items answered, or an
   *     incomplete row under the listwise policy)
   */
  public double add(int team, double[] keyed) {
    int answered = 0;
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double x = keyed[i];
      if (x == x) {
        answered++;
        sum += x;
      }
    }
    if (answered == k) {
      completeRows++;
      complete.addComplete(keyed);
    } else if (missing == MissingPolicy.LISTWISE) {
      rows++;
      listed(team);
      return Double.NaN;
    } else {
      incomplete.add(keyed);
    }
    rows++;
    count(keyed);
    if (answered < minAnswered) {
      listed(team);
      return Double.NaN;
    }
    scored++;
    double score = sum / answered;
    organisation.add(0, score, keyed, favourableFrom);
    if (team == NO_TEAM) {
      unteamed++;
      return score;
    }
    teams.add(team, score, keyed, favourableFrom);
    return score;
  }

  /**
   * Lists the team of a row that is not scored: every team with a row exists (as the org chart
   * has it), scored members or not, so whether anyone in it was scored never shows.
   */
  private void listed(int team) {
    if (team != NO_TEAM) {
      teams.list(team);
    }
  }

  /**
   * The pairwise-complete sums over every row: the complete rows' sums plus the others'. Kept
   * apart while reading so that a complete row (nearly every row) updates one set of sums, not
   * two; integer answers keep the sums exact, so the total is the same to the last bit.
   */
  private PairwiseCovariance pairwise() {
    PairwiseCovariance all = new PairwiseCovariance(k, midpoint);
    all.merge(complete);
    all.merge(incomplete);
    return all;
  }

  /** Tallies each answer under its option (the answers of {@link ItemStatistics}). */
  private void count(double[] keyed) {
    for (int i = 0; i < k; i++) {
      double x = keyed[i];
      if (x == x) {
        int option = (int) Math.rint(x) - min;
        if (option >= 0 && option < options) {
          frequencies[i][option]++;
        }
      }
    }
  }

  /**
   * The teams that have a row, in natural order of their names (for {@link #teamScores}).
   *
   * @param names the teams' names by number
   */
  public int[] teamOrder(List<String> names) {
    int[] listed = teams.teams();
    List<String> listedNames = new ArrayList<>(listed.length);
    for (int t : listed) {
      listedNames.add(names.get(t));
    }
    int[] order = NaturalOrder.order(listedNames);
    for (int i = 0; i < order.length; i++) {
      order[i] = listed[order[i]];
    }
    return order;
  }

  /**
   * Scores the teams {@code order[from..to)} into {@code scores} and {@code sums} at the same
   * positions. Different ranges may be scored on different threads at once.
   *
   * @param minAnswers fewest answers for an item mean of a team (else NaN)
   * @param names the teams' names by number
   */
  public void teamScores(int[] order, int from, int to, int minAnswers, List<String> names,
      TeamScore[] scores, RunningStats[] sums) {
    for (int i = from; i < to; i++) {
      int t = order[i];
      sums[i] = teams.scores(t);
      scores[i] = score(names.get(t), sums[i], RwgJ.of(teams.meanItemVariance(t), k, options),
          teams.favourableShare(t), teams.itemMeans(t, minAnswers));
    }
  }

  /**
   * The reliability per the missing-data policy, and on complete rows only.
   *
   * @param minAnswers fewest answers for an item to enter the figures
   */
  public ReliabilityAnalysis[] reliabilities(int minAnswers) {
    long observations = missing == MissingPolicy.LISTWISE ? completeRows : rows;
    return new ReliabilityAnalysis[] {
        ReliabilityAnalysis.of(items, missing == MissingPolicy.LISTWISE ? complete : pairwise(),
            observations, minAnswers),
        ReliabilityAnalysis.of(items, complete, completeRows, minAnswers)};
  }

  /**
   * Everything computed, before disclosure control, on this thread.
   *
   * @param minAnswers fewest answers for an item to enter the reliability figures, and for a
   *     group's item mean (the minimum group size: fewer answers are never shown)
   * @param hasTeams whether the data had a team column
   * @param names the teams' names by number
   */
  public ScaleStatistics statistics(int minAnswers, boolean hasTeams, List<String> names) {
    int[] order = teamOrder(names);
    TeamScore[] scores = new TeamScore[order.length];
    RunningStats[] sums = new RunningStats[order.length];
    teamScores(order, 0, order.length, minAnswers, names, scores, sums);
    return statistics(order, scores, sums, reliabilities(minAnswers), minAnswers, hasTeams);
  }

  /**
   * Everything computed, from the parts a caller computed (maybe on several threads).
   *
   * @param order the teams scored, as {@link #teamOrder} gave them
   * @param reliabilities as {@link #reliabilities} gives them
   */
  public ScaleStatistics statistics(int[] order, TeamScore[] scores, RunningStats[] sums,
      ReliabilityAnalysis[] reliabilities, int minAnswers, boolean hasTeams) {
    TeamScore org = score("Organisation", organisation.scores(0), Double.NaN,
        organisation.favourableShare(0), organisation.itemMeans(0, minAnswers));
    return new ScaleStatistics(items, missing, rows, scored, completeRows, unteamed,
        reliabilities[0], reliabilities[1], org, Arrays.asList(scores), Arrays.asList(sums),
        frequencies(), hasTeams, favourableRange(),
        new TwoLevelSums(teams, order, this::pooledWithin, k));
  }

  /**
   * The within-team covariance matrix pooled over teams, {@code S_PW = (T - B) / (N - J)}: the
   * rows' cross-products about the grand means (pairwise, as the reliability's) less every
   * team's {@code n (mean_t - mean)(mean_t - mean)'}, over {@code N} rows and {@code J} teams.
   * Rows of no team count as within-team variation. For {@link MultilevelReliability}.
   */
  public double[][] pooledWithin() {
    PairwiseCovariance all = missing == MissingPolicy.LISTWISE ? complete : pairwise();
    long n = missing == MissingPolicy.LISTWISE ? completeRows : rows;
    double[][] cov = all.matrix();
    double[] grand = new double[k];
    for (int i = 0; i < k; i++) {
      grand[i] = all.mean(i);
    }
    double[][] b = new double[k][k];
    int[] listed = teams.teams();
    for (int t : listed) {
      teams.addBetween(t, grand, b);
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        b[i][j] = b[j][i];
      }
    }
    double df = n - listed.length;
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = df < 2 ? Double.NaN : (cov[i][j] * (all.count(i, j) - 1) - b[i][j]) / df;
      }
    }
    return w;
  }

  /** The options counted as favourable: as given, else the top two. */
  public FavourableRange favourableRange() {
    return favourable != null ? favourable
        : FavourableRange.topTwo(min, min + options - 1);
  }

  /** The organisation's answer counts per item and option. */
  public List<ItemFrequency> frequencies() {
    List<ItemFrequency> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(new ItemFrequency(items.get(i), min,
          Arrays.stream(frequencies[i]).boxed().toList()));
    }
    return out;
  }

  private TeamScore score(String name, RunningStats s, double rwg, double favourable,
      List<Double> itemMeans) {
    long n = s.count();
    double mean = s.mean();
    double sd = s.sd();
    return new TeamScore(name, n, mean, sd, OneSampleT.interval(n, mean, sd, 0.95), rwg,
        favourable, itemMeans);
  }
}
