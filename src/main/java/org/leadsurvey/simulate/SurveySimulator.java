package org.leadsurvey.simulate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Streams simulated survey responses as plain CSV ({@code respondent,team[,wave],items...}),
 * one row at a time: nothing but one value per team is held, whatever the number of rows.
 *
 * <p>The model is a one-factor, two-level model. Respondent {@code i} in team {@code j} has the
 * latent trait {@code theta = sqrt(icc) u_j + sqrt(1 - icc) p_i} (standard normal parts), and
 * answers item {@code k} with the continuous propensity {@code y = l_k theta + sqrt(1 - l_k^2) e},
 * cut into the answer options by thresholds {@code Phi^-1(c / A) - 0.4}, so answers lean
 * favourable as real surveys do. A reverse-keyed item is written as a respondent ticks it:
 * {@code raw = min + max - keyed}. With waves, the team effect drifts
 * ({@code u_jw = sqrt(0.8) u_j + sqrt(0.2) v_jw}) and the person part keeps 70% of its variance
 * from wave to wave. Careless respondents (a share of rows) either tick at random or tick the
 * same raw option for every item (straight-lining). Single answers go missing completely at random.
 *
 * <p>Every random number comes from a generator seeded by (seed, wave, row), teams by
 * (seed, team), so the output is a pure function of the settings: same seed, same bytes.
 */
public final class SurveySimulator {
  /** Everything that shapes the data. */
  public record Settings(List<String> items, boolean[] reverse, double[] loadings, int min,
      int max, long respondents, int teams, double icc, double missing, double careless,
      int waves, long seed) {}

  /** Called every so many rows, for progress. */
  @FunctionalInterface
  public interface Rows {
    void written(long rows);
  }

  private static final double STABLE_PERSON = 0.7;
  private static final double STABLE_TEAM = 0.8;
  private static final double LEAN = 0.4;

  private final Settings s;
  private final double[] thresholds;
  private final double[] teamEffect;
  private final String[] teamName;
  private final int idWidth;

  public SurveySimulator(Settings settings) {
    this.s = settings;
    int options = s.max() - s.min() + 1;
    thresholds = thresholds(options, LEAN);
    teamEffect = new double[s.teams()];
    teamName = new String[s.teams()];
    int teamWidth = Math.max(3, Long.toString(s.teams()).length());
    for (int j = 0; j < s.teams(); j++) {
      teamEffect[j] = new SplittableRandom(mix(s.seed(), -1, j)).nextGaussian();
      teamName[j] = "T" + pad(j + 1, teamWidth);
    }
    idWidth = Math.max(4, Long.toString(s.respondents()).length());
  }

  /** Cut points of a standard normal into {@code options} categories, shifted by -lean. */
  static double[] thresholds(int options, double lean) {
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    double[] t = new double[options - 1];
    for (int c = 1; c < options; c++) {
      t[c - 1] = normal.inverseCumulativeProbability((double) c / options) - lean;
    }
    return t;
  }

  /** A respondent's team: uniform over the teams, a function of (seed, respondent). */
  public static int teamOf(long seed, long respondent, int teams) {
    return new SplittableRandom(mix(seed, -2, respondent)).nextInt(teams);
  }

  public void write(Writer out, Rows progress) throws IOException {
    int k = s.items().size();
    StringBuilder header = new StringBuilder("respondent,team");
    if (s.waves() > 1) {
      header.append(",wave");
    }
    for (String item : s.items()) {
      header.append(',').append(quote(item));
    }
    out.write(header.append('\n').toString());

    int options = s.max() - s.min() + 1;
    double sqrtIcc = Math.sqrt(s.icc());
    double sqrtRest = Math.sqrt(1 - s.icc());
    double[] noise = new double[k];
    for (int i = 0; i < k; i++) {
      noise[i] = Math.sqrt(1 - s.loadings()[i] * s.loadings()[i]);
    }
    char[] buf = new char[1 << 16];
    int pos = 0;
    int rowMax = 64 + idWidth + 20 + 4 * k;
    long written = 0;
    for (int w = 1; w <= s.waves(); w++) {
      for (long r = 0; r < s.respondents(); r++) {
        int team = teamOf(s.seed(), r, s.teams());
        double person = new SplittableRandom(mix(s.seed(), -3, r)).nextGaussian();
        SplittableRandom rng = new SplittableRandom(mix(s.seed(), w, r));
        double u = teamEffect[team];
        if (w > 1) {
          u = Math.sqrt(STABLE_TEAM) * u + Math.sqrt(1 - STABLE_TEAM)
              * new SplittableRandom(mix(s.seed(), -4 - w, team)).nextGaussian();
          person = Math.sqrt(STABLE_PERSON) * person
              + Math.sqrt(1 - STABLE_PERSON) * rng.nextGaussian();
        }
        double theta = sqrtIcc * u + sqrtRest * person;
        int carelessKind = 0; // 0 attentive, 1 random, 2 straight line
        int straight = 0;
        if (s.careless() > 0 && rng.nextDouble() < s.careless()) {
          carelessKind = rng.nextBoolean() ? 1 : 2;
          straight = s.min() + rng.nextInt(options);
        }
        if (pos + rowMax + 12 * k > buf.length) {
          out.write(buf, 0, pos);
          pos = 0;
        }
        buf[pos++] = 'R';
        pos = putPadded(buf, pos, r + 1, idWidth);
        buf[pos++] = ',';
        String name = teamName[team];
        name.getChars(0, name.length(), buf, pos);
        pos += name.length();
        if (s.waves() > 1) {
          buf[pos++] = ',';
          pos = putPadded(buf, pos, w, 1);
        }
        for (int i = 0; i < k; i++) {
          buf[pos++] = ',';
          int raw;
          if (carelessKind == 1) {
            raw = s.min() + rng.nextInt(options);
          } else if (carelessKind == 2) {
            raw = straight;
          } else {
            double y = s.loadings()[i] * theta + noise[i] * rng.nextGaussian();
            int keyed = s.min() + category(thresholds, y);
            raw = s.reverse()[i] ? s.min() + s.max() - keyed : keyed;
          }
          if (s.missing() > 0 && rng.nextDouble() < s.missing()) {
            continue; // an empty cell
          }
          pos = putPadded(buf, pos, raw, 1);
        }
        buf[pos++] = '\n';
        if ((++written & 0xFFFF) == 0) {
          progress.written(written);
        }
      }
    }
    out.write(buf, 0, pos);
    out.flush();
  }

  /** The option (0-based) that the propensity {@code y} falls in, cut at {@code thresholds}. */
  static int category(double[] thresholds, double y) {
    int c = 0;
    while (c < thresholds.length && y > thresholds[c]) {
      c++;
    }
    return c;
  }

  /** Mixes the seed and two counters into a well-spread 64-bit seed (SplitMix64 finaliser). */
  static long mix(long seed, long stream, long counter) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + counter * 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static String pad(long value, int width) {
    char[] b = new char[Math.max(width, 20)];
    int n = putPadded(b, 0, value, width);
    return new String(b, 0, n);
  }

  /** Writes a non-negative or negative integer, zero-padded to width digits. */
  static int putPadded(char[] buf, int pos, long value, int width) {
    if (value < 0) {
      buf[pos++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int z = digits; z < width; z++) {
      buf[pos++] = '0';
    }
    int end = pos + digits;
    for (int p = end - 1; p >= pos; p--) {
      buf[p] = (char) ('0' + value % 10);
      value /= 10;
    }
    return end;
  }

  /** An item id as a CSV field: quoted only when it has to be. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
