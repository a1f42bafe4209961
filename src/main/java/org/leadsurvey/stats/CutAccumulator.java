package org.leadsurvey.stats;

import java.util.Arrays;

/**
 * Per-atom sums of a scale for demographic cuts (see {@link CutAtoms}): count, mean and sum of
 * squared deviations of person scores (Welford), answers and favourable answers, and per item
 * the number and the sum of keyed answers. Sums of atoms merge exactly (Chan et al. 1979 for the
 * scores; integer answers for the rest), so any group, cell, team or the rest of the
 * organisation is the {@link GroupSums} of its atoms. Memory: atoms x (5 + 2 k) doubles.
 */
public final class CutAccumulator {
  private static final int HEAD = 5;
  private final int k;
  private final int stride;
  private final double favourableFrom;
  private double[] sums;

  /**
   * @param items number of items of the scale
   * @param favourableFrom the lowest keyed answer that counts as favourable (top two options)
   */
  public CutAccumulator(int items, double favourableFrom) {
    this.k = items;
    this.stride = HEAD + 2 * items;
    this.favourableFrom = favourableFrom;
    this.sums = new double[64 * stride];
  }

  /**
   * Adds a scored person.
   *
   * @param atom the person's atom number
   * @param score the person's scale score
   * @param keyed keyed answers, NaN for missing; not kept
   */
  public void add(int atom, double score, double[] keyed) {
    ensure(atom);
    double[] a = sums;
    int b = atom * stride;
    double n = a[b] + 1;
    a[b] = n;
    double d = score - a[b + 1];
    a[b + 1] += d / n;
    a[b + 2] += d * (score - a[b + 1]);
    int p = b + HEAD;
    for (int i = 0; i < k; i++, p += 2) {
      double x = keyed[i];
      if (x == x) {
        a[p]++;
        a[p + 1] += x;
        a[b + 3]++;
        if (x >= favourableFrom) {
          a[b + 4]++;
        }
      }
    }
  }

  /** Adds another accumulator's sums, atom by atom (the same atom numbers). */
  public void merge(CutAccumulator o) {
    int atoms = o.sums.length / o.stride;
    ensure(atoms - 1);
    for (int atom = 0; atom < atoms; atom++) {
      if (o.sums[atom * stride] > 0) {
        GroupSums s = sums(atom);
        s.add(o.sums(atom));
        put(atom, s);
      }
    }
  }

  /** Scored people in the atom. */
  public long count(int atom) {
    int b = atom * stride;
    return b < sums.length ? (long) sums[b] : 0;
  }

  public int items() {
    return k;
  }

  /** The atom's sums (a copy). */
  public GroupSums sums(int atom) {
    GroupSums s = new GroupSums(k);
    int b = atom * stride;
    if (b >= sums.length || sums[b] == 0) {
      return s;
    }
    double[] itemN = new double[k];
    double[] itemSum = new double[k];
    for (int i = 0; i < k; i++) {
      itemN[i] = sums[b + HEAD + 2 * i];
      itemSum[i] = sums[b + HEAD + 2 * i + 1];
    }
    s.add(new GroupSums((long) sums[b], sums[b + 1], sums[b + 2], (long) sums[b + 3],
        (long) sums[b + 4], itemN, itemSum));
    return s;
  }

  /** The sums of the given atoms together. */
  public GroupSums sum(int[] atoms) {
    GroupSums s = new GroupSums(k);
    for (int a : atoms) {
      s.add(sums(a));
    }
    return s;
  }

  private void put(int atom, GroupSums s) {
    int b = atom * stride;
    sums[b] = s.n();
    sums[b + 1] = s.n() == 0 ? 0 : s.mean();
    sums[b + 2] = s.m2();
    sums[b + 3] = s.answers();
    sums[b + 4] = s.favourable();
    for (int i = 0; i < k; i++) {
      sums[b + HEAD + 2 * i] = s.itemAnswers(i);
      sums[b + HEAD + 2 * i + 1] = s.itemSum(i);
    }
  }

  private void ensure(int atom) {
    if ((atom + 1) * stride > sums.length) {
      sums = Arrays.copyOf(sums, Math.max((atom + 1) * stride, sums.length * 2));
    }
  }
}
