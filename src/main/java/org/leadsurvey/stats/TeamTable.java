package org.leadsurvey.stats;

import java.util.Arrays;

/**
 * The per-team running sums of {@link ScaleAccumulator}, for many teams at once: a team name
 * maps to a slot (open addressing, linear probing), and each slot's numbers sit together in one
 * flat array, so adding a respondent touches a few adjacent cache lines instead of five objects
 * scattered over the heap. Welford updates per item and for the scores (TeamTableTest checks
 * them bit for bit against a plain per-team object). Memory: teams x (5 + 3 k) doubles.
 *
 * <p>Block layout of team t at {@code t * stride}: score count, score mean, score M2, answers,
 * favourable answers, then per item: count, mean, M2.
 */
final class TeamTable {
  private static final int HEAD = 5;
  private final int k;
  private final int stride;
  private String[] names = new String[16];
  private double[] sums;
  private int size;
  // Hash index, two ints a slot: the name's hash, and team index + 1 (0 = empty). Built only
  // for lookups by name: teams added by id need none (their id already says which team).
  private int[] index = new int[64];
  private int indexed; // teams 0 .. indexed - 1 are in the index
  private boolean byName; // whether any lookup has been by name
  // The caller's dense team ids (see indexOf(int, String)) to team index + 1 (0 = not yet).
  private int[] byId = new int[0];

  TeamTable(int k) {
    this.k = k;
    this.stride = HEAD + 3 * k;
    this.sums = new double[16 * stride];
  }

  int size() {
    return size;
  }

  String name(int t) {
    return names[t];
  }

  /**
   * The team's index, added when new, by the caller's id for the name: a small number that is
   * always the same for the same name (the reader numbers teams as they appear). An array
   * lookup instead of hashing and comparing the name: with 100,000 teams, both miss the cache.
   * While every lookup is by id, a new id is a new team, so the name is not even hashed.
   */
  int indexOf(int id, String name) {
    if (id < byId.length) {
      int t = byId[id];
      if (t != 0) {
        return t - 1;
      }
    } else {
      byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
    }
    int t = byName ? indexOf(name) : append(name);
    byId[id] = t + 1;
    return t;
  }

  /** The team's index, added when new. */
  int indexOf(String name) {
    byName = true;
    while (indexed < size) { // teams added by id since the last lookup by name
      enter(indexed);
    }
    int h = name.hashCode();
    int mask = slots() - 1;
    for (int slot = slot(h); ; slot = (slot + 1) & mask) {
      int t = index[2 * slot + 1];
      if (t == 0) {
        t = append(name);
        enter(t);
        return t;
      }
      if (index[2 * slot] == h && names[t - 1].equals(name)) {
        return t - 1;
      }
    }
  }

  /** Fibonacci hashing: the top bits of h times 2^32/phi spread similar names apart. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(slots()));
  }

  private int slots() {
    return index.length / 2;
  }

  /** A new team, with no sums yet; not in the hash index. */
  private int append(String name) {
    int t = size++;
    if (t == names.length) {
      names = Arrays.copyOf(names, t * 2);
      sums = Arrays.copyOf(sums, t * 2 * stride);
    }
    names[t] = name;
    return t;
  }

  /** Puts team t, the next not yet indexed, into the hash index. */
  private void enter(int t) {
    indexed++;
    if (indexed * 2 > slots()) {
      int[] old = index;
      index = new int[old.length * 2];
      for (int s = 0; s < old.length; s += 2) {
        if (old[s + 1] != 0) {
          put(old[s], old[s + 1]);
        }
      }
    }
    put(names[t].hashCode(), t + 1);
  }

  private void put(int h, int entry) {
    int mask = slots() - 1;
    int slot = slot(h);
    while (index[2 * slot + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    index[2 * slot] = h;
    index[2 * slot + 1] = entry;
  }

  /**
   * Reads the first and last of the sums of the team with this id, if it has any yet, so that
   * a caller can touch a whole batch of teams before adding to them: their cache misses then
   * overlap instead of queueing one after another. The value means nothing; use it (add it up
   * somewhere) so that the loads are kept.
   */
  double touch(int id) {
    int t = id >= 0 && id < byId.length ? byId[id] - 1 : -1;
    return t < 0 ? 0 : sums[t * stride] + sums[t * stride + stride - 1];
  }

  /** Adds a scored member of team t: their score and keyed answers (NaN = missing). */
  void add(int t, double score, double[] keyed, double favourableFrom) {
    double[] a = sums;
    int b = t * stride;
    double n = a[b] + 1;
    a[b] = n;
    double d = score - a[b + 1];
    a[b + 1] += d / n;
    a[b + 2] += d * (score - a[b + 1]);
    int p = b + HEAD;
    long answers = 0;
    long favourable = 0;
    for (int i = 0; i < k; i++, p += 3) {
      double x = keyed[i];
      if (x == x) {
        double c = a[p] + 1;
        a[p] = c;
        double e = x - a[p + 1];
        a[p + 1] += e / c;
        a[p + 2] += e * (x - a[p + 1]);
        answers++;
        if (x >= favourableFrom) {
          favourable++;
        }
      }
    }
    a[b + 3] += answers;
    a[b + 4] += favourable;
  }

  /** The team's scores as running statistics. */
  RunningStats scores(int t) {
    int b = t * stride;
    return RunningStats.of((long) sums[b], sums[b + 1], sums[b + 2]);
  }

  /** Mean of the items' within-team variances; NaN when an item has fewer than two answers. */
  double meanItemVariance(int t) {
    int p = t * stride + HEAD;
    double sum = 0;
    for (int i = 0; i < k; i++, p += 3) {
      double n = sums[p];
      if (n < 2) {
        return Double.NaN;
      }
      sum += sums[p + 2] / (n - 1);
    }
    return sum / k;
  }

  double favourableShare(int t) {
    int b = t * stride;
    return sums[b + 3] == 0 ? Double.NaN : sums[b + 4] / sums[b + 3];
  }

  /** Each item's mean answer in team t; NaN where fewer than {@code minAnswers} answered it. */
  java.util.List<Double> itemMeans(int t, int minAnswers) {
    double[] out = new double[k];
    int p = t * stride + HEAD;
    for (int i = 0; i < k; i++, p += 3) {
      out[i] = sums[p] >= Math.max(1, minAnswers) ? sums[p + 1] : Double.NaN;
    }
    return DoubleValues.wrap(out);
  }

  /**
   * Adds team t's between-team cross-products about the grand means to {@code b}:
   * {@code n_ij (mean_i - grand_i)(mean_j - grand_j)}, {@code n_ij} the fewer answers of the two
   * items (for the pooled-within covariance of the multilevel fit); upper triangle only.
   */
  void addBetween(int t, double[] grand, double[][] b) {
    int p = t * stride + HEAD;
    for (int i = 0; i < k; i++) {
      double ni = sums[p + 3 * i];
      double di = sums[p + 3 * i + 1] - grand[i];
      for (int j = i; j < k; j++) { // the upper triangle: the caller mirrors it
        double nj = sums[p + 3 * j];
        if (ni > 0 && nj > 0) {
          b[i][j] += Math.min(ni, nj) * di * (sums[p + 3 * j + 1] - grand[j]);
        }
      }
    }
  }


  /**
   * Adds team t's within-team sums of squares and answers per item to the first two arrays and
   * puts its item means into {@code mean}; false when an item has no answer in the team (no
   * mean vector), the sums added all the same.
   */
  boolean within(int t, double[] squares, double[] answers, double[] mean) {
    int p = t * stride + HEAD;
    boolean all = true;
    for (int i = 0; i < k; i++, p += 3) {
      answers[i] += sums[p];
      squares[i] += sums[p + 2];
      mean[i] = sums[p + 1];
      all &= sums[p] > 0;
    }
    return all;
  }

  /** Team t's scored members. */
  long scored(int t) {
    return (long) sums[t * stride];
  }
}
