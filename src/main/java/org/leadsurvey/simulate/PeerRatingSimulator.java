package org.leadsurvey.simulate;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams simulated round-robin peer ratings in long format, {@code team,rater,ratee,rating}:
 * within each team every member rates every other member on 1..5, except for dyads missing at
 * random. Respondents are assigned to teams exactly as {@link SurveySimulator} assigns them for
 * the same seed, respondent count and team count, so the ids join with a simulated survey.
 *
 * <p>Model (a social-relations model): the rating of ratee {@code b} by rater {@code a} in team
 * {@code j} has the propensity {@code sqrt(icc) u_j + sqrt(1 - icc) (sqrt(0.4) t_b + sqrt(0.2) l_a
 * + sqrt(0.4) e_ab)} (ratee's standing {@code t}, rater's leniency {@code l}), cut into five
 * options leaning favourable. Holds one int per respondent (to list each team's members).
 *
 * <p>With several criteria ({@code team,rater,ratee,criterion,rating}, as the
 * {@code peer-behaviours} instrument asks), a ratee's standing on a criterion is
 * {@code sqrt(0.5) t_b + sqrt(0.5) s_bc}: half shared by every criterion, half their own, so the
 * same people lead in some themes and others lead in the rest.
 */
public final class PeerRatingSimulator {
  private static final int OPTIONS = 5;
  private final long respondents;
  private final int teams;
  private final double sqrtIcc;
  private final double sqrtRest;
  private final double missing;
  private final long seed;
  /** The criteria rated; empty for a single criterion (no criterion column). */
  private final List<String> criteria;
  private final double[] thresholds = SurveySimulator.thresholds(OPTIONS, 0.4);

  public PeerRatingSimulator(long respondents, int teams, double icc, double missing, long seed) {
    this(respondents, teams, icc, missing, seed, List.of());
  }

  /** @param criteria the criteria each dyad is rated on; empty or one: a single criterion */
  public PeerRatingSimulator(long respondents, int teams, double icc, double missing, long seed,
      List<String> criteria) {
    this.criteria = criteria.size() < 2 ? List.of() : List.copyOf(criteria);
    this.respondents = respondents;
    this.teams = teams;
    this.sqrtIcc = Math.sqrt(icc);
    this.sqrtRest = Math.sqrt(1 - icc);
    this.missing = missing;
    this.seed = seed;
  }

  public void write(Writer out, SurveySimulator.Rows progress) throws IOException {
    // Counting sort of respondents by team: start[j]..start[j+1] indexes members.
    int[] start = new int[teams + 1];
    for (long r = 0; r < respondents; r++) {
      start[SurveySimulator.teamOf(seed, r, teams) + 1]++;
    }
    for (int j = 0; j < teams; j++) {
      start[j + 1] += start[j];
    }
    int[] member = new int[Math.toIntExact(respondents)];
    int[] fill = start.clone();
    for (int r = 0; r < respondents; r++) {
      member[fill[SurveySimulator.teamOf(seed, r, teams)]++] = r;
    }
    int teamWidth = Math.max(3, Long.toString(teams).length());
    out.write(criteria.isEmpty() ? "team,rater,ratee,rating\n"
        : "team,rater,ratee,criterion,rating\n");
    RatingRows rows = new RatingRows(out, progress,
        Math.max(4, Long.toString(respondents).length()));
    for (int j = 0; j < teams; j++) {
      int n = start[j + 1] - start[j];
      if (n < 2) {
        continue;
      }
      double u = new SplittableRandom(SurveySimulator.mix(seed, -1, j)).nextGaussian();
      SplittableRandom rng = new SplittableRandom(SurveySimulator.mix(seed, -100, j));
      double[] standing = new double[n];
      double[] leniency = new double[n];
      for (int m = 0; m < n; m++) {
        standing[m] = rng.nextGaussian();
        leniency[m] = rng.nextGaussian();
      }
      String team = "T" + SurveySimulator.pad(j + 1, teamWidth);
      int[] ids = Arrays.copyOfRange(member, start[j], start[j + 1]);
      if (!criteria.isEmpty()) {
        writeCriteria(rows, team, ids, u, standing, leniency, j);
        continue;
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a == b) {
            continue;
          }
          double y = propensity(u, standing[b], leniency[a], rng);
          if (missing > 0 && rng.nextDouble() < missing) {
            continue;
          }
          rows.write(team, ids[a], ids[b], null, 1 + SurveySimulator.category(thresholds, y));
        }
      }
    }
    out.flush();
  }

  /** One team's ratings on every criterion; the rater and ratee effects as for one criterion. */
  private void writeCriteria(RatingRows rows, String team, int[] ids, double u,
      double[] general, double[] leniency, int j) throws IOException {
    int n = ids.length;
    SplittableRandom rng = new SplittableRandom(SurveySimulator.mix(seed, -200, j));
    double[][] standing = new double[criteria.size()][n];
    for (double[] s : standing) {
      for (int m = 0; m < n; m++) {
        s[m] = Math.sqrt(0.5) * general[m] + Math.sqrt(0.5) * rng.nextGaussian();
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b || missing > 0 && rng.nextDouble() < missing) {
          continue; // a dyad not rated is not rated on any criterion
        }
        for (int k = 0; k < criteria.size(); k++) {
          double y = propensity(u, standing[k][b], leniency[a], rng);
          rows.write(team, ids[a], ids[b], criteria.get(k),
              1 + SurveySimulator.category(thresholds, y));
        }
      }
    }
  }

  /** The social-relations model's propensity of one rating (see the class comment). */
  private double propensity(double u, double standing, double leniency, SplittableRandom rng) {
    return sqrtIcc * u + sqrtRest * (Math.sqrt(0.4) * standing
        + Math.sqrt(0.2) * leniency + Math.sqrt(0.4) * rng.nextGaussian());
  }

  /** Writes rating rows, telling {@code progress} every 65,536 of them. */
  private static final class RatingRows {
    private final Writer out;
    private final SurveySimulator.Rows progress;
    private final int idWidth;
    private final StringBuilder row = new StringBuilder(64);
    private long written;

    RatingRows(Writer out, SurveySimulator.Rows progress, int idWidth) {
      this.out = out;
      this.progress = progress;
      this.idWidth = idWidth;
    }

    /** @param criterion null for a single criterion (no criterion column) */
    void write(String team, int rater, int ratee, String criterion, int rating)
        throws IOException {
      row.setLength(0);
      row.append(team).append(",R").append(SurveySimulator.pad(rater + 1L, idWidth))
          .append(",R").append(SurveySimulator.pad(ratee + 1L, idWidth)).append(',');
      if (criterion != null) {
        row.append(criterion).append(',');
      }
      row.append(rating).append('\n');
      out.append(row);
      if ((++written & 0xFFFF) == 0) {
        progress.written(written);
      }
    }
  }
}
