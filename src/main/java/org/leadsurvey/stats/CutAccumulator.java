package org.leadsurvey.stats;

import java.util.Arrays;

/**
 * Per-atom sums of a scale for demographic cuts (see {@link CutAtoms}), as {@link GroupSums}
 * keeps them: integers, so that sums of atoms are exact and any group, cell, team or the rest of
 * the organisation has the same figures however its people split into atoms. Memory: atoms x
 * (3 + 5 k) longs.
 */
public final class CutAccumulator {
  private final int k;
  private final int stride;
  private final double favourableFrom;
  private final double favourableTo;
  private final long shift;
  private long[] sums;

  /**
   * @param items number of items of the scale
   * @param favourableFrom the lowest keyed answer that counts as favourable (top two options)
   */
  public CutAccumulator(int items, double favourableFrom) {
    this(items, new FavourableRange((int) favourableFrom, Integer.MAX_VALUE));
  }

  /**
   * @param items number of items of the scale
   * @param favourable the keyed answers that count as favourable
   */
  public CutAccumulator(int items, FavourableRange favourable) {
    double favourableFrom = favourable.lo();
    this.k = items;
    this.stride = GroupSums.size(items);
    this.favourableFrom = favourableFrom;
    this.favourableTo = favourable.hi();
    this.shift = Math.round(favourableFrom);
    this.sums = new long[64 * stride];
  }

  /**
   * Adds a scored person.
   *
   * @param atom the person's atom number
   * @param keyed keyed answers (whole numbers), NaN for missing; not kept (the score follows
   *     from them exactly)
   */
  public void add(int atom, double[] keyed) {
    ensure(atom);
    long[] v = sums;
    int b = atom * stride;
    int items = b + GroupSums.item(k, 0); // GroupSums' layout, written in place
    int answered = 0;
    long sum = 0;
    int favourable = 0;
    for (int i = 0; i < k; i++) {
      double x = keyed[i];
      if (x == x) {
        long whole = (long) x;
        answered++;
        sum += whole;
        favourable += x >= favourableFrom && x <= favourableTo ? 1 : 0;
        v[items + 2 * i]++;
        v[items + 2 * i + 1] += whole;
      }
    }
    long t = sum - answered * shift;
    int p = b + GroupSums.answered(answered);
    v[b]++;
    v[b + 1] += answered;
    v[b + 2] += favourable;
    v[p]++;
    v[p + 1] += t;
    v[p + 2] += t * t;
  }

  /** Adds another accumulator's sums, atom by atom (the same atom numbers). */
  public void merge(CutAccumulator o) {
    int atoms = o.sums.length / o.stride;
    ensure(atoms - 1);
    for (int i = 0; i < o.sums.length; i++) {
      sums[i] += o.sums[i];
    }
  }

  /** Scored people in the atom. */
  public long count(int atom) {
    int b = atom * stride;
    return b < sums.length ? sums[b] : 0;
  }

  /** Empty sums of this scale, to add atoms to. */
  public GroupSums empty() {
    return new GroupSums(k, shift);
  }

  /** The atom's sums (a copy). */
  public GroupSums sums(int atom) {
    GroupSums s = empty();
    int b = atom * stride;
    if (b < sums.length) {
      s.add(sums, b);
    }
    return s;
  }

  /** The sums of the given atoms together. */
  public GroupSums sum(int[] atoms) {
    GroupSums s = empty();
    for (int a : atoms) {
      s.add(sums(a));
    }
    return s;
  }

  private void ensure(int atom) {
    if ((atom + 1) * stride > sums.length) {
      sums = Arrays.copyOf(sums, Math.max((atom + 1) * stride, sums.length * 2));
    }
  }
}
